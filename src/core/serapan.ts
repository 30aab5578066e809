/** Serapan anggaran (src/core/README.md §5): Σ realisasi / Σ pagu × 100, never an average of percentages. */
import { LkipError } from "./errors";
import { Decimal, hingga } from "./numbers";
import { jumlah } from "./aggregate";

export function serapan(pagu: Decimal[], realisasi: Decimal[]): Decimal {
  if (pagu.length !== realisasi.length) {
    throw new LkipError("#VALUE!", {
      kode: "SERAPAN_UKURAN",
      pagu: pagu.length,
      realisasi: realisasi.length,
    });
  }
  const p = jumlah(pagu);
  if (p.isZero()) throw new LkipError("#DIV/0!", { kode: "PAGU_NOL" });
  return hingga(jumlah(realisasi).times(100).div(p), "serapan");
}
