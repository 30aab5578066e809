/**
 * Shared pieces of the checker (Pemeriksaan): reading a typed-by-hand cell, Indonesian number
 * display, and comparing a typed percent-point value with the one compute.ts gives.
 */
import { Decimal, LkipError, bulatkan, formatAngka, toDecimal } from "../../core";
import type { Pembulatan } from "../../core";
import { cellError, cellText, sameTextKey } from "../model";
import type { Sel } from "../model";
import type { Finding, RawCell, Tingkat } from "../contract";
import { capitalise } from "../contract";

export function temuan(
  tingkat: Tingkat,
  kode: string,
  lokasi: string,
  pesan: string,
  nilai?: { tertulis?: string; hitung?: string }
): Finding {
  const f: Finding = { tingkat, kode, pesan, lokasi };
  if (nilai?.tertulis !== undefined) f.nilai_tertulis = nilai.tertulis;
  if (nilai?.hitung !== undefined) f.nilai_hitung = nilai.hitung;
  return f;
}

/** Percent points and values as the tables print them: two decimals ("55,73"). */
export const persen = (d: Decimal): string => formatAngka(d, 2);

/** A value with exactly the digits it has ("0,266", "1,31", "212", "1.090.111.598"). */
export const apaAdanya = (d: Decimal): string => formatAngka(d, Math.max(0, d.decimalPlaces()));

/** Rupiah: whole rupiah unless there are sen. */
export const rupiah = (d: Decimal): string => formatAngka(d, d.isInteger() ? 0 : 2);

/** How a rounding mode reads in a sentence: "dibulatkan (ROUND)". */
export const NAMA_PEMBULATAN: Record<Pembulatan, string> = {
  ROUND: "dibulatkan (ROUND)",
  TRUNC: "dipotong (TRUNC)",
};

/** What a typed cell holds, as text for nilai_tertulis: numbers in Indonesian form with their own digits. */
export function tertulisTeks(cell: RawCell): string {
  if (typeof cell === "number" && Number.isFinite(cell))
    return apaAdanya(new Decimal(String(cell)));
  return cellText(cell).trim();
}

export type AngkaTertulis = { ok: true; nilai: Decimal } | { ok: false; temuan: Finding };

/** A typed number cell (number or text number, src/core/README.md §0), or the finding that it is not one. */
export function bacaTertulis(sel: Sel<RawCell>, kolom: string): AngkaTertulis {
  const code = cellError(sel.value);
  if (code !== null) {
    return {
      ok: false,
      temuan: temuan(
        "peringatan",
        "TERTULIS_GALAT_EXCEL",
        sel.lokasi,
        `${kolom} di ${sel.lokasi} berisi galat ${code}, sehingga tidak dapat diperiksa. Perbaiki rumus atau isi sel itu.`,
        { tertulis: code }
      ),
    };
  }
  try {
    return { ok: true, nilai: toDecimal(sel.value, kolom) };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    return {
      ok: false,
      temuan: temuan(
        "peringatan",
        "TERTULIS_BUKAN_ANGKA",
        sel.lokasi,
        `${kolom} di ${sel.lokasi} bukan angka, sehingga tidak dapat diperiksa: ${e.message}.`,
        {
          tertulis: tertulisTeks(sel.value),
        }
      ),
    };
  }
}

/** A known way of getting a wrong figure; when the typed value matches it, the message says so. */
export interface Sebab {
  nilai: Decimal;
  /** A clause: "angka itu hasil pembulatan TRUNC (dipotong) …". */
  teks: string;
}

export interface Banding {
  kode: string;
  /** Column name in messages: "Capaian", "Serapan", "Efisiensi". */
  kolom: string;
  /** What the value is of: "indikator 2 (“Persentase …”)", "sasaran 1". */
  milik: string;
  sel: Sel<RawCell>;
  /** The right value as the tables print it (policy-rounded, 2 decimals). */
  benar: Decimal;
  /** How the right value comes about, ending in it: "Realisasi 0,73 / Target 1,31 × 100 = 55,73". */
  rumus: string;
  pembulatan: Pembulatan;
  /** Exact values close to the right one (before rounding or bounding), for recognising a fraction. */
  mentah?: Decimal[];
  sebab?: Sebab[];
}

const SERATUS = new Decimal(100);
/** src/core/README.md §0: a value up to 1,5 in a percent context reads as a fraction (0,6902 = 69,02 %). */
export const BATAS_PECAHAN = new Decimal("1.5");

export function tampakPecahan(v: Decimal): boolean {
  return !v.isZero() && v.abs().lte(BATAS_PECAHAN);
}

/**
 * A typed percent-point value against the right one, compared at the printed precision under the
 * workbook's rounding policy. A fraction that is the right value × 1/100 is only info (a cell
 * formatted as percent shows it right); anything else that differs is a galat that names the
 * likely slip (a fraction, the other rounding mode, an unbounded efisiensi) and the right value.
 */
