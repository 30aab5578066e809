/** The checker's findings as a host-free table that the writers can put on a sheet. */
import { W, count, hdr, txt } from "./table-cells";
import { findingText, formatLokasi } from "../contract";
import type { Finding, Lang, TableDesc, Tingkat } from "../contract";

/** Not one of the 12 standard tables (TABLES.md), so it has no number among them. */
export const CATATAN_PEMERIKSAAN_ID = 0;

/** The sheet's words; the findings' own words come from their catalogue (findingText). */
const KATA: Record<
  Lang,
  {
    title: string;
    header: string[];
    tingkat: Record<Tingkat, string>;
    none: string;
    counts: (n: number, galat: number, peringatan: number, info: number) => string;
  }
> = {
  id: {
    title: "Catatan Pemeriksaan",
    header: ["No", "Tingkat", "Lokasi", "Temuan", "Tertulis", "Seharusnya"],
    tingkat: { galat: "Galat", peringatan: "Peringatan", info: "Info" },
    none: "Tidak ada temuan.",
    counts: (n, galat, peringatan, info) =>
      `${n} temuan: ${galat} galat, ${peringatan} peringatan, ${info} info. Galat = angka atau data yang salah; peringatan = perlu diperiksa; info = keterangan.`,
  },
  // The pane's English words (taskpane/i18n.ts): Error, Warning, Note.
  en: {
    title: "Findings of the check (Catatan Pemeriksaan)",
    header: ["No", "Severity", "Location", "Finding", "Written", "Should be"],
    tingkat: { galat: "Error", peringatan: "Warning", info: "Note" },
    none: "No findings.",
    counts: (n, galat, peringatan, info) =>
      `${n} ${n === 1 ? "finding" : "findings"}: ${galat} ${galat === 1 ? "error" : "errors"}, ${peringatan} ${peringatan === 1 ? "warning" : "warnings"}, ${info} ${info === 1 ? "note" : "notes"}. Error = a wrong figure or wrong data; warning = to be checked; note = for information.`,
  },
};

/** In the pane's language; Indonesian by default (the `lkip` command has no language option). */
export function catatanPemeriksaan(findings: Finding[], lang: Lang = "id"): TableDesc {
  const k = KATA[lang];
  const header = [k.header.map(hdr)];
  const body = findings.map((f, i) => [
    count(i + 1, { align: "center" }),
    txt(k.tingkat[f.tingkat], { align: "center" }),
    txt(formatLokasi(f)),
    txt(findingText(f, lang)),
    // Written as text exactly as the finding has them: "0,266" must not turn into a number.
    txt(f.nilaiTertulis ?? null, { align: "right" }),
    txt(f.nilaiHitung ?? null, { align: "right" }),
  ]);
  const galat = findings.filter((f) => f.tingkat === "galat").length;
  const peringatan = findings.filter((f) => f.tingkat === "peringatan").length;
  const info = findings.length - galat - peringatan;
  return {
    id: CATATAN_PEMERIKSAAN_ID,
    title: k.title,
    header,
    body,
    merges: [],
    widths: [W.no, 12, 24, 70, 16, 16],
    notes: [findings.length === 0 ? k.none : k.counts(findings.length, galat, peringatan, info)],
  };
}
