/** The rekap workbook's words in English: the same keys as rekap.id.ts. */
import type { RekapWords } from "./rekap.id";

const en: RekapWords = {
  rekap: "Rekap",
  temuan: "Temuan",
  header: [
    "No",
    "File",
    "Agency (Instansi)",
    "Year",
    "Objectives (Sasaran)",
    "Indicators",
    "Mean capaian (%)",
    "Above target",
    "Met",
    "Not met",
    "Budget (Pagu)",
    "Spent (Realisasi)",
    "Serapan (%)",
    "Errors",
    "Warnings",
    "Findings in the naskah",
    "Tables not made",
    "Bab III data",
    "Remarks",
  ],
  temuanHeader: ["File", "Severity", "Code", "Location", "Message"],
  total: "Total",
  files: (n, read) => `${n} files, ${read} read. Total serapan = Σ realisasi / Σ pagu × 100.`,
  none: "No findings.",
  tingkat: { galat: "Error", peringatan: "Warning", info: "Note" },
  ganda: (instansi: string | null, tahun: number | null, other: string) =>
    `Same agency and year as ${other} (${instansi}, ${tahun}): both are listed, not merged; check whether one of them is an old copy.`,
};

export default en;
