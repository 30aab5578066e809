/**
 * Office.js errors as sentences a user can act on, Indonesian first, never Excel's raw English
 * message. The codes are those of Excel.ErrorCodes / OfficeExtension.ErrorCodes that reading and
 * writing a workbook can meet ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export { isPayloadLimitError } from "./run";

type Sentence = { id: string; en: string };

const SENTENCES: Record<string, Sentence> = {
  InvalidOperationInCellEditMode: {
    id: "Excel sedang dalam mode sunting sel. Tekan Enter atau Esc untuk keluar dari sel, lalu coba lagi.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.",
  },
  AccessDenied: {
    id: "Buku kerja atau lembar ini dilindungi. Buka proteksinya (Tinjau › Buka Proteksi) atau minta pemiliknya, lalu coba lagi.",
    en: "The workbook or sheet is protected. Unprotect it (Review › Unprotect) or ask its owner, then try again.",
  },
  ItemAlreadyExists: {
    id: "Nama lembar atau nama rentang itu sudah ada di buku kerja. Tidak ada yang ditimpa; coba lagi.",
    en: "A sheet or name of that name already exists. Nothing was overwritten; please try again.",
  },
  ItemNotFound: {
    id: "Lembar, nama, atau tabel yang dicari tidak ada lagi (mungkin baru dihapus atau diganti namanya). Baca ulang buku kerja.",
    en: "A sheet, name or table the add-in looked for is gone (deleted or renamed just now). Read the workbook again.",
  },
  InvalidReference: {
    id: "Sebuah rujukan di buku kerja tidak sah (#REF!). Periksa rentang bernama di Pengelola Nama.",
    en: "A reference in the workbook is not valid (#REF!). Check the named ranges in the Name Manager.",
  },
  InvalidArgument: {
    id: "Excel menolak permintaan ini (argumen tidak sah), misalnya nama lembar yang tidak boleh atau rentang seluruh kolom.",
    en: "Excel refused the request (invalid argument), for example a sheet name it does not allow or a whole-column range.",
  },
  InvalidOperation: {
    id: "Excel tidak mengizinkan tindakan ini pada keadaan buku kerja sekarang.",
    en: "Excel does not allow this action in the workbook's current state.",
  },
  RequestPayloadSizeLimitExceeded: {
    id: "Data terlalu besar untuk dikirim ke Excel sekaligus. Kurangi jumlah baris atau tabel, lalu coba lagi.",
    en: "Too much data to send to Excel at once. Reduce the rows or tables, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    id: "Rentang data terlalu besar untuk dibaca Excel sekaligus. Batasi rentang bernama pada baris yang berisi data.",
    en: "The data range is too large for Excel to return at once. Limit the named range to the rows holding data.",
  },
  ApiNotFound: {
    id: "Versi Excel ini belum mendukung fitur yang dibutuhkan. Perbarui Office atau gunakan Excel untuk web.",
    en: "This version of Excel lacks a feature the add-in needs. Update Office or use Excel on the web.",
  },
  Conflict: {
    id: "Buku kerja sedang diubah orang lain atau oleh Excel. Tunggu sebentar, lalu coba lagi.",
    en: "The workbook is being changed by someone else or by Excel. Wait a moment, then try again.",
  },
  ActivityLimitReached: {
    id: "Excel sedang sibuk (batas aktivitas tercapai). Tunggu sebentar, lalu coba lagi.",
    en: "Excel is busy (activity limit reached). Wait a moment, then try again.",
  },
  /** Our own: a write was cut off, read back, and its incomplete sheet removed (write-check.ts). */
  TabelDihapus: {
    id: "Sambungan ke Excel terputus saat menulis. Tabel belum lengkap dan sudah dihapus; buku kerja seperti sebelumnya. Coba lagi.",
    en: "The connection to Excel was lost while writing. The table was incomplete and has been removed; the workbook is as it was. Try again.",
  },
  TabelBelumDitulis: {
    id: "Sambungan ke Excel terputus; tabel belum ditulis dan buku kerja tidak berubah. Coba lagi.",
    en: "The connection to Excel was lost before the table was written; the workbook has not changed. Try again.",
  },
  RequestAborted: {
    id: "Permintaan ke Excel terputus. Coba lagi.",
    en: "The request to Excel was interrupted. Please try again.",
  },
  GeneralException: {
    id: "Excel tidak dapat menyelesaikan permintaan ini. Simpan pekerjaan Anda, lalu coba lagi.",
    en: "Excel could not complete the request. Save your work, then try again.",
  },
  InsertDeleteConflict: {
    id: "Excel tidak dapat menyisipkan atau menghapus sel di sini (bertabrakan dengan tabel atau sel gabungan).",
    en: "Excel cannot insert or delete cells here (it collides with a table or merged cells).",
  },
  UnsupportedOperation: {
    id: "Tindakan ini tidak didukung oleh Excel ini.",
    en: "This action is not supported by this Excel.",
  },
  NotImplemented: {
    id: "Tindakan ini belum tersedia di Excel ini.",
    en: "This action is not available in this Excel yet.",
  },
};

/** The error's Office code, or "" (also recognised by message for hosts that leave the code generic). */
export function officeErrorCode(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  if (code && code !== "GeneralException" && SENTENCES[code]) return code;
  const message = typeof err?.message === "string" ? err.message : "";
  if (/cell-edit|edit mode|mode sunting/i.test(message)) return "InvalidOperationInCellEditMode";
  if (/protected/i.test(message)) return "AccessDenied";
  if (/payload size/i.test(message)) return "ResponsePayloadSizeLimitExceeded";
  return code;
}

/** An error carrying an Office code, for the checks the add-in makes before Excel would refuse. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * A sentence for any error the pane can meet, in the UI language: a known Office code gets its
 * sentence; anything else a general sentence naming the code, never the raw message.
 */
export function explainError(e: unknown, language: "id" | "en" = "id"): string {
  const code = officeErrorCode(e);
  const known = SENTENCES[code];
  if (known) return known[language];
  const tail = code ? ` (${code})` : "";
  return language === "id"
    ? `Terjadi kesalahan yang tidak terduga${tail}. Coba lagi; bila berulang, jalankan "Uji kecocokan Excel" di Bantuan dan kirim hasilnya ke pengelola.`
    : `Something unexpected went wrong${tail}. Try again; if it happens again, run "Excel compatibility test" under Help and send the result to your administrator.`;
}
