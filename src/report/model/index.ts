/** Model: raw ranges → the LKIP model (headers, rows, settings), every value with its cell. */
export { readModel, tahunDipakai } from "./read-model";
export type { ReadOptions } from "./read-model";
export { percentPoints } from "./percent";
export { SKALA_KATEGORI, isTahun, kolomKey, savedSettings } from "./settings";
export { cellError, cellText, sameTextKey } from "./row-reader";
export { sasaranKey } from "./anggaran";
export { recognizeColumns } from "./recognize";
export type { ColumnRecognition, RecognisedColumn } from "./recognize";
export type {
  AnggaranRow,
  BelanjaRow,
  TriwulanRow,
  LkipTriwulan,
  Triwulanan,
  LkipIndikator,
  LkipIndikatorKualitatif,
  LkipModel,
  LkipSasaran,
  Cell,
  KolomCalon,
  Settings,
  TahunAsal,
  TotalTertulis,
} from "./types";
export { LABEL_TOTAL } from "./totals";
export type { JenisTotal } from "./totals";
export { pointDuplicatesAtRead, resolveSources } from "./sources";
export type { CandidateTarget, SourceCandidate } from "./sources";
export { findBlocks, parsePilihanSumber } from "./unnamed";
export type { BlockSource, FoundBlock, PilihanSumber } from "./unnamed";
