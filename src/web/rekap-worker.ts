/// <reference lib="webworker" />
/**
 * lkip.html's rekap worker: one dropped workbook per message, read, computed and checked by the
 * same function as `lkip rekap` (src/xlsx rekapXlsx); the last message writes the rekap workbook.
 * Off the page's thread, so that the page stays responsive over hundreds of files.
 */
import type { Lang, RekapRow, RekapTemuan } from "../report";
import { rekapSheets } from "../report";
import { rekapWorkbook, rekapXlsx } from "../xlsx";

export type RekapRequest =
  | {
      kind: "file";
      id: number;
      name: string;
      bytes: ArrayBuffer;
      /** Its naskah (.docx / .pdf of the same base name), when one was dropped with it. */
      naskah: { name: string; bytes: ArrayBuffer } | null;
      lang: Lang;
    }
  | { kind: "write"; id: number; rows: RekapRow[]; temuan: RekapTemuan[]; lang: Lang };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<RekapRequest>) => {
  const m = e.data;
  if (m.kind === "file") {
    const naskah = m.naskah && { name: m.naskah.name, bytes: new Uint8Array(m.naskah.bytes) };
    const result = await rekapXlsx(m.name, new Uint8Array(m.bytes), m.lang, naskah);
    scope.postMessage({ id: m.id, result });
  } else {
    const bytes = await rekapWorkbook(rekapSheets(m.rows, m.temuan, m.lang));
    scope.postMessage({ id: m.id, bytes }, [bytes.buffer]);
  }
};
