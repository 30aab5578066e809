/** The checker's findings as a host-free table that the writers can put on a sheet. */
import { W, count, hdr, txt } from "./table-cells";
import { findingText, formatAddress } from "../contract";
import type { Finding, Lang, TableDesc } from "../contract";
import ID, { type CatatanWords } from "./catatan-pemeriksaan.id";
import EN from "./catatan-pemeriksaan.en";

/** Not one of the 12 standard tables (TABLES.md), so it has no number among them. */
export const CATATAN_PEMERIKSAAN_ID = 0;

/** The sheet's words (catatan-pemeriksaan.{id,en}.ts); the findings' own come from findingText. */
const KATA: Record<Lang, CatatanWords> = { id: ID, en: EN };

/** In the pane's or the page's language; Indonesian by default (the standard tables' sheet). */
export function catatanPemeriksaan(findings: Finding[], lang: Lang = "id"): TableDesc {
  const k = KATA[lang];
  const header = [k.header.map(hdr)];
  const body = findings.map((f, i) => [
    count(i + 1, { align: "center" }),
    txt(k.tingkat[f.tingkat], { align: "center" }),
    txt(formatAddress(f)),
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
