/** Compute: the one place the report's numbers are made, and its result types. */
export { compute } from "./compute";
export type {
  AnggaranSasaran,
  EfisiensiSasaran,
  HasilAnggaran,
  HasilBaris,
  HasilBelanja,
  HasilIndikator,
  HasilProgram,
  HasilSasaran,
  JumlahPerBand,
  LkipHasil,
} from "./types";
