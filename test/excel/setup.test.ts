/**
 * The pane's setup writes against the in-memory Excel: a selection becomes an Excel table of a
 * source's name, a fixed name is extended (reference only), settings saved, the template, the
 * sample's own sheets replaced — and each fails where Excel fails.
 */
import { describe, expect, it } from "vitest";
import {
  extendName,
  insertTemplate,
  makeSourceTable,
  readOutside,
  readSelection,
  readWorkbook,
  writeSettings,
} from "../../src/excel";
import { templatePlan } from "../../src/report";
import {
  addSheet,
  createFakeWorkbook,
  getCell,
  setCells,
  snapshotCells,
  type FakeWorkbook,
} from "../host/fake-excel";
import "../host/fake-excel-setup";
import { asRun } from "./support";

function withBlock(): FakeWorkbook {
  const wb = createFakeWorkbook();
  const s = addSheet(wb, "IKU Saya");
  setCells(s, 2, 1, [
    ["Sasaran", "Indikator", "Target", "Realisasi"],
    ["S1", "I1", 10, 12],
    ["S1", "I2", 20, 18],
  ]);
  return wb;
}

describe("readSelection", () => {
  it("gives the selected block's place and its first rows", async () => {
    const wb = withBlock();
    wb.selection = { sheet: "IKU Saya", address: "'IKU Saya'!B3:E5" };
    const cell = await readSelection({ run: asRun(wb), headRows: 2 });
    expect(cell).toMatchObject({
      sheet: "IKU Saya",
      row: 2,
      col: 1,
      rows: 3,
      cols: 4,
      address: "'IKU Saya'!B3:E5",
    });
    expect(cell.head).toEqual([
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S1", "I1", 10, 12],
    ]);
  });

  it("fails like Excel when several ranges are selected", async () => {
    const wb = withBlock();
    wb.selection = { sheet: "IKU Saya", address: "'IKU Saya'!B3:E5,G1" };
    await expect(readSelection({ run: asRun(wb) })).rejects.toMatchObject({
      code: "InvalidSelection",
    });
  });
});

