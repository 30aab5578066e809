/**
 * src/report/model/sources.ts: which name or table is each source, decided once. The rule itself
 * on candidates, then the same workbook shapes through both hosts — the in-memory Excel
 * (src/excel/read.ts) and an .xlsx written with ExcelJS (src/xlsx) — which must give the same answer.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/excel/read";
import {
  findingText,
  resolveSources,
  type Finding,
  type RawWorkbook,
  type SourceCandidate,
  type Wadah,
} from "../../../src/report";
import { loadXlsx } from "../../../src/xlsx/read";
import type { DefinedNameRaw } from "../../../src/xlsx/names";
import {
  addSheet,
  createFakeWorkbook,
  makeRun,
  setCells,
  type FakeName,
} from "../../host/fake-excel";
import { bufferOf } from "../../xlsx/helpers";

const wbName: Wadah = { jenis: "nama", sumber: "LKIP_IKU" };
const sheetName = (lembar: string): Wadah => ({ jenis: "nama", sumber: "LKIP_IKU", lembar });
const table = (lembar: string): Wadah => ({ jenis: "tabel", nama: "LKIP_IKU", lembar });
const at = (sheet: string) => ({ sheet, row: 0, col: 0, rows: 3, cols: 4 });

describe("resolveSources: the rule", () => {
  it("tries workbook-scoped names, then tables, then sheet-scoped names by sheet order, whatever the listing order", () => {
    const cands: SourceCandidate[] = [
      { source: "LKIP_IKU", holder: sheetName("B"), target: { kind: "range", ref: at("B") } },
      { source: "LKIP_IKU", holder: sheetName("A"), target: { kind: "range", ref: at("A") } },
      { source: "LKIP_IKU", holder: table("C"), target: { kind: "range", ref: at("C") } },
    ];
    const { chosen, findings } = resolveSources(cands, ["A", "B", "C"]);
    expect(chosen.LKIP_IKU?.holder).toEqual(table("C"));
    expect(findings.map((f) => f.kode)).toEqual(["SUMBER_GANDA"]);
    expect(findings[0].param).toMatchObject({
      ditemukan: [table("C"), sheetName("A"), sheetName("B")],
      dipakai: table("C"),
    });
    expect(findings[0].cell).toEqual(at("C"));
  });

  it("an unusable candidate does not stop the search: the next usable one is read and the first only warned about", () => {
    const cands: SourceCandidate[] = [
      {
        source: "LKIP_IKU",
        holder: wbName,
        target: { kind: "constant", text: "0.5" },
        text: "0.5",
      },
      { source: "LKIP_IKU", holder: sheetName("A"), target: { kind: "range", ref: at("A") } },
    ];
    const { chosen, findings } = resolveSources(cands, ["A"]);
    expect(chosen.LKIP_IKU?.holder).toEqual(sheetName("A"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kode: "SUMBER_BUKAN_RENTANG",
      tingkat: "peringatan",
      nilaiTertulis: "0.5",
      param: { reason: { jenis: "konstanta", teks: "0.5" }, dipakai: sheetName("A") },
    });
  });

  it("nothing usable: every candidate is an error, and no source is chosen", () => {
    const cands: SourceCandidate[] = [
      { source: "LKIP_IKU", holder: wbName, target: { kind: "ref-error", text: "" } },
      { source: "LKIP_IKU", holder: sheetName("A"), target: { kind: "missing-sheet", sheet: "X" } },
      { source: "LKIP_IKU", holder: table("A"), target: { kind: "no-header", ref: at("A") } },
    ];
    const { chosen, findings } = resolveSources(cands, ["A"]);
    expect(chosen.LKIP_IKU).toBeUndefined();
    expect(findings.map((f) => [f.tingkat, (f.param as { reason: unknown }).reason])).toEqual([
      ["galat", { jenis: "refHilang", teks: "#REF!" }],
      ["galat", { jenis: "tanpaJudul" }],
      ["galat", { jenis: "lembarTidakAda", lembar: "X" }],
    ]);
    // A table without a header row is still somewhere the user can go and see.
    expect(findings[1].cell).toEqual(at("A"));
  });

  it("a long text is cut for the message", () => {
    const text = `OFFSET(${"A".repeat(300)})`;
    const { findings } = resolveSources(
      [
        {
          source: "LKIP_INFO",
          holder: { jenis: "nama", sumber: "LKIP_INFO" },
          target: { kind: "formula", text },
          text,
        },
      ],
      []
    );
    const teks = (findings[0].param as { reason: { teks: string } }).reason.teks;
    expect(teks.length).toBeLessThan(text.length);
    expect(text.startsWith(teks.slice(0, -1))).toBe(true);
  });
});

// ------------------------------------------------------------------ both hosts

const ROWS: (string | number)[][] = [
  ["Sasaran", "Indikator", "Target", "Realisasi"],
  ["S1", "I1", 69.02, 92.71],
  ["S2", "I2", 1.31, 0.73],
];

/** A name LKIP_IKU: cells of a sheet, a constant or #REF!; workbook-scoped unless `scope`. */
type NameShape = { scope?: string } & (
  { kind: "range"; sheet: string } | { kind: "constant"; value: number } | { kind: "ref" }
);

