/**
 * Findings in the flat shape of `lkip periksa --json` (message and A1 location as text), so that
 * tests can assert on the Indonesian wording and the cell. Not a test file itself.
 */
import { findingText, formatAddress } from "../../../src/report/contract/findings";
import type { Finding, Lang } from "../../../src/report/contract/findings";

export interface Flat {
  tingkat: Finding["tingkat"];
  kode: Finding["kode"];
  pesan: string;
  lokasi: string;
  nilai_tertulis?: string;
  nilai_hitung?: string;
}

export function flat(f: Finding, lang: Lang = "id"): Flat {
  const o: Flat = {
    tingkat: f.tingkat,
    kode: f.kode,
    pesan: findingText(f, lang),
    lokasi: formatAddress(f),
  };
  if (f.nilaiTertulis !== undefined) o.nilai_tertulis = f.nilaiTertulis;
  if (f.nilaiHitung !== undefined) o.nilai_hitung = f.nilaiHitung;
  return o;
}

export const flatAll = (fs: readonly Finding[], lang: Lang = "id"): Flat[] =>
  fs.map((f) => flat(f, lang));
