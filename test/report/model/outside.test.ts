import { describe, expect, it } from "vitest";
import { outsideRows } from "../../../src/report/model/outside";
import { readModel } from "../../../src/report/model/read-model";
import { findingText, formatAddress } from "../../../src/report/contract/findings";
import type { RawRange } from "../../../src/report/contract/types";

const base: RawRange = {
  source: "LKIP_IKU",
  kind: "name",
  sheet: "Data IKU",
  row: 0,
  col: 0,
  values: [
    ["Sasaran", "Indikator", "Target", "Realisasi"],
    ["S", "I1", 10, 12],
  ],
};

describe("rows typed just outside a fixed name (WORKBOOK.md Rows that are not data)", () => {
  it("a row under the name is a peringatan with its cells and the reference that takes it in", () => {
    const got = outsideRows(
      {
        ...base,
        outside: {
          below: [
            [null, "I2", 5, 6],
            [null, null, null, null],
            ["x", "y", 1, 2],
          ],
          right: [[null], [null]],
        },
      },
      2024
    );
    expect(got?.finding).toMatchObject({ tingkat: "peringatan", kode: "BARIS_DI_LUAR_RENTANG" });
    expect(formatAddress(got!.finding)).toBe("'Data IKU'!A3:D3");
    expect(findingText(got!.finding)).toContain("1 baris di bawah LKIP_IKU ('Data IKU'!A3:D3)");
    expect(findingText(got!.finding, "en")).toContain("1 row(s) below LKIP_IKU");
    // Only the rows up to the first blank one: a block further down is something else.
    expect(got?.perluas).toBe("'Data IKU'!A1:D3");
  });

  it("a column given a header beside the name counts too", () => {
    const got = outsideRows(
      {
        ...base,
        outside: {
          below: [],
          right: [
            ["Satuan", null],
            ["%", null],
          ],
        },
      },
      2024
    );
    expect(formatAddress(got!.finding)).toBe("'Data IKU'!E1:E2");
    expect(got?.perluas).toBe("'Data IKU'!A1:E2");
  });

  it("nothing outside, or an Excel table (it grows by itself): no finding", () => {
    expect(
      outsideRows({ ...base, outside: { below: [[null, null]], right: [[null]] } }, 2024)
    ).toBeNull();
    expect(
      outsideRows(
        { ...base, kind: "table", outside: { below: [["S", "I2", 1, 2]], right: [] } },
        2024
      )
    ).toBeNull();
    expect(outsideRows(base, 2024)).toBeNull();
  });

  it("a helper column beside the name whose header the source does not read is not data", () => {
    // The sample's =LKIP.CAPAIAN column sits right of LKIP_IKU on purpose.
    const near = { below: [], right: [["LKIP.CAPAIAN"], [134.32]] };
    expect(outsideRows({ ...base, outside: near }, 2024)).toBeNull();
  });

  it("readModel reports it and keeps the reference for Perluas rentang", () => {
    const m = readModel({
      ranges: { LKIP_IKU: { ...base, outside: { below: [["S", "I2", 5, 6]], right: [] } } },
      problems: [],
    });
    expect(m.findings.map((f) => f.kode)).toContain("BARIS_DI_LUAR_RENTANG");
    expect(m.perluas.LKIP_IKU).toBe("'Data IKU'!A1:D3");
    expect(m.indikator).toHaveLength(1); // the row is not read until the name takes it in
  });
});
