/**
 * The sample report's fixture laid out as a RawWorkbook, the way a gateway would read it:
 * LKIP_INFO on "Info", LKIP_IKU on "Data IKU" (from B3, under a title row, so addresses are
 * not trivially A1-based), LKIP_ANGGARAN on "Data Anggaran" (program total rows and their
 * leaves), LKIP_BELANJA on "Belanja". Shared by other tests; change with care.
 */
import fixture from "../../fixtures/lkip-dinsos-batola-2024.json";
import type {
  InputWorkbookPlan,
  RawCell,
  RawRange,
  RawWorkbook,
  SourceName,
} from "../../../src/report/contract/types";

export { fixture };
export type Fixture = typeof fixture;

export interface SampleOptions {
  pembulatan?: "ROUND" | "TRUNC";
  batasi?: boolean;
}

export const IKU_AT = { sheet: "Data IKU", row: 2, col: 1 } as const;
export const IKU_HEADERS: readonly string[] = [
  "No",
  "Sasaran",
  "Indikator",
  "Satuan",
  "Formulasi",
  "Arah",
  "Target",
  "Realisasi",
  "Realisasi 2023",
  "Target Renstra",
];
export const ANGGARAN_HEADERS: readonly string[] = [
  "Sasaran",
  "Program",
  "Kegiatan",
  "Sub Kegiatan",
  "Pagu",
  "Realisasi",
];

export function rawRange(
  source: SourceName,
  sheet: string,
  row: number,
  col: number,
  values: RawCell[][]
): RawRange {
  return { source, kind: "name", sheet, row, col, values };
}

export function ikuValues(): RawCell[][] {
  return [
    [...IKU_HEADERS],
    ...fixture.iku.map((i) => [
      i.no,
      i.sasaran,
      i.indikator,
      i.satuan,
      i.formulasi,
      i.arah,
      Number(i.target),
      Number(i.realisasi),
      Number(i.realisasi_tahun_lalu["2023"]),
      Number(i.target_renstra),
    ]),
  ];
}

export function anggaranValues(): RawCell[][] {
  const rows: RawCell[][] = [[...ANGGARAN_HEADERS]];
  for (const p of fixture.anggaran) {
    // The program's own total row first (only Program filled), then its leaves.
    rows.push([p.sasaran_no, p.program, null, null, Number(p.pagu), Number(p.realisasi)]);
    for (const k of p.kegiatan ?? [])
      rows.push([p.sasaran_no, p.program, k.nama, null, Number(k.pagu), Number(k.realisasi)]);
    for (const s of p.sub_kegiatan ?? [])
      rows.push([p.sasaran_no, p.program, null, s.nama, Number(s.pagu), Number(s.realisasi)]);
  }
  return rows;
}

/** A fixture program's leaves (its kegiatan or its sub kegiatan). */
export function leavesOf(
  p: Fixture["anggaran"][number]
): { nama: string; pagu: string; realisasi: string }[] {
  return p.kegiatan ?? p.sub_kegiatan ?? [];
}

export function infoValues(opts: SampleOptions = {}): RawCell[][] {
  return [
    ["Kunci", "Nilai"],
    ["Instansi", fixture.instansi],
    ["Tahun", fixture.tahun],
    ["Pembulatan", opts.pembulatan ?? "ROUND"],
    ["Skala", "kategori"],
    ["Batasi Capaian Efisiensi", opts.batasi ? "Ya" : "Tidak"],
  ];
}

export function belanjaValues(): RawCell[][] {
  return [
    ["Jenis Belanja", "Pagu"],
    ...fixture.belanja.komposisi.map((b) => [b.jenis, Number(b.jumlah)]),
  ];
}

export function sampleRaw(opts: SampleOptions = {}): RawWorkbook {
  return {
    ranges: {
      LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, infoValues(opts)),
      LKIP_IKU: rawRange("LKIP_IKU", IKU_AT.sheet, IKU_AT.row, IKU_AT.col, ikuValues()),
      LKIP_ANGGARAN: rawRange("LKIP_ANGGARAN", "Data Anggaran", 0, 0, anggaranValues()),
      LKIP_BELANJA: rawRange("LKIP_BELANJA", "Belanja", 0, 0, belanjaValues()),
    },
    problems: [],
  };
}

/**
 * An InputWorkbookPlan (e.g. sampleInput()) as a gateway would read it: each defined name becomes
 * a RawRange over its sheet's cells. Formulas are not evaluated: a cell with a formula reads as
 * its `values` entry (the plan's literal), which is what the sample puts there.
 */
export function planRaw(plan: InputWorkbookPlan): RawWorkbook {
  const ranges: RawWorkbook["ranges"] = {};
  for (const n of plan.names) {
    const sheet = plan.sheets.find((s) => s.name === n.sheet);
    if (!sheet) throw new Error(`planRaw: sheet "${n.sheet}" of ${n.name} is not in the plan`);
    const values: RawCell[][] = [];
    for (let r = 0; r < n.rows; r++) {
      const row = sheet.values[n.row + r] ?? [];
      values.push(Array.from({ length: n.cols }, (_, c) => row[n.col + c] ?? null));
    }
    ranges[n.name] = rawRange(n.name, n.sheet, n.row, n.col, values);
  }
  return { ranges, problems: [] };
}
