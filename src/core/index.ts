/** The calculation core: pure rules, decimal only (src/core/README.md). */
export * from "./errors";
export * from "./numbers";
export * from "./rounding";
export * from "./capaian";
export * from "./predikat";
export * from "./efisiensi";
export * from "./serapan";
export * from "./aggregate";
export * from "./terbilang";
export * from "./kualitatif";
export * from "./score";
export * from "./yes-no";
export * from "./triwulan";
