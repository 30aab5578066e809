/**
 * The `lkip` command's words in Indonesian, the first language; cli.en.ts has the same keys, the
 * same placeholders and shows the same parameters (test/texts.test.ts). The command picks the
 * language from the locale (lang.ts `cliLang`). Findings, reasons and read failures keep their own
 * dictionaries (src/report); here only what the command itself says.
 */
const id = {
  help: {
    main: `lkip — tabel LKIP dan pemeriksaan angka dari buku kerja Excel (.xlsx), tanpa Excel

Pemakaian:
  lkip tabel <masukan.xlsx> -o <keluaran.xlsx> [--timpa]
  lkip bab3 <masukan.xlsx> -o <BAB3.docx> [--timpa]
  lkip periksa <masukan.xlsx> [--laporan <naskah.docx|pdf>] [--json]
  lkip rekap <folder|berkas.xlsx>... -o <rekap.xlsx> [--timpa] [--json]
  lkip demo

Perintah:
  tabel     membuat tabel-tabel LKIP pada lembar "Tabel LKIP {tahun}" di buku kerja BARU
  bab3      menulis Bab III (Akuntabilitas Kinerja) sebagai dokumen Word BARU (.docx)
  periksa   memeriksa data dan angka yang diketik (capaian, kategori, serapan, ...) terhadap aturan
  rekap     merekap buku kerja banyak OPD sekaligus: satu baris per berkas, beserta temuannya
  demo      menjalankan tabel dan periksa pada contoh data (assets/contoh-lkip-2024.xlsx)

Buku kerja masukan memuat rentang bernama atau tabel Excel LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO,
LKIP_BELANJA dan LKIP_TRIWULAN (lihat src/report/model/WORKBOOK.md). Berkas masukan tidak pernah diubah.

Kode keluar: 0 berhasil, 1 gagal (berkas tak terbaca, tidak ada tabel yang dapat dibuat, atau
periksa menemukan galat), 2 salah pemakaian.

"lkip <perintah> --help" menjelaskan tiap perintah.
Bahasa: Inggris bila lokal (LC_ALL, bila kosong LC_MESSAGES, lalu LANG) berawal "en".
`,
    tabel: `lkip tabel <masukan.xlsx> -o <keluaran.xlsx> [--timpa] [--tahun N] [--kolom K=J]

Membaca LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO, LKIP_BELANJA dan LKIP_TRIWULAN dari <masukan.xlsx>,
menyusun tabel standar LKIP (di pertengahan tahun LKIP_TRIWULAN saja: Tabel capaian s.d. triwulan), dan menulis buku kerja BARU <keluaran.xlsx> berisi lembar "Tabel LKIP {tahun}".
Berkas masukan tidak pernah ditulis, jadi grafik, pivot, makro dan isi lainnya tetap utuh di sana.
Baris yang bermasalah ditinggalkan dan disebutkan beserta alamat selnya ('Data IKU'!G7).

Pilihan:
  -o, --keluaran <berkas>   berkas .xlsx yang ditulis (wajib; tidak boleh sama dengan masukan)
  --timpa                   boleh menimpa <keluaran.xlsx> yang sudah ada
  --sumber "LKIP_IKU='Capaian IKU'!A3:H20"
                            rentang yang dibaca sebagai sumber itu (boleh berulang), bila tabelnya
                            tidak bernama dan ada beberapa yang cocok
  --tahun <tahun>           tahun laporan (di atas Tahun di LKIP_INFO dan tahun di judul kolom);
                            tanpa tahun dari mana pun, tidak ada tabel yang ditulis (tidak ditebak)
  --kolom "<Kolom>=<Judul>" judul kolom yang dibaca sebagai kolom itu, mis. --kolom
                            "Indikator=INDIKATOR TUJUAN" (beberapa dipisah ;), seperti baris
                            "Kolom Indikator" di LKIP_INFO
  -h, --help                bantuan ini

Tahun laporan yang dipakai dan asalnya (LKIP_INFO, --tahun, judul kolom "Target 2024", atau judul
tabel) selalu disebut.

Kode keluar:
  0  tabel ditulis (baris yang bermasalah ditinggalkan dan didaftar)
  1  tidak ada yang dapat ditulis (berkas tak terbaca, rusak, terlalu besar, bukan .xlsx,
     LKIP_IKU dan LKIP_TRIWULAN tidak ada, tahun laporan tidak diketahui, ...)
  2  salah pemakaian (argumen kurang, -o sama dengan masukan, keluaran sudah ada tanpa --timpa,
     folder keluaran ternyata berkas)
`,
    periksa: `lkip periksa <masukan.xlsx> [--laporan <naskah.docx|pdf>] [--json]

Memeriksa buku kerja: masalah saat membaca data (sel kosong, bukan angka, sumber tidak ada) dan
angka yang diketik tangan yang berbeda dari hasil aturan. Setiap temuan menyebut alamat selnya.
Dengan --laporan, setiap angka di naskah laporan (Bab III dsb., .docx atau PDF yang berteks)
juga dibandingkan dengan buku kerja; temuannya menyebut "{berkas} ¶{paragraf}" dan mengutip
kalimatnya (src/core/README.md §15).

Pilihan:
  --laporan <berkas>  naskah laporan (.docx, atau .pdf yang teksnya dapat dibaca) yang diperiksa
  --json              cetak temuan sebagai SATU larik JSON {tingkat, kode, pesan, lokasi,
                      kutipan, ...} dan tidak ada yang lain di stdout
  -h, --help          bantuan ini

Kode keluar:
  0  tidak ada galat (peringatan dan info boleh ada)
  1  ada galat, atau berkas tidak dapat dibaca
  2  salah pemakaian
`,
    demo: `lkip demo

Menjalankan "lkip tabel" pada assets/contoh-lkip-2024.xlsx (data LKIP 2024 Dinas Sosial Kabupaten
Barito Kuala, dengan angka-angka yang tercetak di laporannya) ke out/contoh-lkip-2024-tabel.xlsx
(ditimpa bila sudah ada), lalu "lkip periksa" pada berkas contoh itu.

Kode keluar: 0 bila tabel ditulis (temuan pemeriksaan pada contoh memang disengaja), 1 bila gagal.
`,
    bab3: `lkip bab3 <masukan.xlsx> -o <BAB3.docx> [--timpa]

Membaca sumber LKIP_ dari <masukan.xlsx> dan menulis Bab III, Akuntabilitas Kinerja, sebagai
dokumen Word BARU <BAB3.docx>: Ikhtisar Eksekutif, A. Capaian Kinerja Organisasi (tabel 3.n dan
tujuh butir per sasaran) dan B. Akuntabilitas Keuangan. Setiap angka di kalimatnya sama dengan
tabel yang dibuat "lkip tabel". Bagian bertanda kuning ([diisi: …]) diisi oleh Anda.

Pilihan:
  -o, --keluaran <berkas>   berkas .docx yang ditulis (wajib)
  --timpa                   boleh menimpa <BAB3.docx> yang sudah ada
  -h, --help                bantuan ini

Kode keluar:
  0  Bab III ditulis
  1  tidak ada yang dapat ditulis (berkas tak terbaca, rusak, LKIP_IKU tidak ada, ...)
  2  salah pemakaian (argumen kurang, keluaran bukan .docx, keluaran sudah ada tanpa --timpa,
     folder keluaran ternyata berkas)
`,
    rekap: `lkip rekap <folder|berkas.xlsx>... -o <rekap.xlsx> [--timpa] [--json]

Merekap buku kerja LKIP semua OPD sekaligus (untuk Bappeda dan Inspektorat): setiap .xlsx di
folder yang disebut (beserta subfoldernya, urut nama) atau setiap berkas yang disebut dibaca,
dihitung dan diperiksa persis seperti "lkip tabel" dan "lkip periksa", lalu menjadi SATU baris di
lembar Rekap; lembar Temuan memuat setiap temuan setiap berkas. Naskah laporan (.docx atau .pdf
dengan nama dasar yang sama, di folder yang sama) ikut diperiksa bila ada. Berkas yang tidak dapat
dibaca menjadi baris dengan keterangan sebabnya: rekap tidak pernah berhenti karena satu berkas.
Berkas masukan hanya dibaca; keluaran tidak pernah menimpa masukan. Kemajuan ditulis ke stderr.

Pilihan:
  -o, --keluaran <berkas>   rekap .xlsx yang ditulis (wajib, kecuali dengan --json)
  --timpa                   boleh menimpa <rekap.xlsx> yang sudah ada
  --json                    cetak baris-barisnya sebagai SATU larik JSON dan tidak ada yang lain
                            di stdout
  -h, --help                bantuan ini

Kode keluar:
  0  sedikitnya satu berkas terbaca
  1  tidak ada berkas yang dapat dibaca, atau rekap tidak dapat ditulis
  2  salah pemakaian
`,
  },
  /** Wrong use of the command: one sentence after "Salah pemakaian: ", then the command's help. */
  usage: {
    prefix: (message: string) => `Salah pemakaian: ${message}`,
    outputNeedsFile: (flag: string) => `${flag} perlu nama berkas keluaran, misalnya -o hasil.xlsx`,
    twice: (flag: string) => `${flag} ditulis dua kali`,
    tahunNeeded: "--tahun perlu tahun laporan, misalnya --tahun 2024",
    kolomNeeded: '--kolom perlu pilihan kolom, misalnya --kolom "Indikator=INDIKATOR TUJUAN"',
    fileNeeded: (name: string) => `--${name} perlu nama berkas, misalnya --${name} "Bab III.docx"`,
    unknownOption: (option: string) => `pilihan tidak dikenal: ${option}`,
    tahunInvalid: (written: string) =>
      `--tahun perlu tahun laporan empat angka, misalnya --tahun 2024 (tertulis: ${written})`,
    kolomInvalid: (written: string) =>
      `--kolom ditulis sebagai Kolom=Judul, misalnya --kolom "Indikator=INDIKATOR TUJUAN" (tertulis: ${written})`,
    sumberNeeded: (example: string) => `--sumber perlu sumber dan rentangnya, misalnya ${example}`,
    sumberInvalid: (written: string, example: string) =>
      `--sumber "${written}" tidak dapat dibaca: tulis nama sumber (LKIP_IKU, LKIP_ANGGARAN, LKIP_BELANJA), tanda =, lalu lembar dan rentangnya, misalnya ${example}`,
    inputToRead: "sebutkan berkas .xlsx yang dibaca",
    inputToCheck: "sebutkan berkas .xlsx yang diperiksa",
    oneInput: (given: string) => `hanya satu berkas masukan; yang diberikan: ${given}`,
    outputTabel: "sebutkan berkas keluaran dengan -o <keluaran.xlsx>",
    outputBab3: "sebutkan berkas keluaran dengan -o <BAB3.docx>",
    rekapInputs: "sebutkan folder atau berkas .xlsx yang direkap",
    rekapOutput: "sebutkan berkas keluaran dengan -o <rekap.xlsx> (atau --json)",
    demoNoArgs: (given: string) => `demo tidak menerima argumen (${given})`,
    unknownCommand: (command: string) => `perintah tidak dikenal: ${command}`,
  },
  /** Anything unexpected: one plain sentence, never the internal text (LKIP_DEBUG=1 shows it). */
  unexpected:
    "Terjadi kesalahan tak terduga; tidak ada berkas yang diubah. Jalankan lagi dengan LKIP_DEBUG=1 untuk rinciannya, dan laporkan bersama berkasnya bila terulang.",
  unexpectedShort:
    "Terjadi kesalahan tak terduga; tidak ada berkas yang diubah. Jalankan lagi dengan LKIP_DEBUG=1 untuk rinciannya.",
  /** A finding's severity as the first word of its line. */
  tingkat: { galat: "GALAT", peringatan: "PERINGATAN", info: "INFO" },
  reading: (file: string) => `Membaca ${file} …`,
  /** Sentences about the output file, shared by every command that writes one. */
  output: {
    wrongExt: (file: string, ext: string) => `Berkas keluaran harus berakhiran ${ext}: ${file}`,
    isInput: (file: string) =>
      `Keluaran sama dengan berkas masukan (${file}). Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`,
    exists: (file: string) =>
      `${file} sudah ada. Pilih nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`,
    folderIsFile: (file: string, folder: string) =>
      `${file} tidak dapat ditulis: ${folder} adalah berkas, bukan folder. Pilih folder lain dengan -o.`,
    notDir: (file: string) =>
      `${file} tidak dapat ditulis: salah satu folder di jalurnya ternyata berkas, bukan folder. Pilih folder lain dengan -o.`,
    diskFull: (file: string) =>
      `${file} tidak dapat ditulis: disk penuh (ENOSPC). Tidak ada berkas yang ditulis atau diubah; kosongkan ruang lalu jalankan lagi.`,
    failed: (file: string, code: string | undefined) =>
      `${file} tidak dapat ditulis${code ? ` (${code})` : ""}. Periksa foldernya, izin menulisnya, dan apakah berkas itu sedang terbuka di Excel.`,
  },
  tabel: {
    /** Where a source was found: a range found without a name, or a table / name on a sheet. */
    unnamedRange: (range: string) => `rentang tanpa nama ${range}`,
    tableOn: (sheet: string) => `tabel Excel di ${sheet}`,
    nameOn: (sheet: string) => `nama di ${sheet}`,
    source: (source: string, where: string, rows: number) =>
      `  ${source}: ${where}, ${rows} baris data`,
    noYear: "Tidak ada berkas yang ditulis; jalankan lagi dengan --tahun.",
    noIku: "LKIP_IKU tidak ditemukan, jadi tabel LKIP tidak dibuat; tidak ada berkas yang ditulis.",
    noTables: "Tidak ada tabel yang dapat dibuat; tidak ada berkas yang ditulis.",
    built: (title: string, first: number, last: number) => `  ✓ ${title} (baris ${first}–${last})`,
    written: (tables: number, sheet: string, file: string) =>
      `${tables} tabel ditulis ke lembar ${sheet} di buku kerja baru ${file}`,
    settings: (tahun: number, instansi: string, pembulatan: string) =>
      `  Tahun ${tahun}${instansi ? `, ${instansi}` : ""}; pembulatan ${pembulatan}. Berkas masukan tidak diubah.`,
    notBuilt: "Tabel yang tidak dibuat:",
    notBuiltItem: (id: string, title: string, reason: string) =>
      `  - Tabel ${id} (${title}): ${reason}`,
    rowsLeftOut: (rows: number) => `Baris yang ditinggalkan (${rows}):`,
    otherProblems: (galat: number, peringatan: number, info: number) =>
      `Masalah lain saat membaca (${galat} galat, ${peringatan} peringatan, ${info} info):`,
  },
  bab3: {
    noIku: "LKIP_IKU tidak ditemukan, jadi Bab III tidak dibuat; tidak ada berkas yang ditulis.",
    noIndikator:
      "LKIP_IKU tidak memuat indikator yang dapat dibaca, jadi Bab III tidak dibuat; tidak ada berkas yang ditulis.",
    written: (file: string, sasaran: number, tables: number) =>
      `Bab III ditulis ke ${file}: ${sasaran} sasaran, ${tables} tabel (Tabel 3.1–3.${tables}). Berkas masukan tidak diubah.`,
    toFill:
      "  Bagian bertanda kuning ([diisi: …]) menunggu uraian Anda: penyebab keberhasilan/kegagalan dan solusinya.",
    problems: (n: number) => `Masalah saat membaca (${n}); lihat juga "lkip periksa":`,
  },
  periksa: {
    heading: (file: string) => `Pemeriksaan ${file}`,
    headingNaskah: (file: string, naskah: string) => `Pemeriksaan ${file} dan naskah ${naskah}`,
    none: "  Tidak ada temuan.",
    summary: (n: number, galat: number, peringatan: number, info: number) =>
      `${n} temuan: ${galat} galat, ${peringatan} peringatan, ${info} info.`,
  },
  rekap: {
    outputIsInput: (file: string) =>
      `Keluaran ${file} adalah salah satu berkas masukan. Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`,
    noFiles: (inputs: string) =>
      `Tidak ada berkas .xlsx di ${inputs}. Sebutkan folder berisi buku kerja OPD atau berkas-berkasnya.`,
    crashed: (file: string, why: string) =>
      `${file} tidak dapat diproses (${why}); berkas lain tetap direkap.`,
    summary: (n: number, read: number, findings: number) =>
      `${n} berkas direkap: ${read} terbaca, ${n - read} tidak; ${findings} temuan.`,
    writtenTo: (file: string) => ` Rekap ditulis ke ${file}.`,
  },
  demo: {
    tabel: "== lkip tabel (contoh) ==",
    periksa: "== lkip periksa (contoh) ==",
    deliberate:
      "(Galat di atas memang disengaja: kolom Capaian, Kategori, Predikat, Efisiensi dan Serapan di contoh memuat angka yang tercetak di laporan, termasuk salah hitungnya.)",
    result: (file: string) => `Hasil: ${file}`,
  },
};

export type CliWords = typeof id;
export default id;
