/** Compute: the one place the report's numbers are made, and its result types. */
export { compute } from "./compute";
export type { HasilTotal, MungkinTotal } from "./totals";
export type { HasilTriwulanRow, HasilTriwulan } from "./triwulan";
export type {
  AnggaranIndikator,
  AnggaranSasaran,
  ArahPerubahan,
  EfisiensiSasaran,
  HasilAnggaran,
  HasilRow,
  HasilBelanja,
  HasilIndikator,
  HasilKualitatif,
  HasilProgram,
  HasilSasaran,
  JumlahPerBand,
  LkipHasil,
} from "./types";
