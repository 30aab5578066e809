export const HELP_MAIN = `lkip — tabel LKIP dan pemeriksaan angka dari buku kerja Excel (.xlsx), tanpa Excel

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
`;

export const HELP_TABEL = `lkip tabel <masukan.xlsx> -o <keluaran.xlsx> [--timpa] [--tahun N] [--kolom K=J]

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
`;

export const HELP_PERIKSA = `lkip periksa <masukan.xlsx> [--laporan <naskah.docx|pdf>] [--json]

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
`;

export const HELP_DEMO = `lkip demo

Menjalankan "lkip tabel" pada assets/contoh-lkip-2024.xlsx (data LKIP 2024 Dinas Sosial Kabupaten
Barito Kuala, dengan angka-angka yang tercetak di laporannya) ke out/contoh-lkip-2024-tabel.xlsx
(ditimpa bila sudah ada), lalu "lkip periksa" pada berkas contoh itu.

Kode keluar: 0 bila tabel ditulis (temuan pemeriksaan pada contoh memang disengaja), 1 bila gagal.
`;

export const HELP_BAB3 = `lkip bab3 <masukan.xlsx> -o <BAB3.docx> [--timpa]

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
`;

/** Sentences about the output file, shared by every command that writes one. */
export const OUTPUT = {
  wrongExt: (o: string, ext: string) => `Berkas keluaran harus berakhiran ${ext}: ${o}`,
  isInput: (o: string) =>
    `Keluaran sama dengan berkas masukan (${o}). Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`,
  exists: (o: string) =>
    `${o} sudah ada. Pilih nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`,
  folderIsFile: (o: string, folder: string) =>
    `${o} tidak dapat ditulis: ${folder} adalah berkas, bukan folder. Pilih folder lain dengan -o.`,
  notDir: (o: string) =>
    `${o} tidak dapat ditulis: salah satu folder di jalurnya ternyata berkas, bukan folder. Pilih folder lain dengan -o.`,
  diskFull: (o: string) =>
    `${o} tidak dapat ditulis: disk penuh (ENOSPC). Tidak ada berkas yang ditulis atau diubah; kosongkan ruang lalu jalankan lagi.`,
  failed: (o: string, code: string | undefined) =>
    `${o} tidak dapat ditulis${code ? ` (${code})` : ""}. Periksa foldernya, izin menulisnya, dan apakah berkas itu sedang terbuka di Excel.`,
};

export const REKAP = {
  outputNotXlsx: (o: string) => `Berkas keluaran harus berakhiran .xlsx: ${o}`,
  outputIsInput: (o: string) =>
    `Keluaran ${o} adalah salah satu berkas masukan. Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`,
  outputExists: (o: string) =>
    `${o} sudah ada. Pilih nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`,
  noFiles: (inputs: string[]) =>
    `Tidak ada berkas .xlsx di ${inputs.join(", ")}. Sebutkan folder berisi buku kerja OPD atau berkas-berkasnya.`,
  crashed: (berkas: string, why: string) =>
    `${berkas} tidak dapat diproses (${why}); berkas lain tetap direkap.`,
  summary: (n: number, read: number, temuan: number, output: string | undefined) =>
    `${n} berkas direkap: ${read} terbaca, ${n - read} tidak; ${temuan} temuan.` +
    (output ? ` Rekap ditulis ke ${output}.` : ""),
};

export const HELP_REKAP = `lkip rekap <folder|berkas.xlsx>... -o <rekap.xlsx> [--timpa] [--json]

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
`;
