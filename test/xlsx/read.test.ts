import { writeFile, mkdtemp } from "node:fs/promises";
import { readFailureText } from "../../src/report/contract/read-failure";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { flatAll } from "../report/contract/flat";
import { describe, expect, it } from "vitest";
import { sampleInput } from "../../src/report/sample/sample";
import { loadXlsx, XlsxReadError } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { readInput } from "../../src/cli/read-input";
import { openPackage, readPart, bufferOf, IKU_ROWS, sheetWith } from "./helpers";

describe("loadXlsx: where the sources are", () => {
  it("round trip writeInputPlan → loadXlsx gives every source at its address with its values", async () => {
    const plan = sampleInput({ tertulis: "dicetak" });
    const { raw, sheetNames } = await loadXlsx(await bufferOf(writeInputPlan(plan)));
    expect(sheetNames).toEqual(plan.sheets.map((s) => s.name));
    expect(flatAll(raw.problems)).toEqual([]);
    for (const n of plan.names) {
      const r = raw.ranges[n.name]!;
      expect(r).toMatchObject({
        source: n.name,
        kind: "name",
        sheet: n.sheet,
        row: n.row,
        col: n.col,
      });
      const sheet = plan.sheets.find((s) => s.name === n.sheet)!;
      const expected = sheet.values
        .slice(n.row, n.row + n.rows)
        .map((row) => row.slice(n.col, n.col + n.cols).map((v) => (v === "" ? null : v)));
      expect(r.values).toEqual(expected);
    }
  });

  it("finds a sheet-scoped name, and one not at A1", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lain");
    sheetWith(wb, "Data IKU", IKU_ROWS, { row: 3, col: 2 });
    const { raw } = await loadXlsx(
      await bufferOf(wb, [{ name: "LKIP_IKU", text: "'Data IKU'!$B$3:$E$5", localSheetId: 1 }])
    );
    expect(flatAll(raw.problems)).toEqual([]);
    expect(raw.ranges.LKIP_IKU).toEqual({
      source: "LKIP_IKU",
      kind: "name",
      sheet: "Data IKU",
      row: 2,
      col: 1,
      values: IKU_ROWS,
    });
  });

  it("matches a name case-insensitively, as Excel does", async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "D", IKU_ROWS);
    const { raw } = await loadXlsx(await bufferOf(wb, [{ name: "lkip_iku", text: "D!$A$1:$D$3" }]));
    expect(raw.ranges.LKIP_IKU?.values).toEqual(IKU_ROWS);
  });

  it("finds an Excel table and leaves its totals row out", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Belanja");
    ws.addTable({
      name: "LKIP_BELANJA",
      ref: "C2",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Jenis Belanja", totalsRowLabel: "Jumlah" },
        { name: "Pagu", totalsRowFunction: "sum" },
      ],
      rows: [
        ["Belanja Operasi", 7751384479],
        ["Belanja Modal", 318475044],
      ],
    });
    const { raw } = await loadXlsx(await bufferOf(wb));
    expect(raw.ranges.LKIP_BELANJA).toEqual({
      source: "LKIP_BELANJA",
      kind: "table",
      sheet: "Belanja",
      row: 1,
      col: 2,
      values: [
        ["Jenis Belanja", "Pagu"],
        ["Belanja Operasi", 7751384479],
        ["Belanja Modal", 318475044],
      ],
    });
  });

  it("stops a whole-column name at the last used row", async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "D", IKU_ROWS);
    const { raw } = await loadXlsx(await bufferOf(wb, [{ name: "LKIP_IKU", text: "D!$A:$D" }]));
    expect(raw.ranges.LKIP_IKU?.values).toEqual(IKU_ROWS);
  });

  it("drops trailing blank rows of a generous range but keeps blank rows inside", async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "D", [IKU_ROWS[0], IKU_ROWS[1], [], IKU_ROWS[2]]);
    const { raw } = await loadXlsx(
      await bufferOf(wb, [{ name: "LKIP_IKU", text: "D!$A$1:$D$40" }])
    );
    expect(raw.ranges.LKIP_IKU?.values).toEqual([
      IKU_ROWS[0],
      IKU_ROWS[1],
      [null, null, null, null],
      IKU_ROWS[2],
    ]);
  });
});