describe("makeSourceTable", () => {
  it("turns the block into the Excel table LKIP_IKU, which the reader then finds; values unchanged", async () => {
    const wb = withBlock();
    const before = snapshotCells(wb);
    const address = await makeSourceTable(
      { sheet: "IKU Saya", row: 2, col: 1, rows: 3, cols: 4 },
      "LKIP_IKU",
      {
        run: asRun(wb),
      }
    );
    expect(address).toBe("'IKU Saya'!B3:E5");
    expect(wb.tables).toEqual([
      { name: "LKIP_IKU", sheet: "IKU Saya", rect: { row: 2, col: 1, rows: 3, cols: 4 } },
    ]);
    expect(snapshotCells(wb)).toEqual(before);
    const read = await readWorkbook({ run: asRun(wb) });
    expect(read.raw.ranges.LKIP_IKU?.kind).toBe("table");
  });

  it("writes a joined two-row header into the table's header row", async () => {
    const wb = withBlock();
    await makeSourceTable({ sheet: "IKU Saya", row: 2, col: 1, rows: 3, cols: 4 }, "LKIP_IKU", {
      run: asRun(wb),
      header: ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
    });
    expect(getCell(wb.sheets[0], 2, 3)?.value).toBe("Target 2024");
  });

  it("fails where Excel fails: over another table, or a name already taken", async () => {
    const wb = withBlock();
    const block = { sheet: "IKU Saya", row: 2, col: 1, rows: 3, cols: 4 };
    await makeSourceTable(block, "LKIP_IKU", { run: asRun(wb) });
    await expect(makeSourceTable(block, "LKIP_ANGGARAN", { run: asRun(wb) })).rejects.toMatchObject(
      {
        code: "InvalidArgument",
      }
    );
    const wb2 = withBlock();
    wb2.names.push({ name: "LKIP_IKU", type: "String", value: "x" });
    await expect(makeSourceTable(block, "LKIP_IKU", { run: asRun(wb2) })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("extendName and readOutside", () => {
  it("finds the row typed under a fixed name, and extending changes the reference, not the cells", async () => {
    const wb = withBlock();
    wb.names.push({
      name: "LKIP_IKU",
      type: "Range",
      value: "'IKU Saya'!$B$3:$E$4",
      ref: { sheet: "IKU Saya", row: 2, col: 1, rows: 2, cols: 4 },
    });
    const read = await readWorkbook({ run: asRun(wb) });
    const near = await readOutside(read.raw.ranges, { run: asRun(wb), below: 3, right: 1 });
    expect(near.LKIP_IKU?.below[0]).toEqual(["S1", "I2", 20, 18]);
    const before = snapshotCells(wb);
    await extendName("LKIP_IKU", "'IKU Saya'!B3:E5", { run: asRun(wb) });
    expect(wb.names[0].ref).toEqual({ sheet: "IKU Saya", row: 2, col: 1, rows: 3, cols: 4 });
    expect(wb.names[0].value).toBe("'IKU Saya'!$B$3:$E$5");
    expect(snapshotCells(wb)).toEqual(before);
  });

  it("an Excel table needs no probe (it grows by itself): no extra round trip", async () => {
    const wb = withBlock();
    await makeSourceTable({ sheet: "IKU Saya", row: 2, col: 1, rows: 3, cols: 4 }, "LKIP_IKU", {
      run: asRun(wb),
    });
    const read = await readWorkbook({ run: asRun(wb) });
    const syncs = wb.stats.syncs;
    expect(await readOutside(read.raw.ranges, { run: asRun(wb) })).toEqual({});
    expect(wb.stats.syncs).toBe(syncs);
  });

  it("NamedItem.formula needs ExcelApi 1.7", async () => {
    const wb = withBlock();
    wb.excelApiMinor = 6;
    wb.names.push({
      name: "LKIP_IKU",
      type: "Range",
      value: "'IKU Saya'!$B$3:$E$4",
      ref: { sheet: "IKU Saya", row: 2, col: 1, rows: 2, cols: 4 },
    });
    await expect(
      extendName("LKIP_IKU", "'IKU Saya'!B3:E5", { run: asRun(wb) })
    ).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});

describe("insertTemplate and writeSettings", () => {
  it("the template: one sheet per source, each an Excel table of its name that the reader finds", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    const sheets = await insertTemplate(templatePlan(["LKIP_IKU", "LKIP_INFO"], 2024), {
      run: asRun(wb),
    });
    expect(sheets).toEqual(["LKIP IKU", "LKIP Info"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["LKIP_IKU", "LKIP_INFO"]);
    const read = await readWorkbook({ run: asRun(wb) });
    expect(read.raw.ranges.LKIP_INFO?.values[2]).toEqual(["Tahun", 2024]);
  });

  it("the quarterly form: Jenis offers its list from ExcelApi 1.8; before it, a plain column", async () => {
    for (const minor of [8, 7]) {
      const wb = createFakeWorkbook();
      addSheet(wb, "Sheet1");
      wb.excelApiMinor = minor;
      const supports = (_set: string, v: string) => Number(v.split(".")[1]) <= minor;
      const plan = templatePlan(["LKIP_TRIWULAN"], 2025, "triwulan");
      const sheets = await insertTemplate(plan, { run: asRun(wb), supports });
      expect(sheets).toEqual(["LKIP Triwulan"]);
      expect(wb.tables.map((t) => t.name)).toEqual(["LKIP_TRIWULAN"]);
      const s = wb.sheets.find((x) => x.name === "LKIP Triwulan")!;
      const jenis = plan[0].headers.indexOf("Jenis");
      expect(s.validations ?? []).toEqual(
        minor >= 8
          ? [
              {
                rect: { row: 1, col: jenis, rows: 1, cols: 1 },
                list: ["kumulatif", "akhir", "rata-rata"],
                inCellDropDown: true,
              },
            ]
          : []
      );
      const read = await readWorkbook({ run: asRun(wb) });
      expect(read.raw.ranges.LKIP_TRIWULAN?.values[0]).toEqual(plan[0].headers);
    }
  });

  it("without LKIP_INFO a small settings table is made; with it, the value cells are written", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    const at = await writeSettings({ cells: [], append: [["Pembulatan", "TRUNC"]] }, null, {
      run: asRun(wb),
    });
    expect(at).toEqual({ status: "written", address: "'LKIP Info'!A1:B2" });
    expect(wb.tables.map((t) => t.name)).toEqual(["LKIP_INFO"]);
    await writeSettings(
      { cells: [{ address: "'LKIP Info'!B2", value: "ROUND" }], append: [["Tahun", 2023]] },
      { sheet: "LKIP Info", row: 0, col: 0, rows: 2, kind: "table" },
      { run: asRun(wb) }
    );
    const read = await readWorkbook({ run: asRun(wb) });
    expect(read.raw.ranges.LKIP_INFO?.values).toEqual([
      ["Pengaturan", "Nilai"],
      ["Pembulatan", "ROUND"],
      ["Tahun", 2023],
    ]);
  });
});
