/** Office.js errors in English: the codes of errors.id.ts. */
import type { ErrorTexts } from "./errors.id";

const en: ErrorTexts = {
  codes: {
    InvalidOperationInCellEditMode:
      "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.",
    AccessDenied:
      "The workbook or sheet is protected. Unprotect it (Review › Unprotect) or ask its owner, then try again.",
    ItemAlreadyExists:
      "A sheet or name of that name already exists. Nothing was overwritten; please try again.",
    ItemNotFound:
      "A sheet, name or table the add-in looked for is gone (deleted or renamed just now). Read the workbook again.",
    InvalidReference:
      "A reference in the workbook is not valid (#REF!). Check the named ranges in the Name Manager.",
    InvalidArgument:
      "Excel refused the request (invalid argument), for example a sheet name it does not allow or a whole-column range.",
    InvalidOperation: "Excel does not allow this action in the workbook's current state.",
    RequestPayloadSizeLimitExceeded:
      "Too much data to send to Excel at once. Reduce the rows or tables, then try again.",
    ResponsePayloadSizeLimitExceeded:
      "The data range is too large for Excel to return at once. Limit the named range to the rows holding data.",
    ApiNotFound:
      "This version of Excel lacks a feature the add-in needs. Update Office or use Excel on the web.",
    Conflict:
      "The workbook is being changed by someone else or by Excel. Wait a moment, then try again.",
    ActivityLimitReached: "Excel is busy (activity limit reached). Wait a moment, then try again.",
    TabelDihapus:
      "The connection to Excel was lost while writing. The table was incomplete and has been removed; the workbook is as it was. Try again.",
    TabelBelumDitulis:
      "The connection to Excel was lost before the table was written; the workbook has not changed. Try again.",
    RequestAborted: "The request to Excel was interrupted. Please try again.",
    GeneralException: "Excel could not complete the request. Save your work, then try again.",
    InsertDeleteConflict:
      "Excel cannot insert or delete cells here (it collides with a table or merged cells).",
    UnsupportedOperation: "This action is not supported by this Excel.",
    NotImplemented: "This action is not available in this Excel yet.",
  },
  unexpected:
    'Something unexpected went wrong{tail}. Try again; if it happens again, run "Excel compatibility test" under Help and send the result to your administrator.',
};

export default en;
