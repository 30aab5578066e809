import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaLists, coalesce, mergeCalls, rectAddress } from "../../src/excel/rects";
import type { Merge } from "../../src/report/contract/types";

const cells = (rs: Merge[]) => {
  const set = new Set<string>();
  for (const m of rs)
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) set.add(`${r},${c}`);
  return [...set].sort();
};

describe("coalesce", () => {
  it("joins a per-row style into one rectangle", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ row: 5 + i, col: 1, rows: 1, cols: 2 }));
    expect(coalesce(rows)).toEqual([{ row: 5, col: 1, rows: 1000, cols: 2 }]);
  });

  it("keeps exactly the same cells", () => {
    const rect = fc.record({
      row: fc.nat(12),
      col: fc.nat(6),
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 25 }), (rs) => {
        expect(cells(coalesce(rs))).toEqual(cells(rs));
      })
    );
  });
});

describe("mergeCalls", () => {
  it("joins one-row merges of the same columns on consecutive rows into one merge across; keeps the rest", () => {
    const calls = mergeCalls([
      { row: 0, col: 0, rows: 1, cols: 5 },
      { row: 2, col: 1, rows: 1, cols: 3 },
      { row: 3, col: 1, rows: 1, cols: 3 },
      { row: 4, col: 1, rows: 1, cols: 3 },
      { row: 5, col: 1, rows: 1, cols: 2 },
      { row: 2, col: 4, rows: 3, cols: 2 },
    ]);
    expect(calls).toHaveLength(4);
    expect(calls).toContainEqual({ rect: { row: 2, col: 4, rows: 3, cols: 2 }, across: false });
    expect(calls).toContainEqual({ rect: { row: 2, col: 1, rows: 3, cols: 3 }, across: true });
    expect(calls).toContainEqual({ rect: { row: 0, col: 0, rows: 1, cols: 5 }, across: false });
    expect(calls).toContainEqual({ rect: { row: 5, col: 1, rows: 1, cols: 2 }, across: false });
  });
});

describe("areaLists", () => {
  it("lists every rectangle once as A1 areas, each list within the length limit", () => {
    const rect = fc.record({
      row: fc.nat(70_000),
      col: fc.nat(40),
      rows: fc.integer({ min: 1, max: 30 }),
      cols: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(rect, { maxLength: 400 }),
        fc.integer({ min: 20, max: 3000 }),
        (rs, max) => {
          const lists = areaLists(rs, max);
          for (const l of lists) expect(l.length <= max || !l.includes(",")).toBe(true);
          expect(lists.flatMap((l) => l.split(","))).toEqual(rs.map(rectAddress));
        }
      )
    );
  });

  it("writes a rectangle as Excel does: B3 for one cell, B3:D12 for more", () => {
    expect(rectAddress({ row: 2, col: 1, rows: 1, cols: 1 })).toBe("B3");
    expect(rectAddress({ row: 2, col: 1, rows: 10, cols: 3 })).toBe("B3:D12");
    expect(rectAddress({ row: 0, col: 26, rows: 1, cols: 2 })).toBe("AA1:AB1");
  });
});
