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

// Also said by the browser page, so it lives with the pipeline.
export { partsNotCopied } from "../xlsx";
