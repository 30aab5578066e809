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

/**
 * The time a reader has taken and what it has kept, against the time, paragraph and character
 * bounds: the one check both the .docx and the PDF reader make.
 */
export class NaskahBudget {
  private chars = 0;
  private readonly started = Date.now();
  constructor(private readonly limits: NaskahLimits) {}

  /** Throws TERLALU_BESAR (waktu) once the reading has taken longer than its bound. */
  inTime(): void {
    if (Date.now() - this.started > this.limits.millis)
      throw new NaskahReadError({
        kode: "TERLALU_BESAR",
        batas: "waktu",
        nilai: this.limits.millis / 1000,
      });
  }

  /** Throws TERLALU_BESAR when keeping `text` as paragraph number `kept + 1` goes past a bound. */
  keep(kept: number, text: string): void {
    if (kept >= this.limits.paragraphs)
      throw new NaskahReadError({
        kode: "TERLALU_BESAR",
        batas: "paragraf",
        nilai: this.limits.paragraphs,
      });
    this.chars += text.length;
    if (this.chars > this.limits.chars)
      throw new NaskahReadError({ kode: "TERLALU_BESAR", batas: "isi", nilai: this.limits.chars });
  }
}
