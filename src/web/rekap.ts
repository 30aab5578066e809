/**
 * lkip.html with many files: the rekap of `lkip rekap`, computed in the browser in a few Web
 * Workers (files are independent), rows in the order the files were given, and the same
 * workbook (Rekap, Temuan) to download. A file that cannot be read is a row with the sentence why.
 */
import {
  rekapFinish,
  rekapUnread,
  type Lang,
  type RekapFileResult,
  type RekapRow,
} from "../report";
import type { RekapRequest } from "./rekap-worker";

export interface WebRekap {
  rows: RekapRow[];
  bytes: Uint8Array;
}

type Reply = { id: number; result?: RekapFileResult; bytes?: Uint8Array };

function startWorker(): Worker {
  return new Worker(new URL("./rekap-worker.ts", import.meta.url));
}

function ask(worker: Worker, request: RekapRequest, transfer: Transferable[] = []): Promise<Reply> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => resolve(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || "worker error"));
    };
    worker.postMessage(request, transfer);
  });
}

const base = (name: string) => name.replace(/\.[^.]*$/, "").toLowerCase();

/** The naskah dropped with a workbook: a .docx (or .pdf) of the same base name. */
export function naskahFor(xlsx: File, others: readonly File[]): File | null {
  const b = base(xlsx.name);
  for (const ext of [/\.docx$/i, /\.pdf$/i]) {
    const n = others.find((f) => ext.test(f.name) && base(f.name) === b);
    if (n) return n;
  }
  return null;
}

export async function rekapFiles(
  files: readonly File[],
  naskah: readonly File[],
  lang: Lang,
  onDone: (done: number, name: string) => void,
  crashed: (name: string) => string
): Promise<WebRekap> {
  const results: RekapFileResult[] = new Array(files.length);
  const threads = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4, files.length));
  const workers = Array.from({ length: threads }, startWorker);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(async (_, w) => {
        while (next < files.length) {
          const i = next++;
          const file = files[i];
          try {
            const bytes = await file.arrayBuffer();
            const n = naskahFor(file, naskah);
            const nb = n && { name: n.name, bytes: await n.arrayBuffer() };
            const reply = await ask(
              workers[w],
              { kind: "file", id: i, name: file.name, bytes, naskah: nb, lang },
              nb ? [bytes, nb.bytes] : [bytes]
            );
            results[i] = reply.result!;
          } catch {
            // The worker itself failed on this file: this row only, on a fresh worker.
            workers[w].terminate();
            workers[w] = startWorker();
            results[i] = rekapUnread(file.name, crashed(file.name));
          }
          onDone(++done, file.name);
        }
      })
    );
    const { rows, temuan } = rekapFinish(results, lang);
    const reply = await ask(workers[0], { kind: "write", id: -1, rows, temuan, lang });
    return { rows, bytes: reply.bytes! };
  } finally {
    for (const w of workers) w.terminate();
  }
}