describe("loadXlsx: names that are not ranges are reported, not crashed on", () => {
  const cases: [string, string, RegExp][] = [
    ["constant", "0.5", /nilai tetap \(0\.5\)/],
    ["text constant", '"Dinas Sosial"', /nilai tetap/],
    ["formula", "OFFSET(D!$A$1,0,0,3,4)", /berisi rumus \(OFFSET/],
    ["broken", "D!#REF!", /sudah dihapus/],
    ["union", "D!$A$1:$B$3,D!$C$1:$D$3", /beberapa rentang/],
    ["missing sheet", "'Tidak Ada'!$A$1:$D$3", /lembar 'Tidak Ada' yang tidak ada/],
  ];
  for (const [label, text, message] of cases) {
    it(`${label}: ${text}`, async () => {
      const wb = new ExcelJS.Workbook();
      sheetWith(wb, "D", IKU_ROWS);
      const { raw } = await loadXlsx(await bufferOf(wb, [{ name: "LKIP_IKU", text }]));
      expect(raw.ranges.LKIP_IKU).toBeUndefined();
      expect(flatAll(raw.problems)).toHaveLength(1);
      expect(flatAll(raw.problems)[0]).toMatchObject({
        tingkat: "galat",
        kode: "SUMBER_BUKAN_RENTANG",
      });
      expect(flatAll(raw.problems)[0].pesan).toMatch(message);
      expect(flatAll(raw.problems)[0].pesan).toContain("LKIP_IKU");
    });
  }

  it("a constant name beside a usable table: the table is used and the name only warned about", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T");
    ws.addTable({
      name: "LKIP_IKU",
      ref: "A1",
      headerRow: true,
      columns: (IKU_ROWS[0] as string[]).map((name) => ({ name })),
      rows: IKU_ROWS.slice(1),
    });
    // Excel keeps names and tables in one namespace; a sheet-scoped name can still collide in files made by other tools.
    const { raw } = await loadXlsx(
      await bufferOf(wb, [{ name: "LKIP_IKU", text: "42", localSheetId: 0 }])
    );
    expect(raw.ranges.LKIP_IKU?.kind).toBe("table");
    expect(flatAll(raw.problems).map((p) => [p.tingkat, p.kode])).toEqual([
      ["peringatan", "SUMBER_BUKAN_RENTANG"],
    ]);
  });

  it("two usable definitions: the workbook-scoped name wins and the choice is said", async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "A", IKU_ROWS);
    sheetWith(wb, "B", IKU_ROWS);
    const { raw } = await loadXlsx(
      await bufferOf(wb, [
        { name: "LKIP_IKU", text: "B!$A$1:$D$3", localSheetId: 1 },
        { name: "LKIP_IKU", text: "A!$A$1:$D$3" },
      ])
    );
    expect(raw.ranges.LKIP_IKU?.sheet).toBe("A");
    expect(flatAll(raw.problems)).toEqual([
      expect.objectContaining({ tingkat: "peringatan", kode: "SUMBER_GANDA", lokasi: "'A'!A1:D3" }),
    ]);
  });
});

describe("loadXlsx: cell values", () => {
  it("normalises rich text, hyperlinks, errors, formulas, booleans and dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = sheetWith(wb, "D", [["Sasaran", "Indikator", "Target", "Realisasi", "X"]]);
    ws.getCell("A2").value = {
      richText: [{ text: "Menin" }, { text: "gkatnya", font: { bold: true } }],
    };
    ws.getCell("B2").value = { text: "Lihat tautan", hyperlink: "http://contoh.go.id" };
    ws.getCell("C2").value = { error: "#REF!" };
    ws.getCell("D2").value = { formula: "1+1", result: 2 };
    ws.getCell("E2").value = true;
    ws.getCell("A3").value = { formula: "A2", result: "teks" };
    ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("C3").value = { formula: "C2*2" };
    ws.getCell("D3").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("E3").value = "  ";
    const { raw } = await loadXlsx(await bufferOf(wb, [{ name: "LKIP_IKU", text: "D!$A$1:$E$3" }]));
    // 2024-01-01 is serial 45292 in the 1900 date system (Excel's own count).
    expect(raw.ranges.LKIP_IKU?.values.slice(1)).toEqual([
      ["Menin" + "gkatnya", "Lihat tautan", { error: "#REF!" }, 2, true],
      ["teks", { error: "#DIV/0!" }, null, 45292, "  "],
    ]);
    expect(flatAll(raw.problems).map((p) => [p.tingkat, p.kode, p.lokasi])).toEqual([
      ["galat", "RUMUS_TANPA_HASIL", "'D'!C3"],
      ["peringatan", "SEL_TANGGAL", "'D'!D3"],
    ]);
    expect(flatAll(raw.problems)[0].pesan).toContain("=C2*2");
  });

  it("a merged cell holds its value at its top-left cell; the merge is reported in the range (§12)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = sheetWith(wb, "D", IKU_ROWS);
    ws.mergeCells("A2:A3");
    ws.mergeCells("F1:G9"); // outside the source: not reported
    const { raw } = await loadXlsx(await bufferOf(wb, [{ name: "LKIP_IKU", text: "D!$A$1:$D$3" }]));
    expect(raw.ranges.LKIP_IKU?.values.map((r) => r[0])).toEqual(["Sasaran", "S1", null]);
    expect(raw.ranges.LKIP_IKU?.merges).toEqual([{ row: 1, col: 0, rows: 2, cols: 1 }]);
  });
});

