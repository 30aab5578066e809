/** The "Catatan Pemeriksaan" table in English: the pane's words (pane.en.ts) Error, Warning, Note. */
import type { CatatanWords } from "./catatan-pemeriksaan.id";

const en: CatatanWords = {
  title: "Findings of the check (Catatan Pemeriksaan)",
  header: ["No", "Severity", "Location", "Finding", "Written", "Should be"],
  tingkat: { galat: "Error", peringatan: "Warning", info: "Note" },
  none: "No findings.",
  counts: (n: number, galat: number, peringatan: number, info: number) =>
    `${n} ${n === 1 ? "finding" : "findings"}: ${galat} ${galat === 1 ? "error" : "errors"}, ${peringatan} ${peringatan === 1 ? "warning" : "warnings"}, ${info} ${info === 1 ? "note" : "notes"}. Error = a wrong figure or wrong data; warning = to be checked; note = for information.`,
};

export default en;
