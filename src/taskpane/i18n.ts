/**
 * UI texts as dictionaries: Indonesian first, English when Office's display language is English.
 * A text may hold `{name}` placeholders, filled by `fmt` (components get it from TextsContext).
 * Words follow Indonesian Excel: "Kesalahan" for an error, as its own messages say.
 */
import type { WriteNote } from "../excel";

export type Language = "id" | "en";

const id = {
  /** The language of findings' messages (findingText). */
  lang: "id" as Language,
  title: "Tabel LKIP",
  loading: "Membaca buku kerja…",
  notInExcel: "Panel ini berjalan di Microsoft Excel.",
  notInExcelHelp:
    "Buka buku kerja di Excel (desktop atau web) dan jalankan add-in LKIP dari tab Beranda. Fungsi =LKIP.CAPAIAN dan lainnya juga hanya tersedia di Excel.",
  tabData: "Data",
  tabCheck: "Periksa ({n})",
  sources: "Sumber data",
  sourceMissing: "belum ada",
  sourceUnusable: "kolom wajib belum lengkap",
  counts:
    "{indikator} indikator · {sasaran} sasaran · {anggaran} baris anggaran · {belanja} jenis belanja",
  needs: {
    LKIP_IKU: "Satu baris per indikator, dengan kolom Sasaran, Indikator, Target dan Realisasi.",
    LKIP_ANGGARAN:
      "Satu baris per program atau kegiatan: Sasaran, Program, Pagu, Realisasi. Untuk tabel anggaran.",
    LKIP_INFO: "Dua kolom (kunci, nilai): Instansi, Tahun, Pembulatan, Skala. Tidak wajib.",
    LKIP_BELANJA: "Jenis Belanja, Pagu, Realisasi. Tidak wajib.",
    LKIP_TRIWULAN:
      "Satu baris per indikator: Indikator, Jenis, Realisasi TW I … TW IV. Untuk capaian per triwulan; tidak wajib.",
  },
  useSelection: "Gunakan pilihan ini sebagai {source}",
  readingSelection: "Membaca pilihan…",
  adoptTitle: "Pilihan {address} sebagai {source}",
  adoptRecognised: "Kolom yang dikenali",
  adoptMissing: "Kolom wajib yang belum ada",
  adoptNoneMissing: "Semua kolom wajib ada.",
  adoptIgnored: "Kolom yang diabaikan",
  adoptTwoRows: "Judul dua baris: baris atas dibaca bersama baris bawahnya ({example}).",
  adoptExplain:
    "Rentang ini akan dijadikan tabel Excel bernama {source}; nilai dan tampilan sel tidak berubah, dan baris yang ditambahkan nanti ikut terbaca.",
  adoptTwoRowExplain:
    "Baris judul atas digabung ke baris bawah (misalnya \u201c{example}\u201d) sebelum dijadikan tabel, karena tabel Excel hanya punya satu baris judul.",
  adoptConfirm: "Jadikan tabel {source}",
  adoptDone: "{address} sekarang tabel Excel {source}.",
  adoptTooSmall: "Pilih blok data beserta baris judulnya (sedikitnya dua baris).",
  adoptTaken: "{source} sudah ada di buku kerja ini ({lokasi}).",
  emptyTitle: "Belum ada data LKIP di buku kerja ini",
  emptyBody:
    "Pilih blok data indikator Anda di lembar kerja, termasuk baris judulnya, lalu klik \u201cGunakan pilihan ini sebagai LKIP_IKU\u201d. Atau sisipkan templat kosong dan isi.",
  insertTemplate: "Sisipkan templat kosong",
  templateDone: "Templat kosong disisipkan di lembar {sheets}.",
  trySample: "Coba dengan contoh",
  sampleDone: "Contoh data disisipkan di lembar {sheets}.",
  confirmSampleTitle: "Ganti contoh data?",
  confirmSample:
    "Lembar contoh ({sheets}) sudah ada. Ganti dengan contoh yang baru? Lembar lain tidak disentuh.",
  reread: "Baca ulang",
  settings: "Pengaturan",
  settingsFrom: "Dibaca dari LKIP_INFO; perubahan di sini berlaku untuk panel ini sampai disimpan.",
  tahun: "Tahun",
  tahunInvalid: "Isi tahun empat angka, misalnya 2024.",
  tahunFromHeaders: "Diambil dari judul kolom LKIP_IKU.",
  pembulatan: "Pembulatan",
  pembulatanRound: "ROUND — dibulatkan",
  pembulatanTrunc: "TRUNC — dipotong",
  skala: "Skala kategori",
  skalaNames: {
    kategori: "Kategori capaian (Sangat baik … Sangat kurang)",
    permendagri86: "Permendagri 86/2017 (Sangat Tinggi … Sangat Rendah)",
  },
  batasi: "Batasi capaian 100 % untuk efisiensi",
  saveSettings: "Simpan ke LKIP_INFO",
  confirmSaveTitle: "Simpan pengaturan ke LKIP_INFO?",
  confirmSave: "Nilai-nilai ini akan ditulis ke LKIP_INFO:",
  confirmSaveNew:
    "Buku kerja belum punya LKIP_INFO: dibuat tabel pengaturan kecil di lembar {sheet}.",
  save: "Simpan",
  settingsSaved: "Pengaturan disimpan ke {address}.",
  problems: "Masalah pada data",
  noProblems: "Tidak ada masalah pada data.",
  tables: "Tabel yang dibuat ({n} dari {total})",
  build: "Buat Tabel",
  stepOf: "Langkah {n} dari {total}: {label}",
  steps: {
    membaca: "membaca data…",
    memeriksa: "memeriksa data…",
    menghitung: "menyusun tabel…",
    menulis: "menulis tabel…",
  },
  needIku: "Tabel dibuat setelah LKIP_IKU ada.",
  summary: "Selesai: {n} tabel ditulis ke lembar \u201c{sheet}\u201d",
  leftOut: "Tidak dibuat",
  /** WriteResult.note, by its code. */
  writeNotes: {
    GRAFIK_TIDAK_DIBUAT: "Grafik tidak dapat dibuat di Excel ini; tabel tetap ditulis lengkap.",
  } satisfies Record<WriteNote, string>,
  rowsLeftOut: "Baris yang dilewati ({n})",
  goToSheet: "Buka lembar",
  confirmReplaceTitle: "Ganti lembar \u201c{sheet}\u201d?",
  confirmReplace: "Lembar ini dibuat oleh add-in sebelumnya. Ganti isinya?",
  replace: "Ganti",
  cancel: "Batal",
  checkTitle: "Pemeriksaan angka laporan",
  checkNone: "Tidak ada temuan.",
  writeCatatan: "Tulis lembar Catatan Pemeriksaan",
  catatanDone: "Catatan pemeriksaan ditulis ke lembar \u201c{sheet}\u201d.",
  bannerErrors: "Angka laporan di buku kerja ini memuat {n} kesalahan.",
  bannerShow: "Lihat di Periksa",
  tingkat: { galat: "Kesalahan", peringatan: "Peringatan", info: "Info" },
  tingkatCounts: "{galat} kesalahan · {peringatan} peringatan · {info} info",
  groups: {
    CAPAIAN_BEDA: "Capaian yang tertulis berbeda",
    PREDIKAT_BEDA: "Predikat yang tertulis berbeda",
    KATEGORI_BEDA: "Kategori yang tertulis berbeda",
    EFISIENSI_BEDA: "Efisiensi yang tertulis berbeda",
    SERAPAN_BEDA: "Serapan yang tertulis berbeda",
    SUMBER_TIDAK_ADA: "Sumber data belum ada",
    KOLOM_TIDAK_ADA: "Kolom wajib belum ada",
    BARIS_DI_LUAR_RENTANG: "Baris di luar rentang bernama",
    other: "Lainnya",
  },
  written: "Tertulis",
  computed: "Seharusnya",
  details: "Rincian",
  noCell: "tanpa sel",
  goToCell: "Pilih sel {address}",
  extendRange: "Perluas rentang",
  extended: "{source} sekarang merujuk ke {address}.",
  error: "Terjadi kesalahan",
  close: "Tutup",
  help: "Bantuan",
  helpBody:
    "Panel membaca rentang bernama atau tabel Excel LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO dan LKIP_BELANJA. Add-in tidak menulis ke data Anda kecuali saat Anda mengeklik \u201cGunakan pilihan ini\u201d, \u201cPerluas rentang\u201d atau \u201cSimpan ke LKIP_INFO\u201d.",
  helpFunctions: "Bantuan fungsi =LKIP.…",
};

