/**
 * The LKIP custom functions. This file holds only the declarations Excel reads (JSDoc → functions.json
 * through custom-functions-metadata-plugin, which also appends the CustomFunctions.associate calls
 * at build time, so importing this module has no side effect). The rules live in src/core.
 */
import {
  capaian as hitungCapaian,
  efisiensi as hitungEfisiensi,
  parseArah,
  parseSkala,
  predikat as hitungPredikat,
  serapan as hitungSerapan,
  terbilang as hitungTerbilang,
  toDecimal,
  isBlank,
  LkipError,
  parseYesNo,
  parseJenis,
  sampaiTriwulan,
} from "../core";
import {
  asMatrix,
  at,
  call,
  cell,
  commonShape,
  decimals,
  eachCell,
  inPlace,
  isOmitted,
  toNumber,
  unwrapCell,
  type Matrix,
} from "./values";

/**
 * Capaian kinerja (persen poin) dari target dan realisasi. Arah "naik": realisasi/target×100; arah "turun": (2×target−realisasi)/target×100. Rentang menghasilkan satu capaian per sel.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#capaian
 * @param {any[][]} target Target indikator: angka, teks angka (69,02) atau rentang.
 * @param {any[][]} realisasi Realisasi indikator, ukuran sama dengan target.
 * @param {any[][]} [arah] "naik" (bawaan) atau "turun"; satu nilai, atau satu per sel.
 * @returns {any[][]} Capaian dalam persen poin: 134,32 berarti 134,32 %.
 */
export function capaian(target: any[][], realisasi: any[][], arah?: any[][]): any[][] {
  return call(() => {
    // Read in place (no copy of a 10,000-row range); each cell is unwrapped when it is used.
    const t = inPlace(target);
    const r = inPlace(realisasi);
    const a: Matrix = isOmitted(arah) ? [[null]] : inPlace(arah);
    const [rows, cols] = commonShape([
      { name: "target", m: t },
      { name: "realisasi", m: r },
      { name: "arah", m: a },
    ]);
    // One arah for the whole range (the usual "turun" or omitted) is read once, not per row, so
    // one call over 10,000 rows costs less than 10,000 single calls. A bad one is still each
    // cell's own error, as before.
    let arahAll: ReturnType<typeof parseArah> | undefined;
    if (a.length === 1 && a[0].length === 1) {
      try {
        arahAll = parseArah(unwrapCell(a[0][0]));
      } catch {
        arahAll = undefined;
      }
    }
    return eachCell(rows, cols, (i, j) =>
      toNumber(
        hitungCapaian(
          toDecimal(unwrapCell(at(t, i, j)), "target"),
          toDecimal(unwrapCell(at(r, i, j)), "realisasi"),
          arahAll ?? parseArah(unwrapCell(at(a, i, j)))
        )
      )
    );
  });
}

/**
 * Predikat atau kategori sebuah nilai capaian menurut skala. Nilai dibulatkan ke 2 desimal lebih dahulu, sehingga label selalu sesuai dengan angka yang tampil. Sel berformat persen (0,9271 tampil 92,71 %): tulis =LKIP.PREDIKAT(A2*100).
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/bantuan.html#predikat
 * @param {any[][]} nilai Nilai capaian dalam persen poin (92,71), atau rentang; sel berformat persen dikali 100: A2*100.
 * @param {any[][]} [skala] "kategori" (bawaan), "target", "permendagri86", "sakip", "efisiensi", atau rentang 2 kolom (batas bawah, label).
 * @returns {any[][]} Label predikat untuk setiap nilai.
 */
export function predikat(nilai: any[][], skala?: any[][]): any[][] {
  return call(() => {
    const n = asMatrix(nilai);
    const s = parseSkala(isOmitted(skala) ? null : skalaArgument(asMatrix(skala)));
    const [rows, cols] = [n.length, n[0]?.length ?? 0];
    return grid(rows, cols, (i, j) => cell(() => hitungPredikat(toDecimal(n[i][j], "nilai"), s)));
  });
}

/**
 * Tingkat efisiensi (%) menurut PMK 214/2017: Σ(pagu×capaian−realisasi)/Σ(pagu×capaian)×100, dibatasi −20 s.d. 20.
 * @customfunction EFISIENSI
 * @helpurl https://localhost:3000/bantuan.html#efisiensi
 * @param {any[][]} pagu Pagu anggaran (Rp), satu sel atau rentang.
 * @param {any[][]} capaian Capaian kinerja dalam persen poin (sel berformat persen: C2:C9*100), ukuran sama dengan pagu.
 * @param {any[][]} realisasi_anggaran Realisasi anggaran (Rp), ukuran sama dengan pagu.
 * @param {any} [batasi] BENAR/TRUE: capaian di atas 100 % dihitung 100 % lebih dahulu. Bawaan SALAH/FALSE.
 * @returns {number} Efisiensi dalam persen poin, antara −20 dan 20.
 */
