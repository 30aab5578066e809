/**
 * The words of the "Catatan Pemeriksaan" table in Indonesian, the first language;
 * catatan-pemeriksaan.en.ts has the same keys (test/texts.test.ts).
 */
const id = {
  title: "Catatan Pemeriksaan",
  header: ["No", "Tingkat", "Lokasi", "Temuan", "Tertulis", "Seharusnya"],
  tingkat: { galat: "Galat", peringatan: "Peringatan", info: "Info" },
  none: "Tidak ada temuan.",
  counts: (n: number, galat: number, peringatan: number, info: number) =>
    `${n} temuan: ${galat} galat, ${peringatan} peringatan, ${info} info. Galat = angka atau data yang salah; peringatan = perlu diperiksa; info = keterangan.`,
};

export type CatatanWords = typeof id;
export default id;
