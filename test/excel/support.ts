/** Shared builders for the src/excel tests (not a test file itself). */
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import type {
  ChartSpec,
  InputWorkbookPlan,
  Merge,
  SheetPlan,
} from "../../src/report/contract/types";
import { MAX_CHART_CATEGORIES } from "../../src/report/tables/charts";
import type { ExcelRun } from "../../src/excel/run";
import { makeRun, type FakeWorkbook } from "../host/fake-excel";

export function asRun(wb: FakeWorkbook): ExcelRun {
  return makeRun(wb);
}

const IKU_HEADER = [
  "No",
  "Sasaran",
  "Indikator",
  "Satuan",
  "Formulasi",
  "Arah",
  "Target",
  "Realisasi",
];

/** The fixture's indicators as an input workbook plan: Data IKU, Data Anggaran, Info. */
export function fixtureInputPlan(): InputWorkbookPlan {
  const iku: (string | number | null)[][] = [
    IKU_HEADER,
    ...fixture.iku.map((i) => [
      i.no,
      i.sasaran,
      i.indikator,
      i.satuan,
      i.formulasi,
      i.arah,
      Number(i.target),
      Number(i.realisasi),
    ]),
  ];
  const ang: (string | number | null)[][] = [
    ["Sasaran", "Program", "Pagu", "Realisasi"],
    ...fixture.anggaran.map((a) => [a.sasaran_no, a.program, Number(a.pagu), Number(a.realisasi)]),
  ];
  const info: (string | number | null)[][] = [
    ["Kunci", "Nilai"],
    ["Instansi", fixture.instansi],
    ["Tahun", fixture.tahun],
  ];
  return {
    sheets: [
      { name: "Data IKU", values: iku, columnWidths: [5, 40, 40, 10, 40, 8, 10, 10] },
      { name: "Data Anggaran", values: ang },
      { name: "Info", values: info },
    ],
    names: [
      {
        name: "LKIP_IKU",
        sheet: "Data IKU",
        row: 0,
        col: 0,
        rows: iku.length,
        cols: IKU_HEADER.length,
      },
      { name: "LKIP_ANGGARAN", sheet: "Data Anggaran", row: 0, col: 0, rows: ang.length, cols: 4 },
      { name: "LKIP_INFO", sheet: "Info", row: 0, col: 0, rows: info.length, cols: 2 },
    ],
  };
}

/** An IKU input of n generated indicators (10 sasaran groups), for size tests. */
export function bigInputPlan(n: number): InputWorkbookPlan {
  const rows: (string | number | null)[][] = [IKU_HEADER];
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      `Sasaran strategis nomor ${Math.floor(i / (n / 10 || 1)) + 1}`,
      `Persentase indikator kinerja ke-${i + 1}`,
      "Persen",
      "A/B x 100",
      "naik",
      80 + (i % 20),
      75 + (i % 30),
    ]);
  }
  return {
    sheets: [{ name: "Data IKU", values: rows }],
    names: [
      {
        name: "LKIP_IKU",
        sheet: "Data IKU",
        row: 0,
        col: 0,
        rows: rows.length,
        cols: IKU_HEADER.length,
      },
    ],
  };
}

const full = (rows: number, cols: number, row = 0): Merge => ({ row, col: 0, rows, cols });

/**
 * A laid-out output sheet built by hand (src/report may not be ready): a title row, a header row,
 * then `n` body rows of text and numbers, shaped like Tabel 2. `textLength` pads the text cells.
 * Its chart is Tabel 2's capaian chart of those rows (as the report layer makes it) unless
 * `charts` is given.
 */
export function handSheetPlan(
  n: number,
  opts: { name?: string; textLength?: number; firstIndikator?: string[]; charts?: ChartSpec[] } = {}
): SheetPlan {
  const cols = 8;
  const pad = (s: string) => (opts.textLength ? s.padEnd(opts.textLength, " x") : s);
  const values: (string | number | null)[][] = [
    ["Tabel 1 — Capaian Indikator Kinerja Utama", null, null, null, null, null, null, null],
    [
      "No",
      "Sasaran Strategis",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Target",
      "Realisasi",
      "% Capaian",
    ],
  ];
  for (let i = 0; i < n; i++) {
    const ind = opts.firstIndikator?.[i] ?? pad(`Persentase indikator kinerja ke-${i + 1}`);
    values.push([
      i + 1,
      pad(`Sasaran ${Math.floor(i / 10) + 1}`),
      ind,
      "Persen",
      pad("A/B x 100"),
      80 + (i % 20),
      75.5 + (i % 30),
      94.37 + (i % 7),
    ]);
  }
  const numberFormats = values.map((row, r) =>
    row.map((v, c) =>
      v === null ? "General" : typeof v === "string" ? "@" : r >= 2 && c >= 5 ? "#,##0.00" : "#,##0"
    )
  );
  return {
    name: opts.name ?? "Tabel LKIP 2024",
    values,
    numberFormats,
    bold: [full(2, cols)],
    bordered: [full(n + 1, cols, 1)],
    wrapped: [{ row: 2, col: 1, rows: n, cols: 2 }],
    alignRight: [{ row: 2, col: 5, rows: n, cols: 3 }],
    alignCenter: [{ row: 1, col: 0, rows: 1, cols }],
    merges: [{ row: 0, col: 0, rows: 1, cols }],
    columnWidths: [5, 30, 40, 10, 30, 10, 10, 10],
    tables: [
      {
        id: 2,
        title: "Tabel 1 — Capaian Indikator Kinerja Utama",
        row: 0,
        rows: n + 2,
        columns: [0, 1, 2, 3, 4, 5, 6, 7],
      },
    ],
    charts: opts.charts ?? (n <= MAX_CHART_CATEGORIES ? [capaianOf(values.slice(2))] : []),
  };
}

function capaianOf(body: (string | number | null)[][]): ChartSpec {
  return {
    table: 2,
    title: "Capaian per indikator (%)",
    headers: ["Indikator", "Capaian (%)", "Target (100%)"],
    rows: body.map((r) => ({ label: String(r[2]), values: [Number(r[7]), 100] })),
    line: 1,
  };
}
