/** Compute: the one place the report's numbers are made, and its result types. */
export { compute } from "./compute";
export type { HasilBaris, HasilIndikator, HasilProgram, HasilSasaran, LkipHasil } from "./compute";
