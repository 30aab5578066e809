/** Periksa: the checker (Pemeriksaan) of the workbook's own figures. */
export { periksa } from "./periksa";
export { periksaNaskah } from "./naskah/naskah";
