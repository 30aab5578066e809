import { describe, expect, it } from "vitest";
import { TABLE_NAMES } from "../../../src/report/tables/names";
import { TABLE_SPECS } from "../../../src/report/tables/specs";

describe("TABLE_NAMES (what the pane lists before the table code loads)", () => {
  it("numbers the tables 1, 2, … in order, each name once", () => {
    expect(TABLE_NAMES.map((t) => t.id)).toEqual(TABLE_NAMES.map((_, i) => i + 1));
    expect(new Set(TABLE_NAMES.map((t) => t.nama)).size).toBe(TABLE_NAMES.length);
  });

  it("is exactly the tables TABLE_SPECS builds, each with its declaration", () => {
    expect(TABLE_SPECS.map(({ id, nama, needs }) => ({ id, nama, needs }))).toEqual(
      TABLE_NAMES.map(({ id, nama, needs }) => ({ id, nama, needs }))
    );
    for (const spec of TABLE_SPECS)
      expect(typeof spec.declare, `table ${spec.id}`).toBe("function");
  });
});
