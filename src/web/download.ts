/** `laporan.xlsx` → `laporan-tabel.xlsx`, as `npm run demo` names its output. */
export function downloadName(input: string): string {
  const base = input.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  return `${base || "lkip"}-tabel.xlsx`;
}

/** `laporan.xlsx` → `laporan-bab3.docx`: Bab III beside the workbook. */
export function bab3Name(input: string): string {
  const base = input.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  return `${base || "lkip"}-bab3.docx`;
}
