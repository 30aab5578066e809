import { bab3, readModel, type Bab3Document, type Lang, type LkipModel } from "../report";
import type { LoadedXlsx } from "./read";
import { writeBab3Docx } from "./docx";

/** What one run of the Bab III pipeline made. */
export interface Bab3Xlsx {
  loaded: LoadedXlsx;
  model: LkipModel;
  doc: Bab3Document | null;
  /** The .docx; null when there is no report to write (no usable LKIP_IKU). */
  bytes: Uint8Array | null;
}

/**
 * read model → tables → Bab III → .docx bytes: the one pipeline behind `lkip bab3` and lkip.html,
 * from the same tables `lkip tabel` writes (so the figures are theirs). No file I/O, no Node.
 */
export async function bab3FromLoaded(
  loaded: LoadedXlsx,
  lang: Lang = "id",
  /** The person's answers (lkip.html's year and column choice), as for the tables. */
  choice: { tahun?: number; kolom?: Record<string, string> } = {}
): Promise<Bab3Xlsx> {
  const overrides = choice.tahun !== undefined ? { tahun: choice.tahun } : {};
  const model = readModel(loaded.raw, overrides, { kolom: choice.kolom });
  if (!model.sumber.LKIP_IKU?.dipakai || model.indikator.length + model.kualitatif.length === 0)
    return { loaded, model, doc: null, bytes: null };
  const doc = bab3(model, { lang });
  return { loaded, model, doc, bytes: await writeBab3Docx(doc) };
}
