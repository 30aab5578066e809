/**
 * "Sisipkan templat kosong": one sheet per missing source, each an Excel table of that name with
 * the WORKBOOK.md headers and no data (LKIP_INFO with its keys and default values), so a user
 * types their figures straight into a source that grows with them.
 */
import type { SourceName } from "../contract";

export interface TemplateSheet {
  /** Sheet (a taken name gets the next free one when written). */
  sheet: string;
  source: SourceName;
  /** Header row, then the rows written under it (LKIP_INFO only); the table gets one blank row otherwise. */
  headers: string[];
  rows: (string | number)[][];
}

export function templatePlan(missing: readonly SourceName[], tahun: number): TemplateSheet[] {
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
  return all.filter((s) => missing.includes(s.source));
}
