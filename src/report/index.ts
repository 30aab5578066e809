/**
 * The report layer, by pipeline stage: contract → model → compute → tables / periksa; sample data.
 * This barrel exports what the other layers import, and nothing else.
 */
export {
  SOURCE_NAMES,
  TINGKAT_ORDER,
  compareTingkat,
  findingText,
  formatAddress,
  sortByTingkat,
  temuan,
  angkaText,
  capitalise,
  coreText,
  readFailureText,
  fmt,
  cellAddress,
  columnIndex,
  columnLetters,
  nextFreeSheetName,
  parseA1Range,
  quoteSheet,
  rangeAddress,
  refAddress,
  sameSheetName,
  splitAddress,
  parseRef,
  needsTextFormat,
  reinterpretedText,
  TEXT_FORMAT_MAX,
} from "./contract";
export type {
  Besar,
  ReadFailure,
  Rusak,
  BukanRentang,
  CellRef,
  ChartSpec,
  Finding,
  FindingCode,
  Lang,
  MasalahNaskah,
  Naskah,
  NaskahParagraph,
  Wadah,
  InputWorkbookPlan,
  Merge,
  RawCell,
  RawRange,
  RawWorkbook,
  SheetPlan,
  SourceName,
  Tingkat,
} from "./contract";
export {
  SKALA_KATEGORI,
  savedSettings,
  isTahun,
  kolomKey,
  percentPoints,
  pointDuplicatesAtRead,
  readModel,
  tahunDipakai,
  recognizeColumns,
  resolveSources,
  findBlocks,
  parsePilihanSumber,
} from "./model";
export type {
  BlockSource,
  FoundBlock,
  PilihanSumber,
  CandidateTarget,
  ColumnRecognition,
  KolomCalon,
  LkipModel,
  ReadOptions,
  Settings,
  TahunAsal,
  SourceCandidate,
} from "./model";
export {
  TABLE_NAMES,
  TABLE_SPECS,
  catatanPemeriksaan,
  layoutSheet,
  outputSheetName,
  reasonText,
  tabelSheet,
  rekapDuplicates,
  rekapFinish,
  rekapJson,
  rekapModel,
  rekapRowUnread,
  rekapSheets,
  rekapTotal,
  rekapUnread,
} from "./tables";
export type {
  LeftOut,
  NaskahDibaca,
  RekapFileResult,
  RekapJson,
  RekapRow,
  RekapTemuan,
  RekapTotal,
} from "./tables";
export { periksa, periksaNaskah } from "./periksa";
export { bab3, bab3Html, bab3Text, BAB3_TEXTS } from "./tables";
export type {
  Bab3Document,
  Bab3Options,
  Block,
  DocCell,
  DocTable,
  Figure,
  FigureKind,
  Run,
} from "./tables";
export { sampleInput, TEMPLATE_KINDS, templatePlan } from "./sample";
export type { TemplateKind, TemplateSheet } from "./sample";
// The scales the pane offers come from the core; re-exported so the UI depends on report only.
export { SKALA } from "../core";
