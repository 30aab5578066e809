/**
 * Efisiensi (src/core/README.md §4), PMK 214/PMK.02/2017:
 *   E = Σ((PAKᵢ × CKᵢ) − RAKᵢ) / Σ(PAKᵢ × CKᵢ) × 100, bounded to [−20, 20].
 */
import { LkipError } from "./errors";
import { Decimal, formatAngka, hingga } from "./numbers";

export interface EfisiensiRow {
  pagu: Decimal;
  /** Capaian kinerja in percent points (134.32 = 134,32 %). */
  capaian: Decimal;
  realisasi: Decimal;
}

export interface HasilEfisiensi {
  /** E bounded to [−20, 20], exact (not rounded). */
  nilai: Decimal;
  /** E unbounded, for the checker and the table's note. */
  mentah: Decimal;
  /** Whether the bound applied. */
  dibatasi: boolean;
  /** Nilai efisiensi (0–100) of the bounded E. */
  ne: Decimal;
}

const BATAS = new Decimal(20);
const SERATUS = new Decimal(100);

function batasi(e: Decimal): Decimal {
  return Decimal.min(BATAS, Decimal.max(BATAS.neg(), e));
}

/**
 * §4: a negative pagu, capaian or realisasi has no efisiensi. The message names the argument (and
 * the row of a range), so neither a function nor a table can print "20 — Efisien" for nonsense.
 */
function tolakNegatif(rows: EfisiensiRow[]): void {
  const args: [keyof EfisiensiRow, string][] = [
    ["pagu", "pagu"],
    ["capaian", "capaian"],
    ["realisasi", "realisasi_anggaran"],
  ];
  rows.forEach((row, i) => {
    for (const [key, nama] of args) {
      const v = new Decimal(row[key]);
      if (!v.isNegative() || v.isZero()) continue;
      throw new LkipError("#VALUE!", {
        kode: "EFISIENSI_NEGATIF",
        nama,
        ...(rows.length > 1 ? { row: i + 1 } : {}),
        nilai: formatAngka(v, Math.min(10, Math.max(2, v.decimalPlaces()))),
      });
    }
  });
}

export function efisiensi(rows: EfisiensiRow[], batasiCapaian = false): HasilEfisiensi {
  tolakNegatif(rows);
  let penyebut = new Decimal(0); // Σ PAK × CK, with CK in percent points (× 100)
  let rak = new Decimal(0);
  for (const row of rows) {
    const ck = batasiCapaian ? Decimal.min(SERATUS, row.capaian) : new Decimal(row.capaian);
    penyebut = penyebut.plus(new Decimal(row.pagu).times(ck));
    rak = rak.plus(row.realisasi);
  }
  if (penyebut.isZero()) {
    throw new LkipError("#DIV/0!", { kode: "EFISIENSI_PENYEBUT_NOL" });
  }
  // (S − R)/S × 100 with S = Σ PAK × CK% / 100, rearranged so there is one division.
  const mentah = hingga(
    penyebut.minus(rak.times(SERATUS)).times(SERATUS).div(penyebut),
    "efisiensi"
  );
  const nilai = batasi(mentah);
  return { nilai, mentah, dibatasi: !nilai.eq(mentah), ne: nilaiEfisiensi(nilai) };
}

/** The PMK's 0–100 score NE = 50 + E/20 × 50; E is bounded to [−20, 20] first. */
export function nilaiEfisiensi(e: Decimal): Decimal {
  return batasi(new Decimal(e)).div(BATAS).times(50).plus(50);
}
