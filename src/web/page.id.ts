/**
 * The browser page's words (lkip.html) in Indonesian, the first language; page.en.ts must have the
 * same keys, and its texts show the same parameters (test/texts.test.ts).
 */
const id = {
  title: "LKIP di browser",
  lead: "Untuk kantor yang Excel-nya tidak dapat menjalankan add-in LKIP: pilih buku kerja .xlsx yang disusun menurut kontrak buku kerja LKIP, lalu unduh buku kerja berisi lembar tabel LKIP, beserta temuan pemeriksaan angkanya.",
  privacy:
    "Berkas Anda tidak dikirim ke mana pun. Semuanya dihitung di browser ini; halaman ini dilarang membuat sambungan jaringan apa pun (Content-Security-Policy: connect-src 'none'). Anda dapat memutus internet setelah halaman terbuka.",
  drop: "Tarik berkas .xlsx ke sini (beberapa berkas OPD sekaligus menjadi rekap), atau",
  choose: "Pilih berkas .xlsx",
  reading: (name: string) => `Membaca ${name} …`,
  readingSheet: (done: number, total: number) => `Membaca lembar ${done} dari ${total}…`,
  building: "Membuat tabel …",
  done: "Selesai.",
  notXlsx: (name: string) =>
    `${name} bukan berkas .xlsx. Simpan data sebagai "Excel Workbook (*.xlsx)".`,
  failed: "Terjadi kesalahan tak terduga:",
  resultTitle: "Buku kerja dengan tabel LKIP",
  resultFor: (name: string) => `Hasil untuk berkas ${name}`,
  summary: (n: number, sheet: string, tahun: number) =>
    `${n} tabel ditulis ke lembar "${sheet}" (tahun ${tahun}). Berkas Anda sendiri tidak diubah.`,
  noTables: "Tidak ada tabel yang dapat dibuat dari berkas ini; lihat temuan di bawah.",
  download: "Unduh buku kerja",
  downloadBab3: "Unduh Bab III (.docx)",
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
  rekapSkipped: (names: string) => `Bukan .xlsx, dilewati: ${names}`,
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
  // ---- the reader's questions about the file (issue 21): the page's --kolom, --tahun, --sumber
  questionsTitle: "Pertanyaan tentang berkas ini",
  questionsLead:
    "Jawaban Anda hanya berlaku untuk berkas ini di halaman ini; berkas Anda tidak diubah, dan berkas baru dimulai tanpa jawaban.",
  kolomQuestion: (sumber: string, kolom: string) =>
    `${sumber}: kolom ${kolom} belum ada. Judul mana yang dimaksud?`,
  kolomCandidate: (judul: string, address: string) => `${judul} (${address})`,
  kolomUse: "Pakai kolom ini",
  tahunQuestion:
    "Tahun laporan tidak disebut di mana pun (LKIP_INFO, judul kolom, judul tabel), jadi belum ada tabel yang dibuat. Tahun berapa?",
  tahunLabel: "Tahun laporan",
  tahunUse: "Pakai tahun ini",
  tahunInvalid: "Isi tahun empat angka, misalnya 2024.",
  sumberQuestion: (sumber: string) =>
    `Beberapa tabel tanpa nama sama cocoknya sebagai ${sumber}. Mana yang dipakai?`,
  sumberUse: (address: string) => `Pakai ${address}`,
  chosenTitle: "Dipilih di halaman ini",
  chosenKolom: (kolom: string, judul: string) =>
    `Kolom ${kolom} = ${judul} (dipilih di halaman ini)`,
  chosenTahun: (tahun: number) => `Tahun ${tahun} (dipilih di halaman ini)`,
  chosenSumber: (sumber: string, address: string) =>
    `${sumber} = ${address} (dipilih di halaman ini)`,
  chosenKeep:
    "Agar tidak ditanya lagi, tulis jawaban yang sama di buku kerja: baris Kolom … dan Tahun di LKIP_INFO, atau rentang bernama untuk tabelnya.",
  // ---- the naskah (the report's own text, RULES §15)
  naskahTitle: "Periksa naskah",
  naskahLead:
    "Pilih juga naskah laporannya (Bab III dsb., .docx atau PDF yang berteks): setiap angka di kalimatnya dibandingkan dengan buku kerja di atas, dan temuan disebut per paragraf beserta kutipannya.",
  naskahChoose: "Pilih naskah .docx / .pdf",
  naskahReading: (name: string) => `Membaca naskah ${name} …`,
  naskahWaiting: (name: string) =>
    `Naskah ${name} siap; pilih buku kerja .xlsx-nya di atas, lalu naskah diperiksa terhadapnya.`,
  naskahNotDoc: (name: string) =>
    `${name} bukan dokumen .docx atau .pdf. Simpan naskah laporan sebagai "Word Document (*.docx)" atau PDF.`,
  naskahSummary: (name: string, n: number, g: number, p: number, i: number) =>
    n === 0
      ? `Naskah ${name}: tidak ada temuan; setiap angka yang dapat dikenali sama dengan buku kerja.`
      : `Naskah ${name}: ${n} temuan: ${g} galat, ${p} peringatan, ${i} info.`,
};

export type PageTexts = typeof id;

export default id;
