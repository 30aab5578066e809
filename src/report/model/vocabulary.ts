/**
 * The header vocabulary (WORKBOOK.md "One vocabulary"): every column of every data source, the
 * headers accepted for it and where it is required. Data only; columns.ts does the matching.
 */

export type IkuKolom =
  | "tujuan"
  | "sasaran"
  | "indikator"
  | "target"
  | "realisasi"
  | "no"
  | "satuan"
  | "formulasi"
  | "arah"
  | "targetRenstra"
  | "targetAkhirRenstra"
  | "bobot"
  | "standarNasional"
  // Typed by hand; only the checker compares them (an extension of WORKBOOK.md).
  | "capaian"
  | "predikat"
  | "kategori"
  | "efisiensi"
  | "serapan";
export type AnggaranKolom =
  | "sasaran"
  | "indikator"
  | "program"
  | "kegiatan"
  | "subKegiatan"
  | "pagu"
  | "realisasi"
  | "serapan";
export type BelanjaKolom = "jenis" | "pagu" | "realisasi";
/** The quarter of a quarterly column: TW I … TW IV (RULES §14). */
export type Tw = 1 | 2 | 3 | 4;
export type TriwulanKolom =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "arah"
  | "jenis"
  | "target"
  | "pagu"
  | `targetTw${Tw}`
  | `realisasiTw${Tw}`
  | `anggaranTw${Tw}`;

export type DataSource = "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN";

/**
 * One entry of the header vocabulary (WORKBOOK.md "One vocabulary"): a column, the headers
 * accepted for it, and the sources that have it. The same entry serves every source it names,
 * so a header accepted for Sasaran in LKIP_IKU is accepted in LKIP_ANGGARAN too.
 */
export interface Kosakata {
  key: string;
  /** The name used in messages: the one WORKBOOK.md gives. */
  label: string;
  /** Other headers accepted, as a user writes them ("{tahun}" = the report year). */
  aliases: string[];
  /** The sources with this column, and whether it is required there. */
  sources: Partial<Record<DataSource, boolean>>;
  /** Headers accepted only in one source, where they cannot mean anything else. */
  only?: Partial<Record<DataSource, string[]>>;
}

/**
 * Every accepted header. Year-bearing headers ("Realisasi 2023", "Target Renstra 2026") are
 * matched by matchIkuYear; they are listed here with {tahun} so that the README names them.
 */
