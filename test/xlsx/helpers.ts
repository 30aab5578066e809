import ExcelJS from "exceljs";
import JSZip from "jszip";
import { setDefinedNames } from "../../src/xlsx/write";
import type { DefinedNameRaw } from "../../src/xlsx/names";

/** A workbook built in the test, with names written exactly as given (scope, constants). */
export async function bufferOf(
  workbook: ExcelJS.Workbook,
  names?: DefinedNameRaw[]
): Promise<Buffer> {
  if (names) setDefinedNames(workbook, names);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetWith(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: ExcelJS.CellValue[][],
  at = { row: 1, col: 1 }
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(at.row + r, at.col + c).value = v)));
  return ws;
}

export const IKU_ROWS: ExcelJS.CellValue[][] = [
  ["Sasaran", "Indikator", "Target", "Realisasi"],
  ["S1", "I1", 69.02, 92.71],
  ["S2", "I2", 1.31, 0.73],
];

/** A package's parts through JSZip (an independent zip reader, to check what was written). */
export function openPackage(buf: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buf);
}

export function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

export async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  return f ? f.async("string") : null;
}
