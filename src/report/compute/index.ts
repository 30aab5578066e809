/** Compute: the one place the report's numbers are made, and its result types. */
export { compute } from "./compute";
export type {
  HasilBaris,
  HasilIndikator,
  HasilKualitatif,
  HasilProgram,
  HasilSasaran,
  HasilTotal,
  LkipHasil,
  MungkinTotal,
} from "./compute";
