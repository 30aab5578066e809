/**
 * Small hand-built workbooks for the checker's unit tests (not a test file itself): each source
 * at A1 of its own sheet, headers first, so that row k of `rows` is Excel row k + 2.
 */
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import type { RawCell, RawWorkbook } from "../../../src/report/contract/types";
import { flatAll } from "../contract/flat";
import type { Flat } from "../contract/flat";
import { rawRange } from "../sample/sample-raw";

export interface Kecil {
  iku?: RawCell[][];
  anggaran?: RawCell[][];
  belanja?: RawCell[][];
  /** LKIP_INFO rows (key, value) without a header row. */
  info?: RawCell[][];
}

export function bukuKerja(k: Kecil): RawWorkbook {
  const raw: RawWorkbook = { ranges: {}, problems: [] };
  raw.ranges.LKIP_INFO = rawRange("LKIP_INFO", "Info", 0, 0, [["Tahun", 2024], ...(k.info ?? [])]);
  if (k.iku) raw.ranges.LKIP_IKU = rawRange("LKIP_IKU", "Data IKU", 0, 0, k.iku);
  if (k.anggaran)
    raw.ranges.LKIP_ANGGARAN = rawRange("LKIP_ANGGARAN", "Data Anggaran", 0, 0, k.anggaran);
  if (k.belanja) raw.ranges.LKIP_BELANJA = rawRange("LKIP_BELANJA", "Belanja", 0, 0, k.belanja);
  return raw;
}

/** The checker's findings, flat (Indonesian message and A1 location as text). */
export function temuanDari(k: Kecil): Flat[] {
  return flatAll(periksa(readModel(bukuKerja(k))));
}

/** The findings of one kode. */
export function kode(findings: Flat[], k: string): Flat[] {
  return findings.filter((f) => f.kode === k);
}

export const SASARAN_A = "Meningkatnya kesejahteraan sosial";
export const SASARAN_B = "Meningkatnya akuntabilitas kinerja";