export function bandingkanPersen(b: Banding): Finding | null {
  const baca = bacaTertulis(b.sel, b.kolom);
  if (!baca.ok) return baca.temuan;
  const v = baca.nilai;
  const cetak = (d: Decimal) => bulatkan(d, b.pembulatan, 2);
  if (cetak(v).eq(b.benar)) return null;

  const tertulis = tertulisTeks(b.sel.value);
  const hitung = persen(b.benar);
  // A report that prints whole percents ("297" for 296,67) rounded, it did not miscalculate.
  const dp = v.decimalPlaces();
  if (dp < 2 && !tampakPecahan(v) && bulatkan(b.benar, b.pembulatan, dp).eq(v)) {
    return temuan(
      "info",
      "DITULIS_KURANG_DESIMAL",
      b.sel.lokasi,
      `${b.kolom} ${b.milik} di ${b.sel.lokasi} tertulis ${tertulis}, yaitu ${hitung} dengan ${dp === 0 ? "tanpa desimal" : "satu desimal"}; tabel mencetak 2 desimal: ${hitung}.`,
      { tertulis, hitung }
    );
  }
  const kali100 = v.times(SERATUS);
  const sebagaiPersen = `${apaAdanya(v)} = ${formatAngka(kali100, Math.max(2, v.decimalPlaces() - 2))} %`;
  if (tampakPecahan(v) && cetak(kali100).eq(b.benar)) {
    return temuan(
      "info",
      "DITULIS_PECAHAN",
      b.sel.lokasi,
      `${b.kolom} ${b.milik} di ${b.sel.lokasi} ditulis sebagai pecahan (${sebagaiPersen}); nilainya cocok bila sel itu berformat persen. Tabel memakai poin persen: ${hitung}.`,
      { tertulis, hitung }
    );
  }

  const sebab = b.sebab ?? [];
  const alasan: string[] = [];
  if (tampakPecahan(v)) {
    // The typed digits are the value / 100 when they agree up to the last digit typed.
    const toleransi = Decimal.max(new Decimal("0.01"), new Decimal(10).pow(2 - v.decimalPlaces()));
    const dekat = (x: Decimal) => kali100.minus(x).abs().lt(toleransi);
    const cocok = [b.benar, ...(b.mentah ?? [])].some(dekat)
      ? "benar"
      : sebab.find((s) => dekat(s.nilai));
    if (cocok) {
      alasan.push(`angka itu tampaknya ditulis sebagai pecahan (${sebagaiPersen})`);
      if (cocok !== "benar") alasan.push(cocok.teks);
    }
  }
  if (alasan.length === 0) {
    const s = sebab.find((x) => cetak(v).eq(cetak(x.nilai)));
    if (s) alasan.push(s.teks);
  }
  const kenapa = alasan.length > 0 ? ` ${capitalise(alasan.join(", dan "))}.` : "";
  return temuan(
    "galat",
    b.kode,
    b.sel.lokasi,
    `${b.kolom} ${b.milik} tertulis ${tertulis} di ${b.sel.lokasi}, padahal ${b.rumus}.${kenapa} Ganti dengan ${hitung}.`,
    { tertulis, hitung }
  );
}

/** A typed label (Predikat, Kategori) against the right one, case-insensitively. */
export function bandingkanLabel(opts: {
  kode: string;
  kolom: string;
  milik: string;
  sel: Sel<RawCell>;
  benar: string | null;
  /** "capaian 55,73 masuk …" — why the right label is right. */
  alasan: string;
}): Finding | null {
  const { sel } = opts;
  const code = cellError(sel.value);
  if (code !== null) {
    return temuan(
      "peringatan",
      "TERTULIS_GALAT_EXCEL",
      sel.lokasi,
      `${opts.kolom} di ${sel.lokasi} berisi galat ${code}, sehingga tidak dapat diperiksa. Perbaiki rumus atau isi sel itu.`,
      { tertulis: code }
    );
  }
  const tertulis = cellText(sel.value).trim();
  if (opts.benar !== null && sameTextKey(tertulis) === sameTextKey(opts.benar)) return null;
  const benar = opts.benar ?? "-";
  const ganti =
    opts.benar !== null
      ? ` Ganti dengan "${opts.benar}".`
      : " Kosongkan sel itu atau periksa skalanya di LKIP_INFO.";
  return temuan(
    "galat",
    opts.kode,
    sel.lokasi,
    `${opts.kolom} ${opts.milik} tertulis "${tertulis}" di ${sel.lokasi}, padahal ${opts.alasan}.${ganti}`,
    {
      tertulis,
      hitung: benar,
    }
  );
}

/** A name quoted for messages, shortened when very long. */
export function kutip(s: string, max = 80): string {
  const t = s.trim().replace(/\s+/g, " ");
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}
