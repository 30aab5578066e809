import ExcelJS from "exceljs";
import { textSafeFormats } from "../../src/excel/grid";
import { describe, expect, it } from "vitest";
import type { SheetPlan } from "../../src/report/contract/types";
import { parseWorkbookXml } from "../../src/xlsx/names";
import { writeInputPlan, writeSheetPlan } from "../../src/xlsx/write";
import { printLayout, wrappedLines } from "../../src/report/tables/print";
import { bufferOf, IKU_ROWS, openPackage, partNames, readPart, sheetWith } from "./helpers";

const HOSTILE = [
  '=HYPERLINK("http://x")',
  "+62 811",
  "@SUM(A1)",
  "-1+2",
  "=1+1",
  "'kutip",
  "  spasi  ",
];

function plan(): SheetPlan {
  const values: (string | number | null)[][] = [
    ["Tabel 1 — Uji", null, null],
    ["Indikator", "Nilai", "Catatan"],
    ...HOSTILE.map((s, i): (string | number | null)[] => [
      s,
      i + 0.5,
      i === 0 ? "teks panjang ".repeat(12).trim() : null,
    ]),
  ];
  const p: SheetPlan = {
    name: "Tabel LKIP 2024",
    values,
    numberFormats: values.map((row) =>
      row.map((v) => (v === null ? "General" : typeof v === "number" ? "#,##0.00" : "@"))
    ),
    bold: [{ row: 0, col: 0, rows: 2, cols: 3 }],
    bordered: [{ row: 1, col: 0, rows: values.length - 1, cols: 3 }],
    wrapped: [{ row: 1, col: 0, rows: values.length - 1, cols: 3 }],
    alignRight: [{ row: 2, col: 1, rows: HOSTILE.length, cols: 1 }],
    alignCenter: [{ row: 1, col: 0, rows: 1, cols: 3 }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
    columnWidths: [30, 12, 20],
    tables: [{ id: 1, title: "Tabel 1 — Uji", row: 0, rows: values.length, columns: [0, 1, 2] }],
    charts: [],
  };
  // A second page starts at row 5 here, to see the break land in the file.
  const print = printLayout(p);
  return { ...p, ...print, pageSetup: { ...print.pageSetup, rowBreaks: [5] } };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<{ buf: Buffer; wb: ExcelJS.Workbook }> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as unknown as ArrayBuffer);
  return { buf, wb: back };
}

describe("writeSheetPlan", () => {
  it("writes every text as that exact text, never a formula, with the plan's formats and styles", async () => {
    const wb = new ExcelJS.Workbook();
    expect(writeSheetPlan(wb, plan())).toBe("Tabel LKIP 2024");
    const { buf, wb: back } = await roundTrip(wb);
    const ws = back.getWorksheet("Tabel LKIP 2024")!;
    const p = plan();
    p.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        expect(cell.formula, cell.address).toBeFalsy();
        // A merged cell other than its top-left one reads as the top-left value in ExcelJS.
        if (!cell.isMerged || cell.master.address === cell.address)
          expect(cell.value, cell.address).toEqual(v);
        if (typeof v === "string") expect(cell.type).toBe(ExcelJS.ValueType.String);
        if (v !== null)
          expect(cell.numFmt ?? "General", cell.address).toBe(
            textSafeFormats(p.values, p.numberFormats)[r][c]
          );
      })
    );
    // And in the file itself: no formula element anywhere on the sheet.
    const zip = await openPackage(buf);
    const sheetPart = partNames(zip).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    expect(await readPart(zip, sheetPart)).not.toMatch(/<f[ >]/);

    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C2").font?.bold).toBe(true);
    // Bold in the workbook's font, named: a nameless bold font prints in a wider serif fallback.
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", size: 11 });
    expect(ws.getCell("A3").font?.bold).toBeFalsy();
    expect(ws.getCell("A3").border?.left?.style).toBe("thin");
    expect(ws.getCell("C9").border?.bottom?.style).toBe("thin");
    expect(ws.getCell("A1").border?.left).toBeFalsy();
    expect(ws.getCell("A3").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B3").alignment?.horizontal).toBe("right");
    expect(ws.getCell("B2").alignment?.horizontal).toBe("center");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([30, 12, 20]);
    // The long note wraps to several lines: its row is made tall enough.
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(
      15 * wrappedLines(p.values[2][2] as string, 20)
    );
    // TABLES.md "Print": A4 landscape at the plan's scale, page numbers, the plan's break.
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.scale).toBe(p.pageSetup!.scale);
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.headerFooter.oddFooter).toBe("&CHalaman &P dari &N");
    const sheetXml = await readPart(zip, sheetPart);
    expect(sheetXml).toMatch(/<rowBreaks[^>]*>.*<brk id="5"[^>]*man="1"/s);
  });

  it("takes the next free name when the sheet exists", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("tabel lkip 2024");
    wb.addWorksheet("Tabel LKIP 2024 (2)");
    expect(writeSheetPlan(wb, plan())).toBe("Tabel LKIP 2024 (3)");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "tabel lkip 2024",
      "Tabel LKIP 2024 (2)",
      "Tabel LKIP 2024 (3)",
    ]);
  });
});