interface Shape {
  /** Each sheet holds ROWS at A1; a table LKIP_IKU over them on `table`. */
  sheets: string[];
  table?: string;
  names: NameShape[];
}

const rangeText = (sheet: string) => `'${sheet}'!$A$1:$D$3`;

function toFake(shape: Shape) {
  const wb = createFakeWorkbook();
  for (const name of shape.sheets) setCells(addSheet(wb, name), 0, 0, ROWS);
  if (shape.table) wb.tables.push({ name: "LKIP_IKU", sheet: shape.table, rect: at(shape.table) });
  for (const n of shape.names) {
    const item: FakeName =
      n.kind === "range"
        ? { name: "LKIP_IKU", type: "Range", value: rangeText(n.sheet), ref: at(n.sheet) }
        : n.kind === "constant"
          ? { name: "LKIP_IKU", type: "Double", value: n.value }
          : { name: "LKIP_IKU", type: "Error", value: "#REF!" };
    (n.scope ? wb.sheets.find((s) => s.name === n.scope)!.names : wb.names).push(item);
  }
  return wb;
}

async function toXlsx(shape: Shape): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of shape.sheets) {
    const ws = wb.addWorksheet(name);
    if (name === shape.table)
      ws.addTable({
        name: "LKIP_IKU",
        ref: "A1",
        headerRow: true,
        columns: (ROWS[0] as string[]).map((h) => ({ name: h })),
        rows: ROWS.slice(1),
      });
    else ROWS.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  const names: DefinedNameRaw[] = shape.names.map((n) => ({
    name: "LKIP_IKU",
    text:
      n.kind === "range" ? rangeText(n.sheet) : n.kind === "constant" ? String(n.value) : "#REF!",
    ...(n.scope ? { localSheetId: shape.sheets.indexOf(n.scope) } : {}),
  }));
  return bufferOf(wb, names);
}

/** What a reader answered, in the terms both share. */
function answer(raw: RawWorkbook) {
  const r = raw.ranges.LKIP_IKU;
  return {
    read: r && { kind: r.kind, sheet: r.sheet, row: r.row, col: r.col, values: r.values },
    findings: raw.problems.map((f: Finding) => ({
      kode: f.kode,
      tingkat: f.tingkat,
      param: f.param,
      cell: f.cell,
      tertulis: f.nilaiTertulis,
      id: findingText(f, "id"),
      en: findingText(f, "en"),
    })),
  };
}

async function bothReaders(shape: Shape) {
  const excel = answer((await readWorkbook({ run: makeRun(toFake(shape)) })).raw);
  const xlsx = answer((await loadXlsx(await toXlsx(shape))).raw);
  return { excel, xlsx };
}

const cases: {
  label: string;
  shape: Shape;
  /** The holder read (null: none), and the findings' [code, level]. */
  used: { kind: "name" | "table"; sheet: string } | null;
  findings: [string, string][];
}[] = [
  {
    label: "a constant name beside a table: the table is read, the name warned about",
    shape: { sheets: ["T"], table: "T", names: [{ kind: "constant", value: 42, scope: "T" }] },
    used: { kind: "table", sheet: "T" },
    findings: [["SUMBER_BUKAN_RENTANG", "peringatan"]],
  },
  {
    label:
      "a sheet-scoped and a workbook-scoped name: the workbook-scoped one is read, the choice said",
    shape: {
      sheets: ["A", "B"],
      names: [
        { kind: "range", sheet: "B", scope: "B" },
        { kind: "range", sheet: "A" },
      ],
    },
    used: { kind: "name", sheet: "A" },
    findings: [["SUMBER_GANDA", "peringatan"]],
  },
  {
    label: "a #REF! name alone: an error, nothing read",
    shape: { sheets: ["A"], names: [{ kind: "ref" }] },
    used: null,
    findings: [["SUMBER_BUKAN_RENTANG", "galat"]],
  },
  {
    label: "a workbook-scoped #REF! name and a sheet-scoped range: the range is read",
    shape: { sheets: ["A"], names: [{ kind: "ref" }, { kind: "range", sheet: "A", scope: "A" }] },
    used: { kind: "name", sheet: "A" },
    findings: [["SUMBER_BUKAN_RENTANG", "peringatan"]],
  },
  {
    label:
      "a workbook-scoped constant and a sheet-scoped range (Excel used to stop at the constant)",
    shape: {
      sheets: ["A", "B"],
      names: [
        { kind: "constant", value: 0.5 },
        { kind: "range", sheet: "B", scope: "B" },
      ],
    },
    used: { kind: "name", sheet: "B" },
    findings: [["SUMBER_BUKAN_RENTANG", "peringatan"]],
  },
];

describe("both readers, the same workbook shapes, the same answer", () => {
  for (const c of cases) {
    it(c.label, async () => {
      const { excel, xlsx } = await bothReaders(c.shape);
      expect(excel).toEqual(xlsx);
      expect(excel.findings.map((f) => [f.kode, f.tingkat])).toEqual(c.findings);
      if (c.used === null) expect(excel.read).toBeUndefined();
      else
        expect(excel.read).toEqual({
          ...c.used,
          row: 0,
          col: 0,
          values: ROWS,
        });
    });
  }
});
