/** Why a naskah cannot be read (codes and parameters only; the words are the catalogue's), and the reader's bounds. */
import type { MasalahNaskah } from "../report";
import { DEFAULT_LIMITS, type ZipLimits } from "./zip";

/** Why a naskah cannot be read: the catalogue's MasalahNaskah (NASKAH_TIDAK_TERBACA). */
export type NaskahReadProblem = MasalahNaskah;

export class NaskahReadError extends Error {
  constructor(readonly problem: NaskahReadProblem) {
    super(problem.kode);
  }
}

export interface NaskahLimits extends ZipLimits {
  /** Largest file accepted, in bytes (a report with photos is tens of MB). */
  fileBytes: number;
  /** Most paragraphs kept. */
  paragraphs: number;
  /** Most characters kept in all. */
  chars: number;
  /** Most PDF pages read. */
  pages: number;
  /** Longest the reading may take, in milliseconds. */
  millis: number;
}

export const NASKAH_LIMITS: NaskahLimits = {
  ...DEFAULT_LIMITS,
  fileBytes: 120 * 1024 * 1024,
  paragraphs: 100_000,
  chars: 20_000_000,
  pages: 3_000,
  millis: 120_000,
};
