import { periksa, readModel, tabelSheet, type Finding, type LkipModel } from "../report";
import type { PilihanSumber, ReadOptions, Settings } from "../report";
import { loadXlsx, XlsxReadError, type LoadedXlsx } from "./read";
import { tablesXlsx } from "./stream-write";

/** What one run of the tables pipeline made. */
export interface TabelXlsx {
  loaded: LoadedXlsx;
  model: LkipModel;
  built: ReturnType<typeof tabelSheet>;
  /** The sheet the tables went to; null when no table could be made (and then no bytes). */
  sheetName: string | null;
  /** A workbook of its own holding the tables sheet, as .xlsx bytes (the input is never rewritten). */
  bytes: Uint8Array | null;
  /** Everything `lkip periksa` reports for this workbook. */
  findings: Finding[];
}

/**
 * read model → tables → a workbook of the tables' own → bytes. The one pipeline behind `lkip tabel`
 * and the browser page (lkip.html), so that both give the same workbook by construction. No file
 * I/O and no Node: the caller brings the loaded sources (or bytes, below) and keeps the bytes.
 */
export async function tabelFromLoaded(
  loaded: LoadedXlsx,
  /** The person's own choices: `lkip --tahun/--kolom`, the page's year and column choice. */
  choice: { tahun?: number; kolom?: ReadOptions["kolom"] } = {}
): Promise<TabelXlsx> {
  const overrides: Partial<Settings> = choice.tahun !== undefined ? { tahun: choice.tahun } : {};
  const model = readModel(loaded.raw, overrides, { kolom: choice.kolom });
  const built = tabelSheet(model);
  const findings = periksa(model);
  // Without LKIP_IKU there is no report (lkip --help: exit 1), except mid-year, when LKIP_TRIWULAN
  // alone is the report of the quarter (WORKBOOK.md).
  // No title carries a year nobody gave (issue 21): the person is asked first.
  if (
    built.tables.length === 0 ||
    (!model.sumber.LKIP_IKU && !model.sumber.LKIP_TRIWULAN) ||
    model.tahunAsal?.jenis === "tidakAda"
  )
    return { loaded, model, built, sheetName: null, bytes: null, findings };
  let bytes: Uint8Array;
  let sheetName: string;
  try {
    // Streamed from the plan (stream-write.ts): ExcelJS's in-memory workbook took ~1 GB at
    // 10,000 indicators.
    ({ bytes, sheetName } = tablesXlsx(built.plan));
  } catch {
    throw new XlsxReadError({
      kode: "TERLALU_BESAR",
      reason: { jenis: "tabel", row: built.plan.values.length },
    });
  }
  return { loaded, model, built, sheetName, bytes, findings };
}

/** The same from an .xlsx file's bytes (a dropped file in the browser). */
export async function tabelXlsx(
  bytes: Uint8Array,
  label?: string,
  /** …and the blocks chosen as sources (`--sumber`, the page's choice among tied tables). */
  choice: Parameters<typeof tabelFromLoaded>[1] & { sumber?: readonly PilihanSumber[] } = {},
  /** Progress while the sheets holding sources are read (lkip.html's worker). */
  onSheet?: (done: number, total: number) => void
): Promise<TabelXlsx> {
  const loaded = await loadXlsx(bytes, label, undefined, onSheet, { pilihan: choice.sumber });
  return tabelFromLoaded(loaded, choice);
}