export const KOSAKATA: readonly Kosakata[] = [
  { key: "tujuan", label: "Tujuan", aliases: ["Tujuan Strategis"], sources: { LKIP_IKU: false } },
  {
    key: "sasaran",
    label: "Sasaran",
    aliases: [
      "Sasaran Strategis",
      "Tujuan/Sasaran",
      "Tujuan/Sasaran Strategis",
      "Sasaran Program",
      "No Sasaran",
    ],
    sources: { LKIP_IKU: true, LKIP_ANGGARAN: true, LKIP_TRIWULAN: false },
  },
  {
    key: "indikator",
    label: "Indikator",
    aliases: [
      "Indikator Kinerja",
      "Indikator Kinerja Utama",
      "Indikator Sasaran",
      "Indikator Kinerja Sasaran",
      "IKU",
    ],
    sources: { LKIP_IKU: true, LKIP_ANGGARAN: false, LKIP_TRIWULAN: true },
  },
  {
    key: "target",
    label: "Target",
    aliases: ["Target {tahun}", "Target PK", "Target Kinerja"],
    sources: { LKIP_IKU: true },
  },
  {
    key: "realisasi",
    label: "Realisasi",
    aliases: ["Realisasi {tahun}", "Realisasi Kinerja"],
    sources: { LKIP_IKU: true },
  },
  {
    key: "no",
    label: "No",
    aliases: ["Nomor", "No."],
    sources: { LKIP_IKU: false, LKIP_TRIWULAN: false },
  },
  {
    key: "satuan",
    label: "Satuan",
    aliases: ["Unit"],
    sources: { LKIP_IKU: false, LKIP_TRIWULAN: false },
  },
  {
    key: "formulasi",
    label: "Formulasi",
    aliases: ["Formula", "Rumus"],
    sources: { LKIP_IKU: false },
  },
  {
    key: "arah",
    label: "Arah",
    aliases: ["Polaritas"],
    sources: { LKIP_IKU: false, LKIP_TRIWULAN: false },
  },
  {
    key: "targetRenstra",
    label: "Target Renstra",
    aliases: ["Target Renstra {tahun}", "Target Renstra Tahun {tahun}"],
    sources: { LKIP_IKU: false },
  },
  {
    key: "targetAkhirRenstra",
    label: "Target Akhir Renstra",
    aliases: [
      "Target Akhir Periode Renstra",
      "Target Akhir Renstra {tahun akhir}",
      "Target Renstra {tahun akhir}",
    ],
    sources: { LKIP_IKU: false },
  },
  { key: "bobot", label: "Bobot", aliases: ["Weight"], sources: { LKIP_IKU: false } },
  {
    // Bab III item 4 (TABLES.md): the national standard, a number or a text ("100 %", "Tersedia").
    key: "standarNasional",
    label: "Standar Nasional",
    aliases: ["Standar Nasional {tahun}", "SPM", "Target Nasional"],
    sources: { LKIP_IKU: false },
  },
  {
    key: "capaian",
    label: "Capaian",
    // The {tahun} forms as reports print them ("Capaian 2020 (%)"), read like "Target {tahun}":
    // WORKBOOK.md lists the year only for Target and Realisasi.
    aliases: [
      "% Capaian",
      "Capaian (%)",
      "Capaian Kinerja",
      "Capaian {tahun}",
      "% Capaian {tahun}",
      "Capaian Kinerja {tahun}",
    ],
    sources: { LKIP_IKU: false },
    // WORKBOOK: in LKIP_IKU the only percent column beside Target and Realisasi is the capaian.
    only: { LKIP_IKU: ["%"] },
  },
  { key: "predikat", label: "Predikat", aliases: [], sources: { LKIP_IKU: false } },
  { key: "kategori", label: "Kategori", aliases: [], sources: { LKIP_IKU: false } },
  {
    key: "efisiensi",
    label: "Efisiensi",
    aliases: ["Tingkat Efisiensi"],
    sources: { LKIP_IKU: false },
  },
  {
    key: "serapan",
    label: "Serapan",
    aliases: ["Penyerapan Anggaran", "Serapan Anggaran"],
    sources: { LKIP_IKU: false, LKIP_ANGGARAN: false },
    // Beside Pagu and Realisasi a bare "%" (or "Realisasi (%)", as budget tables print it) is
    // their serapan; in LKIP_IKU it would be a capaian.
    only: {
      LKIP_ANGGARAN: [
        "%",
        "Persen",
        "Persentase",
        "Realisasi (%)",
        "Realisasi Anggaran (%)",
        "Capaian Realisasi Anggaran (%)",
      ],
    },
  },
  { key: "program", label: "Program", aliases: [], sources: { LKIP_ANGGARAN: true } },
  { key: "kegiatan", label: "Kegiatan", aliases: [], sources: { LKIP_ANGGARAN: false } },
  {
    key: "subKegiatan",
    label: "Sub Kegiatan",
    aliases: ["Subkegiatan"],
    sources: { LKIP_ANGGARAN: false },
  },
  {
    key: "pagu",
    label: "Pagu",
    aliases: [
      "Pagu Anggaran",
      "Anggaran",
      "Anggaran (Rp)",
      "Alokasi",
      "Alokasi Anggaran",
      "Jumlah",
    ],
    sources: { LKIP_ANGGARAN: true, LKIP_BELANJA: true, LKIP_TRIWULAN: false },
  },
  {
    // Realisasi of money: a different column from the indicators' Realisasi, same header.
    key: "realisasi",
    label: "Realisasi",
    aliases: ["Realisasi Anggaran", "Realisasi (Rp)"],
    sources: { LKIP_ANGGARAN: true, LKIP_BELANJA: false },
  },
  {
    key: "jenis",
    label: "Jenis Belanja",
    aliases: ["Jenis"],
    sources: { LKIP_BELANJA: true },
  },
  // LKIP_TRIWULAN (WORKBOOK.md, RULES §14). "Target {tahun}" is matched by matchTriwulanYear.
  {
    key: "jenis",
    label: "Jenis",
    aliases: ["Sifat", "Jenis Indikator", "Cara Hitung"],
    sources: { LKIP_TRIWULAN: false },
  },
  {
    key: "target",
    label: "Target",
    aliases: ["Target Tahunan", "Target {tahun}"],
    sources: { LKIP_TRIWULAN: false },
  },
  ...quarterEntries("targetTw", ["Target"]),
  ...quarterEntries("realisasiTw", ["Realisasi", ""]),
  ...quarterEntries("anggaranTw", ["Realisasi Anggaran", "Anggaran"]),
];

/**
 * The four quarterly columns of one kind (WORKBOOK.md LKIP_TRIWULAN): "Realisasi TW I",
 * "Realisasi Triwulan I", "Realisasi TW 1", "Realisasi Q1", and the same after each other head
 * ("" = the quarter alone: "TW I" is a realisasi). A two-row header ("Realisasi" above "TW I")
 * arrives joined (recognize.ts joinHeaderRows).
 */
function quarterEntries(key: string, heads: string[]): Kosakata[] {
  return ["I", "II", "III", "IV"].map((roman, i) => {
    const n = i + 1;
    const forms = [`TW ${roman}`, `Triwulan ${roman}`, `TW ${n}`, `Triwulan ${n}`, `Q${n}`];
    const all = heads.flatMap((h) => forms.map((f) => (h === "" ? f : `${h} ${f}`)));
    return {
      key: `${key}${n}`,
      label: all[0],
      aliases: all.slice(1),
      sources: { LKIP_TRIWULAN: false },
    };
  });
}
