import { loadXlsx, XlsxReadError, type LoadedXlsx } from "../xlsx";

/** Loads the input workbook; a file that cannot be read gives the Indonesian message, never a stack. */
export async function readInput(
  path: string
): Promise<{ ok: true; loaded: LoadedXlsx } | { ok: false; pesan: string }> {
  try {
    return { ok: true, loaded: await loadXlsx(path) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { ok: false, pesan: e.message };
    return { ok: false, pesan: `${path} tidak dapat dibaca: ${(e as Error).message ?? String(e)}` };
  }
}

/** Parts of a package that a rewrite by ExcelJS does not carry over. */
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
