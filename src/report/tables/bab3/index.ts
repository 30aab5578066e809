/** Bab III: the computed report as a host-free document description (TABLES.md "Bab III"). */
export { bab3 } from "./build";
export type { Bab3Options } from "./build";
export { BAB3_TEXTS } from "./texts";
export { bab3Html, bab3Text } from "./html";
export type { Bab3Document, Block, DocCell, DocTable, Figure, FigureKind, Run } from "./types";
