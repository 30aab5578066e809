/**
 * Quarterly workbooks (WORKBOOK.md LKIP_TRIWULAN) as a gateway reads them, in both header forms:
 * one row ("Realisasi TW I") and two rows ("Realisasi" above "TW I | TW II | TW III | TW IV", the
 * Renja evaluation form of Permendagri 86/2017, header cells merged over both rows). Invented
 * figures; shared by the model, compute, tables and checker tests.
 */
import type { RawCell, RawRange, RawWorkbook } from "../../../src/report/contract/types";

/** One indicator: its quarters (null = not reported yet). */
export interface Quarterly {
  sasaran: string;
  indikator: string;
  satuan: string;
  jenis: string | null;
  arah?: string;
  target: number;
  targetTw?: (number | null)[];
  realisasiTw: (number | null)[];
  pagu?: number;
  anggaranTw?: (number | null)[];
}

export const QUARTERLY: Quarterly[] = [
  {
    sasaran: "Meningkatnya pelayanan sosial",
    indikator: "Jumlah PPKS yang mendapat pelayanan",
    satuan: "Orang",
    jenis: "kumulatif",
    target: 1200,
    targetTw: [300, 300, 300, 300],
    realisasiTw: [280, 310, 295, null],
    pagu: 800000000,
    anggaranTw: [150000000, 210000000, 190000000, null],
  },
  {
    sasaran: "Meningkatnya pelayanan sosial",
    indikator: "Persentase KPM yang tepat sasaran",
    satuan: "Persen",
    jenis: "akhir",
    target: 92.5,
    targetTw: [90, 91, 92, 92.5],
    realisasiTw: [88.1, 90.4, 91.75, null],
    pagu: 400000000,
    anggaranTw: [90000000, 100000000, 95000000, null],
  },
  {
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Persentase penduduk miskin",
    satuan: "Persen",
    jenis: "rata-rata",
    arah: "turun",
    target: 6.2,
    targetTw: [null, null, null, null],
    realisasiTw: [6.8, 6.5, 6.3, null],
  },
  {
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Indeks kepuasan masyarakat",
    satuan: "Nilai",
    jenis: null,
    target: 80,
    realisasiTw: [76, null, 79.5, null],
  },
];

const ROMAN = ["I", "II", "III", "IV"];

/** "Realisasi TW I" headers in one row, at 'Triwulan'!A1. */
export function oneRowRange(rows: Quarterly[] = QUARTERLY): RawRange {
  const header: RawCell[] = [
    "No",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Jenis",
    "Arah",
    "Target Tahunan",
    ...ROMAN.map((r) => `Target TW ${r}`),
    ...ROMAN.map((r) => `Realisasi TW ${r}`),
    "Pagu",
    ...ROMAN.map((r) => `Realisasi Anggaran TW ${r}`),
  ];
  const body = rows.map((q, i) => [
    i + 1,
    q.sasaran,
    q.indikator,
    q.satuan,
    q.jenis,
    q.arah ?? null,
    q.target,
    ...quarters(q.targetTw),
    ...quarters(q.realisasiTw),
    q.pagu ?? null,
    ...quarters(q.anggaranTw),
  ]);
  return {
    source: "LKIP_TRIWULAN",
    kind: "table",
    sheet: "Triwulan",
    row: 0,
    col: 0,
    values: [header, ...body],
  };
}

/**
 * The Renja evaluation form: "Realisasi" (and "Target", "Realisasi Anggaran") above TW I … TW IV,
 * the other headers merged over both rows, at 'Evaluasi Renja'!B4 (under a title).
 */
export function twoRowRange(rows: Quarterly[] = QUARTERLY): RawRange {
  const top: RawCell[] = [
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Jenis",
    "Arah",
    "Target 2025",
    "Target",
    null,
    null,
    null,
    "Realisasi",
    null,
    null,
    null,
    "Pagu Anggaran",
    "Realisasi Anggaran",
    null,
    null,
    null,
  ];
  const tw = ROMAN.map((r) => `TW ${r}`);
  const bottom: RawCell[] = [null, null, null, null, null, null, null, ...tw, ...tw, null, ...tw];
  const body = oneRowRange(rows).values.slice(1);
  const merges = [0, 1, 2, 3, 4, 5, 6, 15].map((col) => ({ row: 0, col, rows: 2, cols: 1 }));
  merges.push(
    { row: 0, col: 7, rows: 1, cols: 4 },
    { row: 0, col: 11, rows: 1, cols: 4 },
    { row: 0, col: 16, rows: 1, cols: 4 }
  );
  return {
    source: "LKIP_TRIWULAN",
    kind: "name",
    sheet: "Evaluasi Renja",
    row: 3,
    col: 1,
    values: [top, bottom, ...body],
    merges,
  };
}

function quarters(q: (number | null)[] | undefined): RawCell[] {
  return [0, 1, 2, 3].map((i) => q?.[i] ?? null);
}

export function info(tahun = 2025, triwulan?: number): RawRange {
  const values: RawCell[][] = [
    ["Instansi", "Dinas Sosial Kabupaten Contoh"],
    ["Tahun", tahun],
  ];
  if (triwulan !== undefined) values.push(["Triwulan", triwulan]);
  return { source: "LKIP_INFO", kind: "name", sheet: "Info", row: 0, col: 0, values };
}

/** A mid-year workbook: LKIP_TRIWULAN and LKIP_INFO only. */
export function quarterlyWorkbook(form: "one" | "two", triwulan?: number): RawWorkbook {
  return {
    ranges: {
      LKIP_TRIWULAN: form === "one" ? oneRowRange() : twoRowRange(),
      LKIP_INFO: info(2025, triwulan),
    },
    problems: [],
  };
}
