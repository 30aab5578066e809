/** Tables: the standard tables as host-free descriptions, and their layout on one sheet. */
export { TABLE_NAMES } from "./names";
export { TABLE_SPECS } from "./specs";
export type { LeftOut } from "./specs";
export { reasonText } from "./reasons";
export { layoutSheet } from "./layout";
export { outputSheetName, tabelSheet } from "./sheet";
export { catatanPemeriksaan } from "./catatan-pemeriksaan";
export { buildTables } from "./specs";
export type { BuildResult } from "./specs";
export { FMT_NILAI, count, hdr, inputFormat, num, rupiahFormat, txt } from "./table-cells";
export {
  rekapDuplicates,
  rekapFinish,
  rekapJson,
  rekapRowUnread,
  rekapTotal,
  rekapUnread,
} from "./rekap";
export { rekapModel } from "./rekap-model";
export type {
  DataBab3,
  NaskahDibaca,
  RekapFileResult,
  RekapJson,
  RekapRow,
  RekapTemuan,
  RekapTotal,
} from "./rekap";
export { rekapSheets } from "./rekap-sheet";
export { bab3, bab3Html, bab3Text, BAB3_TEXTS } from "./bab3";
export type {
  Bab3Document,
  Bab3Options,
  Block,
  DocCell,
  DocTable,
  Figure,
  FigureKind,
  Run,
} from "./bab3";
