/**
 * The naskah reader in the pane (RULES §15): loaded only when a file is chosen ("later-naskah",
 * not in the pane's first load), PDF text through pdfjs-dist with its worker code on the pane's own
 * thread. Returns the paragraphs, or why the file cannot be read (the catalogue words it).
 */
import type { MasalahNaskah, Naskah } from "../report";

export type NaskahRead = { ok: true; naskah: Naskah } | { ok: false; masalah: MasalahNaskah };

export async function readNaskahFile(file: File): Promise<NaskahRead> {
  const x = await import(/* webpackChunkName: "later-naskah" */ "../xlsx");
  x.setPdfLoader(async () => {
    const [lib, worker] = await Promise.all([
      import(/* webpackChunkName: "later-pdf" */ "pdfjs-dist/legacy/build/pdf.mjs"),
      import(/* webpackChunkName: "later-pdf-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  });
  try {
    return {
      ok: true,
      naskah: await x.readNaskah(new Uint8Array(await file.arrayBuffer()), file.name),
    };
  } catch (e) {
    if (e instanceof x.NaskahReadError) return { ok: false, masalah: e.problem };
    return {
      ok: false,
      masalah: { kode: "RUSAK", format: /\.pdf$/i.test(file.name) ? "pdf" : "docx" },
    };
  }
}