export function efisiensi(
  pagu: any[][],
  capaian: any[][],
  realisasi_anggaran: any[][],
  batasi?: any
): number {
  return call(() => {
    const p = asMatrix(pagu);
    const c = asMatrix(capaian);
    const r = asMatrix(realisasi_anggaran);
    commonShape([
      { name: "pagu", m: p },
      { name: "capaian", m: c },
      { name: "realisasi_anggaran", m: r },
    ]);
    const ps = decimals(p, "pagu");
    const cs = decimals(c, "capaian");
    const rs = decimals(r, "realisasi_anggaran");
    const rows = ps.map((pagu, i) => ({ pagu, capaian: cs[i], realisasi: rs[i] }));
    return toNumber(hitungEfisiensi(rows, parseBatasi(batasi)).nilai);
  });
}

/**
 * Serapan anggaran (%): Σ realisasi / Σ pagu × 100, bukan rata-rata persentase.
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/bantuan.html#serapan
 * @param {any[][]} pagu Pagu anggaran (Rp), satu sel atau rentang.
 * @param {any[][]} realisasi Realisasi anggaran (Rp), ukuran sama dengan pagu.
 * @returns {number} Serapan dalam persen poin.
 */
export function serapan(pagu: any[][], realisasi: any[][]): number {
  return call(() => {
    const p = asMatrix(pagu);
    const r = asMatrix(realisasi);
    commonShape([
      { name: "pagu", m: p },
      { name: "realisasi", m: r },
    ]);
    return toNumber(hitungSerapan(decimals(p, "pagu"), decimals(r, "realisasi")));
  });
}

/**
 * Realisasi s.d. triwulan terakhir yang terisi, menurut jenis indikator: "kumulatif" menjumlahkan triwulan, "akhir" (bawaan) mengambil nilai triwulan terakhir, "rata-rata" merata-ratakan triwulan yang terisi. Sel kosong dilewati, tidak dibaca 0.
 * @customfunction REALISASI
 * @helpurl https://localhost:3000/bantuan.html#realisasi
 * @param {any[][]} nilai_tw Realisasi per triwulan (TW I s.d. TW IV): satu baris atau satu kolom, mis. C2:F2.
 * @param {any} [jenis] "kumulatif", "akhir" (bawaan) atau "rata-rata".
 * @returns {number} Realisasi s.d. triwulan terakhir yang terisi.
 */
export function realisasi(nilai_tw: any[][], jenis?: any): number {
  return call(() => {
    const m = asMatrix(nilai_tw);
    const cells =
      m.length === 1 ? m[0] : m.every((row) => row.length === 1) ? m.map((r) => r[0]) : null;
    if (cells === null || cells.length > 4) {
      throw new LkipError("#VALUE!", {
        kode: "NILAI_TW_BENTUK",
        ukuran: `${m.length}×${m[0]?.length ?? 0}`,
      });
    }
    const j = parseJenis(single(jenis, "jenis")) ?? "akhir";
    const quarters = cells.map((c, i) =>
      isBlank(c)
        ? null
        : toDecimal(c, cells.length > 1 ? `nilai_tw (triwulan ${i + 1})` : "nilai_tw")
    );
    const s = sampaiTriwulan(quarters, j);
    if (s === null) throw new LkipError("#N/A", { kode: "KOSONG", arg: "nilai_tw" });
    return toNumber(s.nilai);
  });
}

/**
 * Angka dalam kata-kata bahasa Indonesia, misalnya untuk jumlah anggaran: "Delapan Miliar ... Rupiah".
 * @customfunction TERBILANG
 * @helpurl https://localhost:3000/bantuan.html#terbilang
 * @param {any} angka Angka atau teks angka.
 * @param {any} [satuan] Kata di belakang, misalnya "Rupiah".
 * @returns {string} Angka dalam kata-kata.
 */
export function terbilang(angka: any, satuan?: any): string {
  return call(() => {
    const unit = isBlank(satuan) ? undefined : textArgument(satuan, "satuan");
    return hitungTerbilang(toDecimal(single(angka, "angka"), "angka"), unit);
  });
}

function grid<T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));
}

/** A skala is a name (1×1) or a 2-column range of (lower bound, label). */
function skalaArgument(m: Matrix): unknown {
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
}

function single(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return unwrapCell(value);
  const m = asMatrix(value);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  throw new LkipError("#VALUE!", { kode: "SATU_SEL", arg: name });
}

function textArgument(value: unknown, name: string): string {
  const v = single(value, name);
  if (typeof v === "string") return v.trim();
  throw new LkipError("#VALUE!", { kode: "BUKAN_TEKS", arg: name });
}

/** TRUE/FALSE as Excel gives them, or the words a user types. */
function parseBatasi(value: unknown): boolean {
  const v = single(value, "batasi");
  if (isBlank(v)) return false;
  if (typeof v === "boolean") return v;
  const yes = typeof v === "string" || typeof v === "number" ? parseYesNo(String(v)) : null;
  if (yes !== null) return yes;
  throw new LkipError("#VALUE!", { kode: "BATASI_TIDAK_DIKENAL", teks: String(v) });
}
