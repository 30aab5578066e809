/** The report layer: pure model, numbers, tables and layout (no host code). */
export * from "./types";
export * from "./address";
export {
  normalizeHeader,
  resolveHeaders,
  IKU_COLUMNS,
  ANGGARAN_COLUMNS,
  BELANJA_COLUMNS,
} from "./headers";
export type { Headers, IkuKolom, AnggaranKolom, BelanjaKolom } from "./headers";
export { readModel } from "./model";
export type * from "./model-types";
export { defaultSettings, readSettings } from "./settings";
export { compute } from "./compute";
export type * from "./compute";
export { buildTables, sourceProblem, TABLE_SPECS } from "./tables";
export type { BuildResult } from "./tables";
export { layoutSheet } from "./layout";
// The scales the pane offers come from the core; re-exported so the UI depends on report only.
export { SKALA } from "../core";
export type { Skala, SkalaId, Pembulatan } from "../core";
export { sampleInput } from "./sample";
export { periksa } from "./periksa";
export { catatanPemeriksaan, CATATAN_PEMERIKSAAN_ID } from "./catatan-pemeriksaan";
export { outputSheetName, tabelSheet } from "./sheet";
