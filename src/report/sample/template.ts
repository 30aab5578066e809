/**
 * "Sisipkan templat kosong": one sheet per missing source, each an Excel table of that name with
 * the WORKBOOK.md headers and no data (LKIP_INFO with its keys and default values), so a user
 * types their figures straight into a source that grows with them. Two kinds: the annual report
 * (LKIP_IKU, LKIP_ANGGARAN, LKIP_BELANJA) and the quarterly form (LKIP_TRIWULAN), each with
 * LKIP_INFO when the workbook has none.
 */
import { JENIS_TRIWULAN } from "../../core";
import type { SourceName } from "../contract";

export interface TemplateSheet {
  /** Sheet (a taken name gets the next free one when written). */
  sheet: string;
  source: SourceName;
  /** Header row, then the rows written under it (LKIP_INFO only); the table gets one blank row otherwise. */
  headers: string[];
  rows: (string | number)[][];
  /** Columns whose cells offer a list to pick from (an in-cell list where the host has one). */
  lists?: { header: string; values: readonly string[] }[];
}

/** Which form: the year's report, or the quarterly progress form. */
export type TemplateKind = "tahunan" | "triwulan";

export const TEMPLATE_KINDS: readonly TemplateKind[] = ["tahunan", "triwulan"];

const ROMAN = ["I", "II", "III", "IV"];

/** WORKBOOK.md's one-row quarter headers: "Target TW I" … "Target TW IV" for `label` "Target". */
export const quarterHeaders = (label: string): string[] => ROMAN.map((r) => `${label} TW ${r}`);

/** The sources each kind writes (when missing). */
const KIND_SOURCES: Record<TemplateKind, readonly SourceName[]> = {
  tahunan: ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA", "LKIP_INFO"],
  triwulan: ["LKIP_TRIWULAN", "LKIP_INFO"],
};

export function templatePlan(
  missing: readonly SourceName[],
  tahun: number,
  kind: TemplateKind = "tahunan"
): TemplateSheet[] {
  const all: TemplateSheet[] = [
    {
      sheet: "LKIP IKU",
      source: "LKIP_IKU",
      headers: ["No", "Sasaran", "Indikator", "Satuan", "Arah", "Target", "Realisasi"],
      rows: [],
    },
    {
      sheet: "LKIP Anggaran",
      source: "LKIP_ANGGARAN",
      headers: ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"],
      rows: [],
    },
    {
      sheet: "LKIP Belanja",
      source: "LKIP_BELANJA",
      headers: ["Jenis Belanja", "Pagu", "Realisasi"],
      rows: [],
    },
    {
      // WORKBOOK.md's first form: one header row, "Realisasi TW I" … (the two-row Renja form is
      // read too, but an Excel table has one header row).
      sheet: "LKIP Triwulan",
      source: "LKIP_TRIWULAN",
      headers: [
        "No",
        "Sasaran",
        "Indikator",
        "Satuan",
        "Arah",
        "Jenis",
        "Target",
        ...quarterHeaders("Target"),
        ...quarterHeaders("Realisasi"),
        "Pagu",
        ...quarterHeaders("Realisasi Anggaran"),
      ],
      rows: [],
      lists: [{ header: "Jenis", values: JENIS_TRIWULAN }],
    },
    {
      sheet: "LKIP Info",
      source: "LKIP_INFO",
      headers: ["Pengaturan", "Nilai"],
      rows: [
        ["Instansi", ""],
        ["Tahun", tahun],
        ["Pembulatan", "ROUND"],
        ["Skala", "kategori"],
        ["Batasi Capaian Efisiensi", "Tidak"],
      ],
    },
  ];
  const wanted = KIND_SOURCES[kind];
  return all.filter((s) => wanted.includes(s.source) && missing.includes(s.source));
}
