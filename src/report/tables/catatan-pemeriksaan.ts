/** The checker's findings as a host-free table that the writers can put on a sheet. */
import { W, count, hdr, txt } from "./table-cells";
import { findingText, formatLokasi } from "../contract";
import type { Finding, TableDesc, Tingkat } from "../contract";

/** Not one of the 12 standard tables (TABLES.md), so it has no number among them. */
export const CATATAN_PEMERIKSAAN_ID = 0;

const TINGKAT_LABEL: Record<Tingkat, string> = {
  galat: "Galat",
  peringatan: "Peringatan",
  info: "Info",
};

export function catatanPemeriksaan(findings: Finding[]): TableDesc {
  const header = [["No", "Tingkat", "Lokasi", "Temuan", "Tertulis", "Seharusnya"].map(hdr)];
  const body = findings.map((f, i) => [
    count(i + 1, { align: "center" }),
    txt(TINGKAT_LABEL[f.tingkat], { align: "center" }),
    txt(formatLokasi(f)),
    txt(findingText(f, "id")),
    // Written as text exactly as the finding has them: "0,266" must not turn into a number.
    txt(f.nilaiTertulis ?? null, { align: "right" }),
    txt(f.nilaiHitung ?? null, { align: "right" }),
  ]);
  const galat = findings.filter((f) => f.tingkat === "galat").length;
  const peringatan = findings.filter((f) => f.tingkat === "peringatan").length;
  const info = findings.length - galat - peringatan;
  return {
    id: CATATAN_PEMERIKSAAN_ID,
    title: "Catatan Pemeriksaan",
    header,
    body,
    merges: [],
    widths: [W.no, 12, 24, 70, 16, 16],
    notes: [
      findings.length === 0
        ? "Tidak ada temuan."
        : `${findings.length} temuan: ${galat} galat, ${peringatan} peringatan, ${info} info. Galat = angka atau data yang salah; peringatan = perlu diperiksa; info = keterangan.`,
    ],
  };
}
