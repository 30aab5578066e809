import ExcelJS from "exceljs";
import { setDefinedNames } from "../../src/xlsx/write";

/** User texts that a careless writer would turn into formulas or mangle. */
export const HOSTILE_TEXTS = ['=HYPERLINK("http://x")', "+62 811", "@SUM(A1)", "-1+1 Kinerja"];

/**
 * A workbook a real user might send: formula-looking names, blanks, a broken number, a budget
 * line whose sasaran matches nothing, realisasi above pagu. Cells of the bad rows are returned
 * with the reason they are bad, so tests can look for them in the output.
 */
export function hostileWorkbook(): { workbook: ExcelJS.Workbook; bad: Record<string, string> } {
  const wb = new ExcelJS.Workbook();
  const iku = wb.addWorksheet("Data IKU");
  const rows: ExcelJS.CellValue[][] = [
    ["Sasaran", "Indikator", "Target", "Realisasi", "Satuan"],
    ["Sasaran A", HOSTILE_TEXTS[0], 80, 88, "Persen"],
    ["Sasaran A", HOSTILE_TEXTS[1], "69,02", "92,71", "+62 811"],
    ["Sasaran B", HOSTILE_TEXTS[2], 50, 40, "@SUM(A1)"],
    ["Sasaran B", HOSTILE_TEXTS[3], null, 10, "Persen"], // row 5: blank target
    ["Sasaran C", "Angka rusak", 10, "1.2.3,4", "Persen"], // row 6: broken number
    ["Sasaran C", "Baik", 10, 9, "Persen"],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (iku.getCell(i + 1, c + 1).value = v)));
  const ang = wb.addWorksheet("Data Anggaran");
  const arows: ExcelJS.CellValue[][] = [
    ["Sasaran", "Program", "Sub Kegiatan", "Pagu", "Realisasi"],
    ["Sasaran A", "=SUM(1,2)", "+Sub satu", 1000, 900],
    ["Sasaran B", "Program B", "Sub dua", 500, 700], // realisasi above pagu
    ["Sasaran Tak Dikenal", "Program X", "Sub tiga", 100, 50], // row 4: matches no sasaran
    ["Sasaran C", "Program C", "Sub empat", 300, 280],
  ];
  arows.forEach((r, i) => r.forEach((v, c) => (ang.getCell(i + 1, c + 1).value = v)));
  const info = wb.addWorksheet("Info");
  [
    ["Kunci", "Nilai"],
    ["Instansi", "@Dinas =Uji"],
    ["Tahun", 2024],
  ].forEach((r, i) => r.forEach((v, c) => (info.getCell(i + 1, c + 1).value = v)));
  setDefinedNames(wb, [
    { name: "LKIP_IKU", text: "'Data IKU'!$A$1:$E$7" },
    { name: "LKIP_ANGGARAN", text: "'Data Anggaran'!$A$1:$E$5" },
    { name: "LKIP_INFO", text: "Info!$A$1:$B$3" },
  ]);
  return {
    workbook: wb,
    bad: {
      "'Data IKU'!C5": "target kosong",
      "'Data IKU'!D6": "angka rusak",
      "'Data Anggaran'!A4": "sasaran tidak cocok",
    },
  };
}
