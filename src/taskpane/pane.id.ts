/**
 * The task pane's words in Indonesian (the first language). A text may hold `{name}` placeholders,
 * filled by `fmt`; pane.en.ts must have the same keys and placeholders (test/texts.test.ts).
 * Words follow Indonesian Excel: "Kesalahan" for an error, as its own messages say.
 */
import type { WriteNote } from "../excel";
import type { Language } from "./i18n";

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
  countsTriwulan: "{row} indikator triwulan (terisi s.d. TW {tw})",
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
    "Baris judul di atas digabung ke baris judul terbawah (misalnya \u201c{example}\u201d) sebelum dijadikan tabel, karena tabel Excel hanya punya satu baris judul.",
  adoptConfirm: "Jadikan tabel {source}",
  adoptDone: "{address} sekarang tabel Excel {source}.",
  adoptTooSmall: "Pilih blok data beserta baris judulnya (sedikitnya dua baris).",
  adoptTaken: "{source} sudah ada di buku kerja ini ({lokasi}).",
  emptyTitle: "Belum ada data LKIP di buku kerja ini",
  emptyBody:
    "Pilih blok data indikator Anda di lembar kerja, termasuk baris judulnya, lalu klik \u201cGunakan pilihan ini sebagai LKIP_IKU\u201d. Atau sisipkan templat kosong dan isi.",
  insertTemplate: "Sisipkan templat kosong",
  templateDone: "Templat kosong disisipkan di lembar {sheets}.",
  templateKinds: {
    tahunan: "Tahunan: IKU, anggaran, belanja",
    triwulan: "Triwulan: realisasi TW I \u2013 TW IV",
  },
  templateNothing: {
    tahunan: "Sumber templat tahunan sudah ada semua; tidak ada yang disisipkan.",
    triwulan: "LKIP_TRIWULAN sudah ada; tidak ada yang disisipkan.",
  },
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
  tahunFromInfo: "Dibaca dari Tahun di LKIP_INFO.",
  tahunFromTitle: "Diambil dari judul tabel di {cell}.",
  tahunChosen: "Dipilih di panel ini.",
  tahunAsk:
    "Tahun laporan belum diketahui (tidak ada di LKIP_INFO, judul kolom, atau judul tabel). Isi tahunnya sebelum membuat tabel.",
  settingsNoInfo:
    "LKIP_INFO tidak ada: pengaturan di sini berlaku untuk panel ini; Simpan ke LKIP_INFO menyimpannya.",
  pembulatan: "Pembulatan",
  pembulatanRound: "ROUND — dibulatkan",
  pembulatanTrunc: "TRUNC — dipotong",
  skala: "Skala kategori",
  triwulan: "Triwulan (Tabel capaian s.d. triwulan)",
  triwulanTerakhir: "Triwulan terakhir yang terisi (TW {tw})",
  triwulanKe: "s.d. Triwulan {tw}",
  triwulanCleared: "(dikosongkan: triwulan terakhir yang terisi)",
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
  kolomTitle: "Kolom yang belum dikenali",
  kolomQuestion: "{sumber}: kolom {kolom} belum ada. Judul mana yang dimaksud?",
  kolomCandidate: "{judul} ({lokasi})",
  kolomUse: "Pakai kolom ini",
  kolomWillAppend:
    "Disimpan di LKIP_INFO sebagai baris baru \u201cKolom {kolom}\u201d = judul pilihan Anda, di {address}; lalu buku kerja dibaca ulang.",
  kolomWillCell:
    "Disimpan di LKIP_INFO: nilai \u201cKolom {kolom}\u201d di {address} (sekarang \u201c{was}\u201d) diganti judul pilihan Anda; lalu buku kerja dibaca ulang.",
  kolomWillNew:
    "LKIP_INFO belum ada: dibuat tabel pengaturan kecil di lembar baru \u201c{sheet}\u201d dengan baris \u201cKolom {kolom}\u201d = judul pilihan Anda; lalu buku kerja dibaca ulang.",
  kolomSaved: "Kolom {kolom} = {judul} disimpan di LKIP_INFO ({address}).",
  infoRowTaken:
    "Baris tepat di bawah LKIP_INFO ({address}) tidak kosong: tidak ada yang ditulis, agar isinya tidak tertimpa. Kosongkan baris itu atau pindahkan isinya, lalu coba lagi.",
  sumberTitle: "Tabel mana yang dipakai?",
  sumberQuestion:
    "Beberapa tabel tanpa nama sama cocoknya sebagai {sumber}. Pilih satu: blok itu dipilih di lembar dan kolom-kolomnya ditunjukkan dulu, seperti \u201cGunakan pilihan ini\u201d; tidak ada yang ditulis sebelum Anda setuju.",
  sumberUse: "Pakai {address}",
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
  bab3Title: "Bab III (naskah)",
  bab3Copy: "Salin Bab III ke Word",
  bab3Copied:
    "Bab III disalin. Tempel di Word (Ctrl+V): judul, kalimat dan tabelnya ikut, dengan angka yang sama dengan tabel.",
  bab3CopyFailed:
    "Bab III tidak dapat disalin di sini. Buat berkas .docx-nya dengan lkip.html atau perintah lkip bab3.",
  bab3Hint:
    "Berkas Word (.docx) yang sama: tombol Unduh Bab III di lkip.html, atau perintah lkip bab3.",
  leftOut: "Tidak dibuat",
  /** WriteResult.note, by its code. */
  writeNotes: {
    GRAFIK_TIDAK_DIBUAT: "Grafik tidak dapat dibuat di Excel ini; tabel tetap ditulis lengkap.",
    SUDAH_DIPERIKSA:
      "Sambungan ke Excel sempat terputus; lembarnya sudah diperiksa ulang: Tabel sudah ditulis lengkap.",
  } satisfies Record<WriteNote, string>,
  rowsLeftOut: "Baris yang dilewati ({n})",
  goToSheet: "Buka lembar",
  confirmReplaceTitle: "Ganti lembar \u201c{sheet}\u201d?",
  confirmReplace: "Lembar ini dibuat oleh add-in sebelumnya. Ganti isinya?",
  replace: "Ganti",
  cancel: "Batal",
  checkTitle: "Pemeriksaan angka laporan",
  checkNone: "Tidak ada temuan.",
  naskahTitle: "Periksa naskah",
  naskahLead:
    "Pilih naskah laporannya (Bab III dsb., .docx atau PDF yang berteks): setiap angka di kalimatnya dibandingkan dengan buku kerja ini. Berkasnya tidak diubah dan tidak dikirim ke mana pun.",
  naskahChoose: "Pilih naskah .docx / .pdf",
  naskahReading: "Membaca {name} …",
  naskahFile: "Naskah: {name}",
  naskahNone: "Tidak ada temuan: setiap angka yang dikenali sama dengan buku kerja.",
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
    NASKAH_ANGKA_BEDA: "Angka di naskah yang berbeda",
    NASKAH_HITUNGAN_SALAH: "Hitungan di naskah yang salah",
    NASKAH_ANGKA_DIBULATKAN: "Angka naskah yang dibulatkan",
    NASKAH_REALISASI_SEBAGAI_CAPAIAN: "Realisasi yang disebut capaian",
    NASKAH_TIDAK_TERBACA: "Naskah tidak terbaca",
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
    "Panel membaca rentang bernama atau tabel Excel LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO dan LKIP_BELANJA. Add-in tidak menulis ke data Anda kecuali saat Anda mengeklik \u201cGunakan pilihan ini\u201d, \u201cPerluas rentang\u201d, \u201cSimpan ke LKIP_INFO\u201d atau \u201cPakai kolom ini\u201d.",
  helpFunctions: "Bantuan fungsi =LKIP.…",
};

export type PaneTexts = typeof id;

export default id;
