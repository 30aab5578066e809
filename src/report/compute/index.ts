/** Compute: the one place the report's numbers are made, and its result types. */
export { compute } from "./compute";
export type { HasilTotal, MungkinTotal } from "./totals";
export type { HasilBarisTriwulan, HasilTriwulan } from "./triwulan";
export type {
  AnggaranIndikator,
  AnggaranSasaran,
  ArahPerubahan,
  EfisiensiSasaran,
  HasilAnggaran,
  HasilBaris,
  HasilBelanja,
  HasilIndikator,
  HasilKualitatif,
  HasilProgram,
  HasilSasaran,
  JumlahPerBand,
  LkipHasil,
} from "./types";
