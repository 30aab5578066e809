/** Model: raw ranges → the LKIP model (headers, rows, settings), every value with its cell. */
export { readModel } from "./read-model";
export { cellError, cellText, sameTextKey } from "./row-reader";
export { recognizeColumns, tahunFromHeaders, joinHeaderRows } from "./recognize";
export type { ColumnRecognition, RecognisedColumn } from "./recognize";
export type {
  BarisAnggaran,
  BarisBelanja,
  LkipIndikator,
  LkipModel,
  LkipSasaran,
  Sel,
  Settings,
} from "./types";
