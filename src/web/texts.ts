/** The page's texts as dictionaries: Indonesian, and English for browsers that do not ask for it. */
export type Language = "id" | "en";

const id = {
  title: "LKIP di browser",
  lead: "Untuk kantor yang Excel-nya tidak dapat menjalankan add-in LKIP: pilih buku kerja .xlsx yang disusun menurut kontrak buku kerja LKIP, lalu unduh buku kerja berisi lembar tabel LKIP, beserta temuan pemeriksaan angkanya.",
  privacy:
    "Berkas Anda tidak dikirim ke mana pun. Semuanya dihitung di browser ini; halaman ini dilarang membuat sambungan jaringan apa pun (Content-Security-Policy: connect-src 'none'). Anda dapat memutus internet setelah halaman terbuka.",
  drop: "Tarik berkas .xlsx ke sini (beberapa berkas OPD sekaligus menjadi rekap), atau",
  choose: "Pilih berkas .xlsx",
  reading: (name: string) => `Membaca ${name} …`,
  building: "Membuat tabel …",
  done: "Selesai.",
  notXlsx: (name: string) =>
    `${name} bukan berkas .xlsx. Simpan data sebagai "Excel Workbook (*.xlsx)".`,
  failed: "Terjadi kesalahan tak terduga:",
  resultTitle: "Buku kerja dengan tabel LKIP",
  summary: (n: number, sheet: string, tahun: number) =>
    `${n} tabel ditulis ke lembar "${sheet}" (tahun ${tahun}). Berkas Anda sendiri tidak diubah.`,
  noTables: "Tidak ada tabel yang dapat dibuat dari berkas ini; lihat temuan di bawah.",
  download: "Unduh buku kerja",
  leftOut: "Tabel yang tidak dibuat",
  /** One table not made: its number, its (report's, Indonesian) title and the reason. */
  leftOutItem: (n: number, title: string, reason: string) => `Tabel ${n} (${title}): ${reason}`,
  rowsLeftOut: "Baris yang ditinggalkan",
  findings: "Temuan pemeriksaan",
  findingsSummary: (n: number, g: number, p: number, i: number) =>
    n === 0 ? "Tidak ada temuan." : `${n} temuan: ${g} galat, ${p} peringatan, ${i} info.`,
  tingkat: { galat: "GALAT", peringatan: "PERINGATAN", info: "INFO" },
  contract:
    "Kontrak buku kerja: rentang bernama atau tabel Excel LKIP_IKU (wajib), LKIP_ANGGARAN, LKIP_INFO, LKIP_BELANJA — sama seperti add-in dan perintah lkip.",
  rekapTitle: "Rekap buku kerja OPD",
  rekapLead:
    "Beberapa berkas dipilih: setiap .xlsx menjadi satu baris rekap, dihitung dan diperiksa sama seperti perintah lkip rekap.",
  rekapProgress: (done: number, n: number, name: string) => `${done}/${n} ${name}`,
  rekapSummary: (n: number, read: number) =>
    `${n} berkas direkap: ${read} terbaca, ${n - read} tidak. Berkas Anda sendiri tidak diubah.`,
  rekapSkipped: (names: string[]) => `Bukan .xlsx, dilewati: ${names.join(", ")}`,
  rekapCrashed: (name: string) => `${name} tidak dapat diproses; berkas lain tetap direkap.`,
  rekapDownload: "Unduh rekap (.xlsx)",
  rekapHeader: [
    "No",
    "Berkas",
    "Instansi",
    "Tahun",
    "Indikator",
    "Rata-rata capaian (%)",
    "Galat",
    "Peringatan",
    "Keterangan",
  ],
  other: "English",
};

type Texts = typeof id;

const en: Texts = {
  title: "LKIP in the browser",
  lead: "For offices whose Excel cannot run the LKIP add-in: choose an .xlsx workbook laid out as the LKIP workbook contract says, then download a workbook with the LKIP tables sheet, and see the checker's findings.",
  privacy:
    "Your file is not sent anywhere. Everything is computed in this browser; this page is not allowed to open any network connection (Content-Security-Policy: connect-src 'none'). You may disconnect from the internet once the page is open.",
  drop: "Drop an .xlsx file here (several OPD files at once make a rekap), or",
  choose: "Choose an .xlsx file",
  reading: (name: string) => `Reading ${name} …`,
  building: "Building the tables …",
  done: "Done.",
  notXlsx: (name: string) =>
    `${name} is not an .xlsx file. Save the data as "Excel Workbook (*.xlsx)".`,
  failed: "Something unexpected went wrong:",
  resultTitle: "Workbook with the LKIP tables",
  summary: (n: number, sheet: string, tahun: number) =>
    `${n} tables written to the sheet "${sheet}" (year ${tahun}). Your own file is not changed.`,
  noTables: "No table could be made from this file; see the findings below.",
  download: "Download the workbook",
  leftOut: "Tables not made",
  leftOutItem: (n: number, title: string, reason: string) => `Table ${n} (${title}): ${reason}`,
  rowsLeftOut: "Rows left out",
  findings: "Checker findings",
  findingsSummary: (n: number, g: number, p: number, i: number) =>
    n === 0 ? "No findings." : `${n} findings: ${g} errors, ${p} warnings, ${i} notes.`,
  tingkat: { galat: "ERROR", peringatan: "WARNING", info: "NOTE" },
  contract:
    "Workbook contract: named ranges or Excel tables LKIP_IKU (required), LKIP_ANGGARAN, LKIP_INFO, LKIP_BELANJA — as for the add-in and the lkip command.",
  rekapTitle: "Rekap of OPD workbooks",
  rekapLead:
    "Several files chosen: each .xlsx becomes one row of the rekap, computed and checked as the lkip rekap command does.",
  rekapProgress: (done: number, n: number, name: string) => `${done}/${n} ${name}`,
  rekapSummary: (n: number, read: number) =>
    `${n} files in the rekap: ${read} read, ${n - read} not. Your own files are not changed.`,
  rekapSkipped: (names: string[]) => `Not .xlsx, skipped: ${names.join(", ")}`,
  rekapCrashed: (name: string) =>
    `${name} could not be processed; the other files are in the rekap.`,
  rekapDownload: "Download the rekap (.xlsx)",
  rekapHeader: [
    "No",
    "File",
    "Agency",
    "Year",
    "Indicators",
    "Mean capaian (%)",
    "Errors",
    "Warnings",
    "Remarks",
  ],
  other: "Bahasa Indonesia",
};

export const TEXTS: Record<Language, Texts> = { id, en };

/**
 * Indonesian when the browser asks for it before English; English otherwise (the fallback for
 * every other language). `?lang=id|en` overrides.
 */
export function pickLanguage(languages: readonly string[], query = ""): Language {
  const forced = new URLSearchParams(query).get("lang");
  if (forced === "id" || forced === "en") return forced;
  for (const l of languages) {
    const primary = l.toLowerCase().split("-")[0];
    if (primary === "id" || primary === "ms") return "id";
    if (primary === "en") return "en";
  }
  return languages.length === 0 ? "id" : "en";
}
