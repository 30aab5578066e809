/**
 * Office.js errors in Indonesian (the first language), by Excel.ErrorCodes /
 * OfficeExtension.ErrorCodes code; `unexpected` for any other ({tail}: the code in parentheses,
 * or nothing). errors.en.ts has the same keys (test/texts.test.ts).
 */
const id = {
  codes: {
    InvalidOperationInCellEditMode:
      "Excel sedang dalam mode sunting sel. Tekan Enter atau Esc untuk keluar dari sel, lalu coba lagi.",
    AccessDenied:
      "Buku kerja atau lembar ini dilindungi. Buka proteksinya (Tinjau › Buka Proteksi) atau minta pemiliknya, lalu coba lagi.",
    ItemAlreadyExists:
      "Nama lembar atau nama rentang itu sudah ada di buku kerja. Tidak ada yang ditimpa; coba lagi.",
    ItemNotFound:
      "Lembar, nama, atau tabel yang dicari tidak ada lagi (mungkin baru dihapus atau diganti namanya). Baca ulang buku kerja.",
    InvalidReference:
      "Sebuah rujukan di buku kerja tidak sah (#REF!). Periksa rentang bernama di Pengelola Nama.",
    InvalidArgument:
      "Excel menolak permintaan ini (argumen tidak sah), misalnya nama lembar yang tidak boleh atau rentang seluruh kolom.",
    InvalidOperation: "Excel tidak mengizinkan tindakan ini pada keadaan buku kerja sekarang.",
    RequestPayloadSizeLimitExceeded:
      "Data terlalu besar untuk dikirim ke Excel sekaligus. Kurangi jumlah baris atau tabel, lalu coba lagi.",
    ResponsePayloadSizeLimitExceeded:
      "Rentang data terlalu besar untuk dibaca Excel sekaligus. Batasi rentang bernama pada baris yang berisi data.",
    ApiNotFound:
      "Versi Excel ini belum mendukung fitur yang dibutuhkan. Perbarui Office atau gunakan Excel untuk web.",
    Conflict:
      "Buku kerja sedang diubah orang lain atau oleh Excel. Tunggu sebentar, lalu coba lagi.",
    ActivityLimitReached:
      "Excel sedang sibuk (batas aktivitas tercapai). Tunggu sebentar, lalu coba lagi.",
    // Ours (write-check.ts): a cut-off write, read back and told as it is.
    TabelDihapus:
      "Sambungan ke Excel terputus saat menulis. Tabel belum lengkap dan sudah dihapus; buku kerja seperti sebelumnya. Coba lagi.",
    TabelBelumDitulis:
      "Sambungan ke Excel terputus; tabel belum ditulis dan buku kerja tidak berubah. Coba lagi.",
    RequestAborted: "Permintaan ke Excel terputus. Coba lagi.",
    GeneralException:
      "Excel tidak dapat menyelesaikan permintaan ini. Simpan pekerjaan Anda, lalu coba lagi.",
    InsertDeleteConflict:
      "Excel tidak dapat menyisipkan atau menghapus sel di sini (bertabrakan dengan tabel atau sel gabungan).",
    UnsupportedOperation: "Tindakan ini tidak didukung oleh Excel ini.",
    NotImplemented: "Tindakan ini belum tersedia di Excel ini.",
  },
  unexpected:
    'Terjadi kesalahan yang tidak terduga{tail}. Coba lagi; bila berulang, jalankan "Uji kecocokan Excel" di Bantuan dan kirim hasilnya ke pengelola.',
};

export type ErrorTexts = typeof id;

export default id;