describe("writeInputPlan", () => {
  it("writes formulas where the plan says and literal text elsewhere", async () => {
    const wb = writeInputPlan({
      sheets: [
        {
          name: "D",
          values: [
            ["A", "B"],
            ["=1+1", 2],
          ],
          formulas: [
            [null, null],
            [null, "=LKIP.CAPAIAN(G2,H2)"],
          ],
        },
      ],
      names: [{ name: "LKIP_IKU", sheet: "D", row: 0, col: 0, rows: 2, cols: 2 }],
    });
    const { wb: back } = await roundTrip(wb);
    const ws = back.getWorksheet("D")!;
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("A2").formula).toBeFalsy();
    expect(ws.getCell("B2").formula).toBe("LKIP.CAPAIAN(G2,H2)");
  });
});

describe("setDefinedNames", () => {
  it("writes sheet scopes and names that are constants or formulas as given", async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, "A", IKU_ROWS);
    sheetWith(wb, "B", IKU_ROWS);
    const names = [
      { name: "LKIP_IKU", text: "B!$A$1:$D$3", localSheetId: 1 },
      { name: "Konstanta", text: "0.5" },
      { name: "Dinamis", text: "OFFSET(A!$A$1,0,0,3,4)" },
    ];
    writeSheetPlan(wb, plan());
    const out = await bufferOf(wb, names);
    const wx = parseWorkbookXml((await readPart(await openPackage(out), "xl/workbook.xml"))!);
    expect(wx.sheets).toEqual(["A", "B", "Tabel LKIP 2024"]);
    expect(wx.names.filter((n) => !n.name.startsWith("_xlnm"))).toEqual(names);
  });
});

describe("writeSheetPlan merges (issue 14: by index, not by search)", () => {
  it("writes many merges, each once, and refuses two that overlap", async () => {
    const p = plan();
    const n = 2000;
    p.values = Array.from({ length: n * 2 }, (_, r) => [`baris ${r}`, null, null]);
    p.numberFormats = p.values.map(() => ["@", "General", "General"]);
    p.merges = Array.from({ length: n }, (_, k) => ({ row: 2 * k, col: 0, rows: 2, cols: 2 }));
    p.bold = p.bordered = p.wrapped = p.alignRight = p.alignCenter = [];
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, p);
    const { buf } = await roundTrip(wb);
    const zip = await openPackage(buf);
    const xml = (await readPart(zip, "xl/worksheets/sheet1.xml"))!;
    expect(xml.match(/<mergeCell /g)).toHaveLength(n);
    expect(xml).toContain('<mergeCell ref="A3999:B4000"/>');

    p.merges.push({ row: 1, col: 1, rows: 1, cols: 2 });
    expect(() => writeSheetPlan(new ExcelJS.Workbook(), p)).toThrow(/overlaps/);
  });
});