describe("loadXlsx: files that are not workbooks", () => {
  const dir = mkdtemp(join(tmpdir(), "lkip-read-"));
  const expectError = async (input: string | Buffer, kode: string, message: RegExp) => {
    if (typeof input === "string") {
      // A path: the CLI reads the file (src/xlsx takes bytes only, so that it runs in a browser).
      const r = await readInput(input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.pesan).toMatch(message);
      return;
    }
    const e = await loadXlsx(input).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).kode).toBe(kode);
    expect(readFailureText((e as XlsxReadError).failure)).toMatch(message);
    // The same reason in English: no Indonesian left.
    expect(readFailureText((e as XlsxReadError).failure, "en")).not.toMatch(
      /\b(bukan|berkas|rusak|dilindungi|simpan|tidak|isinya)\b/i
    );
  };
  it("a missing file", async () =>
    expectError(join(await dir, "tidak-ada.xlsx"), "TIDAK_ADA", /tidak ditemukan/));
  it("a folder", async () => expectError(await dir, "TIDAK_TERBACA", /folder/));
  it("a text file", async () => {
    const p = join(await dir, "data.xlsx");
    await writeFile(p, "No;Sasaran\n1;x\n");
    await expectError(p, "BUKAN_XLSX", /bukan berkas \.xlsx/);
  });
  it("an old .xls or password-protected file", async () =>
    expectError(
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]),
      "BUKAN_XLSX",
      /\.xls/
    ));
  it("a zip that is not a workbook", async () => {
    const zip = new JSZip().file("a.txt", "halo");
    await expectError(
      await zip.generateAsync({ type: "nodebuffer" }),
      "BUKAN_XLSX",
      /bukan berkas \.xlsx/
    );
  });
  it("a zip cut short", async () => {
    const buf = await bufferOf(writeInputPlan(sampleInput({ tertulis: "dicetak" })));
    await expectError(buf.subarray(0, Math.floor(buf.length / 2)), "RUSAK", /rusak/);
  });
});

describe("loadXlsx: tables as Excel writes them", () => {
  async function excelStyleTable(headerRowCount: string | null): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T");
    ws.addTable({
      name: "LKIP_IKU",
      ref: "B2",
      headerRow: true,
      columns: (IKU_ROWS[0] as string[]).map((name) => ({ name })),
      rows: IKU_ROWS.slice(1),
    });
    // Excel leaves headerRowCount out when it is 1 (the default); ExcelJS writes it.
    const zip = await JSZip.loadAsync(await bufferOf(wb));
    const part = "xl/tables/table1.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(
        / headerRowCount="1"/,
        headerRowCount === null ? "" : ` headerRowCount="${headerRowCount}"`
      )
    );
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }
  const tablePart = async (buf: Buffer) => readPart(await openPackage(buf), "xl/tables/table1.xml");

  it("a table without headerRowCount has its header row (ExcelJS alone would say it has none)", async () => {
    const buf = await excelStyleTable(null);
    expect(await tablePart(buf)).not.toContain("headerRowCount");
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(buf as unknown as ArrayBuffer);
    expect(
      (
        plain.getWorksheet("T")!.getTable("LKIP_IKU") as unknown as {
          table: { headerRow: boolean };
        }
      ).table.headerRow
    ).toBe(false);

    const loaded = await loadXlsx(buf);
    expect(loaded.raw.ranges.LKIP_IKU).toEqual({
      source: "LKIP_IKU",
      kind: "table",
      sheet: "T",
      row: 1,
      col: 1,
      values: IKU_ROWS,
    });
  });

  it("a table with its header row switched off is reported, not misread", async () => {
    const { raw } = await loadXlsx(await excelStyleTable("0"));
    expect(raw.ranges.LKIP_IKU).toBeUndefined();
    expect(flatAll(raw.problems)).toEqual([
      expect.objectContaining({ tingkat: "galat", kode: "SUMBER_BUKAN_RENTANG" }),
    ]);
    expect(flatAll(raw.problems)[0].pesan).toMatch(/Header Row/);
  });
});
