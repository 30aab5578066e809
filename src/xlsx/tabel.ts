/* global Buffer */
import { periksa, readModel, tabelSheet, type Finding, type LkipModel } from "../report";
import { loadXlsx, type LoadedXlsx } from "./read";
import { setDefinedNames, writeSheetPlan } from "./write";

/** What one run of the tables pipeline made. */
export interface TabelXlsx {
  loaded: LoadedXlsx;
  model: LkipModel;
  built: ReturnType<typeof tabelSheet>;
  /** The sheet the tables went to; null when no table could be made (and then no bytes). */
  sheetName: string | null;
  /** The input workbook with the tables sheet added, as .xlsx bytes. */
  bytes: Uint8Array | null;
  /** Everything `lkip periksa` reports for this workbook. */
  findings: Finding[];
}

/**
 * read model → tables → write into the loaded copy → bytes. The one pipeline behind `lkip tabel`
 * and the browser page (lkip.html), so that both give the same workbook by construction. No file
 * I/O and no Node: the caller brings the loaded workbook (or bytes, below) and keeps the bytes.
 */
export async function tabelFromLoaded(loaded: LoadedXlsx): Promise<TabelXlsx> {
  const model = readModel(loaded.raw);
  const built = tabelSheet(model);
  const findings = periksa(model);
  if (built.tables.length === 0)
    return { loaded, model, built, sheetName: null, bytes: null, findings };
  const sheetName = writeSheetPlan(loaded.workbook, built.plan);
  setDefinedNames(loaded.workbook, loaded.definedNames);
  const bytes = new Uint8Array(await loaded.workbook.xlsx.writeBuffer());
  return { loaded, model, built, sheetName, bytes, findings };
}

/** The same from an .xlsx file's bytes (a dropped file in the browser). */
export async function tabelXlsx(bytes: Uint8Array): Promise<TabelXlsx> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return tabelFromLoaded(await loadXlsx(buf));
}

/** Parts of a package that a rewrite by ExcelJS does not carry over, as the user would name them. */
export function partsNotCopied(parts: string[]): string[] {
  const kinds: [RegExp, string][] = [
    [/^xl\/charts\//, "grafik"],
    [/^xl\/pivotTables\//, "tabel pivot"],
    [/^xl\/slicers?\//, "slicer"],
    [/^xl\/vbaProject\.bin$/, "makro"],
    [/^xl\/externalLinks\//, "tautan ke buku kerja lain"],
  ];
  return kinds.filter(([re]) => parts.some((p) => re.test(p))).map(([, label]) => label);
}
