/**
 * Words in an indicator's name that say "lower is better" (src/core/README.md §2 arah turun), as data: add a
 * phrase here, not a branch in the checker. Matched as whole words, case and punctuation ignored.
 */
export const FRASA_MAKIN_RENDAH_MAKIN_BAIK: readonly string[] = [
  "angka kematian",
  "kematian ibu",
  "kematian bayi",
  "kematian balita",
  "kematian neonatal",
  "prevalensi",
  "angka kesakitan",
  "insiden",
  "incidence rate",
  "tingkat pengangguran",
  "angka pengangguran",
  "persentase penduduk miskin",
  "jumlah penduduk miskin",
  "angka kemiskinan",
  "tingkat kemiskinan",
  "indeks kedalaman kemiskinan",
  "indeks keparahan kemiskinan",
  "rasio gini",
  "indeks gini",
  "gini ratio",
  "tingkat inflasi",
  "laju inflasi",
  "angka putus sekolah",
  "angka buta aksara",
  "buta huruf",
  "balita stunting",
  "balita gizi buruk",
  "angka kriminalitas",
  "tingkat kriminalitas",
  "angka kejahatan",
  "tingkat kejahatan",
  "angka kecelakaan",
  "jumlah kecelakaan",
  "luas kawasan kumuh",
  "luas permukiman kumuh",
  "lahan kritis",
  "luas genangan",
  "kehilangan air",
  "perkawinan anak",
  "waktu tunggu",
];

/**
 * Words that turn such a name around: "Persentase penurunan angka kematian" or "Persentase balita
 * stunting yang ditangani" measure progress, so higher is better.
 */
export const FRASA_PEMBALIK: readonly string[] = [
  "penurunan",
  "menurunnya",
  "turunnya",
  "berkurangnya",
  "pengurangan",
  "penanganan",
  "tertangani",
  "ditangani",
  "pengentasan",
  "terentaskan",
  "penanggulangan",
];

/** Satuan values that mean percent points (src/core/README.md §0, mixing fractions and percent points). */
const SATUAN_PERSEN: readonly string[] = ["persen", "%", "persentase", "prosen"];

function kata(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/%/g, " % ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()} `;
}

/** A list with each phrase's words, normalised once (the checker asks for every indicator). */
const normalised = (frasa: readonly string[]) => frasa.map((f) => ({ f, k: kata(f) }));
const PEMBALIK = normalised(FRASA_PEMBALIK);
const MAKIN_RENDAH = normalised(FRASA_MAKIN_RENDAH_MAKIN_BAIK);
const PERSEN = new Set(SATUAN_PERSEN.map(kata));

function memuat(teks: string, frasa: readonly { f: string; k: string }[]): string | null {
  const t = kata(teks);
  return frasa.find(({ k }) => t.includes(k))?.f ?? null;
}

/** The phrase that makes the name read lower-is-better, or null. */
export function frasaMakinRendah(nama: string): string | null {
  if (memuat(nama, PEMBALIK) !== null) return null;
  return memuat(nama, MAKIN_RENDAH);
}

export function satuanPersen(satuan: string): boolean {
  return PERSEN.has(kata(satuan));
}
