/// <reference lib="webworker" />
/**
 * lkip.html's tabel worker: one dropped workbook read, computed, checked and written by the same
 * function as `lkip tabel` (src/xlsx tabelXlsx), off the page's thread so that the page stays
 * responsive on a large workbook. What the page shows goes back as words in both languages (the
 * model's decimals do not survive postMessage), with the output's bytes transferred.
 */
import type { Lang, ReadFailure } from "../report";
import { findingText, formatAddress, outputSheetName, reasonText } from "../report";
import { XlsxReadError, tabelXlsx } from "../xlsx";
import { pipelineChoice, questionsOf, type PageChoices, type PageQuestions } from "./choices";

/** A file and the answers given on the page for it (issue 21: --kolom, --tahun, --sumber). */
export type TabelRequest = { name: string; bytes: ArrayBuffer; choices?: PageChoices };

/** One language's words of a run. */
export interface TabelWords {
  findings: {
    tingkat: "galat" | "peringatan" | "info";
    lokasi: string;
    text: string;
    /** A naskah finding's quoted sentence (naskah findings are worded on the page). */
    naskah?: string;
  }[];
  leftOut: { id: number; title: string; reason: string }[];
  rows: string[];
}

export interface TabelView {
  tables: number;
  /** Null when no table could be made (then no bytes). */
  sheetName: string | null;
  wanted: string;
  tahun: number;
  words: Record<Lang, TabelWords>;
  /** What the reader asks the person about this file (headers and cells; the page words them). */
  questions: PageQuestions;
}

export type TabelReply =
  | { kind: "step"; step: "building" }
  | { kind: "sheet"; done: number; total: number }
  | { kind: "done"; view: TabelView; bytes: Uint8Array | null }
  /** failure: why the reader refused the file (words: readFailureText); else an unexpected failure's message. */
  | { kind: "failed"; failure: ReadFailure | null; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<TabelRequest>) => {
  try {
    const choice = pipelineChoice(e.data.choices ?? { kolom: {}, sumber: {} });
    const run = await tabelXlsx(new Uint8Array(e.data.bytes), undefined, choice, (done, total) =>
      scope.postMessage({ kind: "sheet", done, total } satisfies TabelReply)
    );
    scope.postMessage({ kind: "step", step: "building" } satisfies TabelReply);
    const words = (lang: Lang): TabelWords => ({
      findings: run.findings.map((f) => ({
        tingkat: f.tingkat,
        lokasi: formatAddress(f),
        text: findingText(f, lang),
      })),
      leftOut: run.built.leftOut.map((x) => ({
        id: x.id,
        title: x.title,
        reason: reasonText(x.reason, lang),
      })),
      rows: run.model.leftOut.map(
        (b) => `${b.lokasi} (${b.source}): ${b.temuan.map((f) => findingText(f, lang)).join(" ")}`
      ),
    });
    const view: TabelView = {
      tables: run.built.tables.length,
      sheetName: run.bytes === null ? null : run.sheetName,
      wanted: outputSheetName(run.model.settings),
      tahun: run.model.settings.tahun,
      words: { id: words("id"), en: words("en") },
      questions: questionsOf(run.model),
    };
    const reply: TabelReply = { kind: "done", view, bytes: run.bytes };
    scope.postMessage(reply, run.bytes ? [run.bytes.buffer] : []);
  } catch (err) {
    const reply: TabelReply = {
      kind: "failed",
      failure: err instanceof XlsxReadError ? err.failure : null,
      message: (err as Error)?.message ?? String(err),
    };
    scope.postMessage(reply);
  }
};
