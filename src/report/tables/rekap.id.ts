/**
 * The rekap workbook's words (TABLES.md "Rekap") in Indonesian, the first language; rekap.en.ts
 * has the same keys (test/texts.test.ts). The column names are the spec's own.
 */
const id = {
  rekap: "Rekap",
  temuan: "Temuan",
  header: [
    "No",
    "Berkas",
    "Instansi",
    "Tahun",
    "Sasaran",
    "Indikator",
    "Rata-rata Capaian (%)",
    "Melebihi",
    "Tercapai",
    "Tidak tercapai",
    "Pagu",
    "Realisasi",
    "Serapan (%)",
    "Galat",
    "Peringatan",
    "Temuan Naskah",
    "Tabel tidak dibuat",
    "Data Bab III",
    "Keterangan",
  ],
  temuanHeader: ["Berkas", "Tingkat", "Kode", "Lokasi", "Pesan"],
  total: "Jumlah",
  files: (n: number, read: number) =>
    `${n} berkas, ${read} terbaca. Serapan jumlah = Σ realisasi / Σ pagu × 100.`,
  none: "Tidak ada temuan.",
  tingkat: { galat: "Galat", peringatan: "Peringatan", info: "Info" },
  ganda: (instansi: string | null, tahun: number | null, other: string) =>
    `Instansi dan tahun sama dengan ${other} (${instansi}, ${tahun}): keduanya direkap terpisah, tidak digabung; periksa apakah salah satunya salinan lama.`,
};

export type RekapWords = typeof id;
export default id;
