import { findingText, formatAddress } from "../report";
import type { Finding, Lang, Tingkat } from "../report";
import { CLI_WORDS } from "./lang";

/** One line per finding; the values written and computed are in the message itself (and in --json). */
export function formatFinding(f: Finding, lang: Lang = "id"): string {
  const address = formatAddress(f);
  const where = address === "" ? "" : `${address}: `;
  const line = `  ${CLI_WORDS[lang].tingkat[f.tingkat]} ${where}${findingText(f, lang)}`;
  // A finding of the naskah quotes its sentence (or table row) on the next line.
  return f.naskah ? `${line}\n      “${f.naskah.kutipan}”` : line;
}

/** One element of `periksa --json`, the documented shape (snake_case only here), in a fixed order. */
export interface FindingJson {
  tingkat: Tingkat;
  kode: string;
  pesan: string;
  lokasi: string;
  /** The naskah's sentence or table row (findings of the naskah only). */
  kutipan?: string;
  nilai_tertulis?: string;
  nilai_hitung?: string;
}

/** The JSON of a finding with its `pesan` in one language (the keys are the same in every one). */
export const findingJsonIn =
  (lang: Lang) =>
  (f: Finding): FindingJson => {
    const o: FindingJson = {
      tingkat: f.tingkat,
      kode: f.kode,
      pesan: findingText(f, lang),
      lokasi: formatAddress(f),
    };
    if (f.naskah) o.kutipan = f.naskah.kutipan;
    if (f.nilaiTertulis !== undefined) o.nilai_tertulis = f.nilaiTertulis;
    if (f.nilaiHitung !== undefined) o.nilai_hitung = f.nilaiHitung;
    return o;
  };

export function count(findings: Finding[], tingkat: Tingkat): number {
  return findings.filter((f) => f.tingkat === tingkat).length;
}
