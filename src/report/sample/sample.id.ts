/**
 * The words the sample data writes into its sheets beside the report's figures, in Indonesian,
 * the first language; sample.en.ts has the same keys (test/texts.test.ts).
 */
const id = {
  /** Above the quarterly sheet: its figures are not the report's. */
  triwulanNote:
    "Contoh: angka triwulan dikarang untuk peragaan (bukan angka laporan); realisasi s.d. TW IV sama dengan realisasi tahunan di Data IKU.",
};

export type SampleWords = typeof id;
export default id;
