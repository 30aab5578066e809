/** Assertions shared by both paths of the randomised test (not a test file itself). */
import type { Finding } from "../../src/report/contract/findings";
import { flatAll } from "../report/contract/flat";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/**
 * Findings that have no cell to point at: a source that is absent or is not a range, and a year
 * that no cell gives (TAHUN_TIDAK_ADA: neither LKIP_INFO, a header nor a title names one).
 */
export const NO_CELL_CODES = new Set([
  "SUMBER_TIDAK_ADA",
  "SUMBER_BUKAN_RENTANG",
  "TAHUN_TIDAK_ADA",
]);

export interface Address {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `'Data IKU'!G7` or `'Data IKU'!A1:H1` (sheet always quoted, quotes doubled), 1-based; null if malformed. */
export function parseAddress(address: string): Address | null {
  const m = /^'((?:[^']|'')+)'!([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(address);
  if (!m) return null;
  const left = colNumber(m[2]);
  const top = Number(m[3]);
  const right = m[4] ? colNumber(m[4]) : left;
  const bottom = m[5] ? Number(m[5]) : top;
  return { sheet: m[1].replace(/''/g, "'"), top, left, bottom, right };
}

/** What is wrong with each finding's lokasi (empty when all are well formed and inside their sheet). */
export function addressProblems(findings: Finding[], sheets: string[]): string[] {
  const out: string[] = [];
  for (const f of flatAll(findings)) {
    if (f.lokasi === "") {
      if (!NO_CELL_CODES.has(f.kode)) out.push(`${f.kode} has no lokasi: ${f.pesan}`);
      continue;
    }
    const l = parseAddress(f.lokasi);
    if (!l) {
      out.push(`${f.kode}: malformed lokasi ${JSON.stringify(f.lokasi)}`);
      continue;
    }
    if (!sheets.includes(l.sheet))
      out.push(
        `${f.kode}: lokasi ${f.lokasi} names no sheet of the workbook (${sheets.join(" | ")})`
      );
    if (
      l.top < 1 ||
      l.left < 1 ||
      l.bottom > MAX_ROWS ||
      l.right > MAX_COLS ||
      l.top > l.bottom ||
      l.left > l.right
    ) {
      out.push(`${f.kode}: lokasi ${f.lokasi} is outside a sheet`);
    }
  }
  return out;
}

/** The 0-based cell a single-cell lokasi names. */
export function cellOf(address: string): { sheet: string; row: number; col: number } | null {
  const l = parseAddress(address);
  if (!l || l.top !== l.bottom || l.left !== l.right) return null;
  return { sheet: l.sheet, row: l.top - 1, col: l.left - 1 };
}