export type Texts = typeof id;

const en: Texts = {
  lang: "en",
  title: "LKIP tables",
  loading: "Reading the workbook…",
  notInExcel: "This pane runs in Microsoft Excel.",
  notInExcelHelp:
    "Open a workbook in Excel (desktop or web) and start the LKIP add-in from the Home tab. The =LKIP.CAPAIAN functions and the others are only available in Excel.",
  tabData: "Your data",
  tabCheck: "Check ({n})",
  sources: "Data sources",
  sourceMissing: "not found",
  sourceUnusable: "required columns missing",
  counts:
    "{indikator} indicators · {sasaran} goals · {anggaran} budget lines · {belanja} spending types",
  needs: {
    LKIP_IKU: "One row per indicator, with the columns Sasaran, Indikator, Target and Realisasi.",
    LKIP_ANGGARAN:
      "One row per program or activity: Sasaran, Program, Pagu, Realisasi. For the budget tables.",
    LKIP_INFO: "Two columns (key, value): Instansi, Tahun, Pembulatan, Skala. Optional.",
    LKIP_BELANJA: "Jenis Belanja, Pagu, Realisasi. Optional.",
    LKIP_TRIWULAN:
      "One row per indicator: Indikator, Jenis, Realisasi TW I … TW IV. For quarterly progress; optional.",
  },
  useSelection: "Use this selection as {source}",
  readingSelection: "Reading the selection…",
  adoptTitle: "Selection {address} as {source}",
  adoptRecognised: "Columns recognised",
  adoptMissing: "Required columns missing",
  adoptNoneMissing: "All required columns are there.",
  adoptIgnored: "Columns ignored",
  adoptTwoRows: "Two-row header: the top row is read with the row below it ({example}).",
  adoptExplain:
    "This range becomes an Excel table named {source}; the cells' values and look stay as they are, and rows added later are read too.",
  adoptTwoRowExplain:
    "The top header row is joined into the row below (e.g. \u201c{example}\u201d) before the table is made, because an Excel table has one header row.",
  adoptConfirm: "Make it table {source}",
  adoptDone: "{address} is now the Excel table {source}.",
  adoptTooSmall: "Select the data block with its header row (at least two rows).",
  adoptTaken: "{source} already exists in this workbook ({lokasi}).",
  emptyTitle: "No LKIP data in this workbook yet",
  emptyBody:
    "Select your indicator data on the sheet, header row included, then click \u201cUse this selection as LKIP_IKU\u201d. Or insert an empty template and fill it in.",
  insertTemplate: "Insert empty template",
  templateDone: "Empty template inserted on sheet {sheets}.",
  trySample: "Try with the sample",
  sampleDone: "Sample data inserted on sheet {sheets}.",
  confirmSampleTitle: "Replace the sample data?",
  confirmSample:
    "The sample sheets ({sheets}) exist already. Replace them with a fresh sample? Other sheets are not touched.",
  reread: "Read again",
  settings: "Settings",
  settingsFrom: "Read from LKIP_INFO; changes here apply to this pane until saved.",
  tahun: "Year",
  tahunInvalid: "Enter a four-digit year, e.g. 2024.",
  tahunFromHeaders: "Taken from the LKIP_IKU column headers.",
  pembulatan: "Rounding",
  pembulatanRound: "ROUND — rounded",
  pembulatanTrunc: "TRUNC — truncated",
  skala: "Category scale",
  skalaNames: {
    kategori: "Achievement categories (Sangat baik … Sangat kurang)",
    permendagri86: "Permendagri 86/2017 (Sangat Tinggi … Sangat Rendah)",
  },
  batasi: "Cap capaian at 100 % for efficiency",
  saveSettings: "Save to LKIP_INFO",
  confirmSaveTitle: "Save the settings to LKIP_INFO?",
  confirmSave: "These values will be written to LKIP_INFO:",
  confirmSaveNew:
    "The workbook has no LKIP_INFO yet: a small settings table is made on sheet {sheet}.",
  save: "Save",
  settingsSaved: "Settings saved to {address}.",
  problems: "Problems in the data",
  noProblems: "No problems in the data.",
  tables: "Tables to build ({n} of {total})",
  build: "Build tables",
  stepOf: "Step {n} of {total}: {label}",
  steps: {
    membaca: "reading the data…",
    memeriksa: "checking the data…",
    menghitung: "laying out the tables…",
    menulis: "writing the tables…",
  },
  needIku: "Tables can be built once LKIP_IKU exists.",
  summary: "Done: {n} tables written to sheet \u201c{sheet}\u201d",
  leftOut: "Not built",
  writeNotes: {
    GRAFIK_TIDAK_DIBUAT: "Charts could not be made in this Excel; the tables were written in full.",
  },
  rowsLeftOut: "Rows left out ({n})",
  goToSheet: "Go to sheet",
  confirmReplaceTitle: "Replace sheet \u201c{sheet}\u201d?",
  confirmReplace: "This sheet was made by the add-in earlier. Replace it?",
  replace: "Replace",
  cancel: "Cancel",
  checkTitle: "Checking the report's numbers",
  checkNone: "No findings.",
  writeCatatan: "Write the findings to a sheet",
  catatanDone: "Findings written to sheet \u201c{sheet}\u201d.",
  bannerErrors: "The report's figures in this workbook contain {n} errors.",
  bannerShow: "Show in Check",
  tingkat: { galat: "Error", peringatan: "Warning", info: "Note" },
  tingkatCounts: "{galat} errors · {peringatan} warnings · {info} notes",
  groups: {
    CAPAIAN_BEDA: "Capaian written differently",
    PREDIKAT_BEDA: "Predikat written differently",
    KATEGORI_BEDA: "Kategori written differently",
    EFISIENSI_BEDA: "Efisiensi written differently",
    SERAPAN_BEDA: "Serapan written differently",
    SUMBER_TIDAK_ADA: "Data source missing",
    KOLOM_TIDAK_ADA: "Required column missing",
    BARIS_DI_LUAR_RENTANG: "Rows outside a named range",
    other: "Other",
  },
  written: "Written",
  computed: "Should be",
  details: "Details",
  noCell: "no cell",
  goToCell: "Select cell {address}",
  extendRange: "Extend the range",
  extended: "{source} now refers to {address}.",
  error: "Something went wrong",
  close: "Close",
  help: "Help",
  helpBody:
    "The pane reads the named ranges or Excel tables LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO and LKIP_BELANJA. The add-in never writes into your data except when you click \u201cUse this selection\u201d, \u201cExtend the range\u201d or \u201cSave to LKIP_INFO\u201d.",
  helpFunctions: "Help on the =LKIP.… functions",
};

export const TEXTS: Record<Language, Texts> = { id, en };

/** Fills `{name}` placeholders; a placeholder without a value stays visible (a bug to see). */
export function fmt(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
