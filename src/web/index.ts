/**
 * lkip.html: the `lkip tabel` pipeline in the browser, for offices whose Excel cannot run add-ins.
 * A dropped .xlsx is read, the tables are written into a copy and offered as a download, and the
 * checker's findings are listed — all through src/xlsx's tabelXlsx, the function `lkip tabel` calls,
 * so both give the same workbook. The file never leaves the page (its CSP forbids connections).
 */
import {
  findingText,
  formatAddress,
  periksaNaskah,
  quoteSheet,
  readFailureText,
  readModel,
  sortByTingkat,
  temuan,
  type Finding,
  type LkipModel,
  type Naskah,
} from "../report";
import { NaskahReadError, bab3FromLoaded, loadXlsx, readNaskah, setPdfLoader } from "../xlsx";
import {
  chosenLines,
  noChoices,
  pipelineChoice,
  withKolom,
  withSumber,
  withTahun,
  type PageChoices,
} from "./choices";
import { bab3Name, downloadName } from "./download";
import { renderQuestions, showTahunInvalid, type Answer } from "./questions";
import { naskahFor, rekapFiles, type WebRekap } from "./rekap";
import type { TabelReply, TabelRequest, TabelView, TabelWords } from "./tabel-worker";
import { pickLanguage, TEXTS, type Language } from "./texts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
let bab3Url: string | null = null;

let lang: Language = pickLanguage(navigator.languages ?? [navigator.language], location.search);
let lastUrl: string | null = null;
/** The last workbook: its results (from the worker), its bytes, its model once a naskah needs it. */
let lastRun: { view: TabelView; file: string; bytes: Uint8Array; model?: LkipModel } | null = null;
/** The worker of the file being read now; a new upload stops it (its results would be stale). */
let current: Worker | null = null;
/** The naskah as read, or the finding of why it cannot be, with its file name. */
let lastNaskah: { name: string; naskah: Naskah | null; problem: Finding | null } | null = null;

// PDF text in the page: pdfjs-dist's worker code runs on the page's own thread (the CSP allows no
// worker and no connection), loaded only when a PDF is chosen.
setPdfLoader(async () => {
  const [lib, worker] = await Promise.all([
    import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.mjs"),
    import(/* webpackChunkName: "pdf-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return lib;
});
let lastRekap: { rekap: WebRekap; skipped: string[] } | null = null;
/** The file shown and the answers given for it on this page (a new upload starts without them). */
let lastFile: File | null = null;
let choices: PageChoices = noChoices();

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function applyTexts(): void {
  const t = TEXTS[lang] as unknown as Record<string, unknown>;
  document.documentElement.lang = lang;
  document.title = `${TEXTS[lang].title} — LKIP`;
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const v = t[el.dataset.t ?? ""];
    if (typeof v === "string") el.textContent = v;
  }
}

function status(text: string, error = false): void {
  const el = $("status");
  el.textContent = text;
  el.classList.toggle("error", error);
}

function fill(list: HTMLElement, items: string[]): void {
  list.replaceChildren(
    ...items.map((s) => {
      const li = document.createElement("li");
      li.textContent = s;
      return li;
    })
  );
}

function findingItem(f: TabelWords["findings"][number]): HTMLLIElement {
  const li = document.createElement("li");
  li.className = f.tingkat;
  const level = document.createElement("span");
  level.className = "tingkat";
  level.textContent = TEXTS[lang].tingkat[f.tingkat];
  li.append(level);
  const address = f.lokasi;
  if (address) {
    const where = document.createElement("span");
    where.className = "lokasi";
    where.textContent = `${address}: `;
    li.append(where);
  }
  // The catalogue's message in the page's language (src/report/contract/findings.ts).
  li.append(document.createTextNode(f.text));
  if (f.naskah) {
    // A finding of the naskah quotes its sentence (or table row).
    const q = document.createElement("q");
    q.className = "kutipan";
    q.textContent = f.naskah;
    li.append(q);
  }
  return li;
}

function showFindings(findings: TabelWords["findings"]): void {
  const n = (t: TabelWords["findings"][number]["tingkat"]) =>
    findings.filter((f) => f.tingkat === t).length;
  $("findingsSummary").textContent = TEXTS[lang].findingsSummary(
    findings.length,
    n("galat"),
    n("peringatan"),
    n("info")
  );
  $("findings").replaceChildren(...findings.map(findingItem));
  $("check").hidden = false;
}

/** The naskah's findings against the workbook read last (again after the language switch). */
async function renderNaskah(): Promise<void> {
  const t = TEXTS[lang];
  const el = $("naskahStatus");
  el.classList.remove("error");
  if (!lastNaskah) return;
  if (lastNaskah.problem) {
    el.textContent = findingText(lastNaskah.problem, lang);
    el.classList.add("error");
    $("naskahFindings").replaceChildren();
    return;
  }
  if (!lastRun || !lastNaskah.naskah) {
    el.textContent = t.naskahWaiting(lastNaskah.name);
    $("naskahFindings").replaceChildren();
    return;
  }
  // The model stays in the worker; the page reads it again only when a naskah is to be checked.
  lastRun.model ??= await modelWithChoices(lastRun.bytes, lastRun.file);
  const findings = sortByTingkat(periksaNaskah(lastRun.model, lastNaskah.naskah));
  const n = (k: Finding["tingkat"]) => findings.filter((f) => f.tingkat === k).length;
  el.textContent = t.naskahSummary(
    lastNaskah.name,
    findings.length,
    n("galat"),
    n("peringatan"),
    n("info")
  );
  $("naskahFindings").replaceChildren(
    ...findings.map((f) =>
      findingItem({
        tingkat: f.tingkat,
        lokasi: formatAddress(f),
        text: findingText(f, lang),
        naskah: f.naskah?.kutipan,
      })
    )
  );
}

/** The model of the file as the tables were made: with the answers given on the page. */
async function modelWithChoices(bytes: Uint8Array, file: string): Promise<LkipModel> {
  const c = pipelineChoice(choices);
  const loaded = await loadXlsx(bytes, file, undefined, undefined, { pilihan: c.sumber });
  return readModel(loaded.raw, c.tahun !== undefined ? { tahun: c.tahun } : {}, { kolom: c.kolom });
}

async function handleNaskah(file: File): Promise<void> {
  const t = TEXTS[lang];
  lastNaskah = null;
  $("naskahFindings").replaceChildren();
  $("naskahStatus").textContent = t.naskahReading(file.name);
  try {
    const naskah = await readNaskah(new Uint8Array(await file.arrayBuffer()), file.name);
    lastNaskah = { name: file.name, naskah, problem: null };
  } catch (e) {
    const masalah =
      e instanceof NaskahReadError ? e.problem : ({ kode: "RUSAK", format: "docx" } as const);
    lastNaskah = {
      name: file.name,
      naskah: null,
      problem: temuan("NASKAH_TIDAK_TERBACA", { berkas: file.name, masalah }),
    };
  }
  await renderNaskah();
}

/** Shows a run's results in the page's language (again after the language switch). */
function render(view: TabelView, file: string): void {
  const t = TEXTS[lang];
  const words = view.words[lang];
  showFindings(words.findings);
  $("result").hidden = false;
  // Whose tables these are: an officer checking several offices' files must not mix them up.
  $("resultFile").textContent = t.resultFor(file);
  const link = $<HTMLAnchorElement>("download");
  const sheetName = view.sheetName;
  if (sheetName === null) {
    $("summary").textContent = t.noTables;
    link.hidden = true;
  } else {
    const wanted = view.wanted;
    const extra = sheetName !== wanted ? ` (${quoteSheet(wanted)} → ${quoteSheet(sheetName)})` : "";
    $("summary").textContent = t.summary(view.tables, sheetName, view.tahun) + extra;
    link.hidden = false;
  }
  fill(
    $("leftOut"),
    words.leftOut.map((x) => t.leftOutItem(x.id, x.title, x.reason))
  );
  $("leftOutBox").hidden = words.leftOut.length === 0;
  fill($("rows"), words.rows);
  $("rowsBox").hidden = words.rows.length === 0;
  $("questions").hidden = !renderQuestions($("questionList"), view.questions, t, answer);
  const chosen = chosenLines(choices, t);
  fill($("chosen"), chosen);
  $("chosenBox").hidden = chosen.length === 0;
}

/** An answer on the page: kept for this file, and the file built again with it. */
function answer(a: Answer): void {
  const file = lastFile;
  if (!file) return;
  if (a.kind === "tahun") {
    const next = withTahun(choices, a.text);
    if (!next) {
      showTahunInvalid($("questionList"));
      return;
    }
    choices = next;
  } else if (a.kind === "kolom") choices = withKolom(choices, a.kolom, a.judul);
  else choices = withSumber(choices, a.sumber, a.address);
  void handle(file, true);
}

/** Every new choice of files clears what the previous one showed and offered first. */
function clear(): void {
  current?.terminate();
  current = null;
  $("result").hidden = true;
  $<HTMLAnchorElement>("download").removeAttribute("href");
  $("check").hidden = true;
  $("rekap").hidden = true;
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = null;
  if (bab3Url) URL.revokeObjectURL(bab3Url);
  bab3Url = null;
  $("downloadBab3").hidden = true;
  $("questions").hidden = true;
  $("chosenBox").hidden = true;
  lastRun = null;
  lastRekap = null;
}

function renderRekap(rekap: WebRekap, skipped: string[]): void {
  const t = TEXTS[lang];
  const read = rekap.rows.filter((r) => r.galat !== null).length;
  $("rekapSummary").textContent = t.rekapSummary(rekap.rows.length, read);
  $("rekapSkipped").textContent = t.rekapSkipped(skipped.join(", "));
  $("rekapSkipped").hidden = skipped.length === 0;
  const cell = (tag: "th" | "td", text: string | number | null, numeric = false) => {
    const el = document.createElement(tag);
    el.textContent = text === null ? "" : String(text);
    if (numeric) el.className = "n";
    return el;
  };
  const head = document.createElement("tr");
  head.append(...t.rekapHeader.map((h) => cell("th", h)));
  const body = rekap.rows.map((r, i) => {
    const tr = document.createElement("tr");
    tr.append(
      cell("td", i + 1, true),
      cell("td", r.berkas),
      cell("td", r.instansi),
      cell("td", r.tahun, true),
      cell("td", r.indikator, true),
      cell("td", r.rataRataCapaian === null ? null : r.rataRataCapaian.replace(".", ","), true),
      cell("td", r.galat, true),
      cell("td", r.peringatan, true),
      cell("td", r.keterangan)
    );
    return tr;
  });
  $("rekapTable").replaceChildren(head, ...body);
  $("rekap").hidden = false;
}

async function handleMany(files: File[]): Promise<void> {
  const t = TEXTS[lang];
  clear();
  lastFile = null;
  choices = noChoices();
  const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
  // A .docx or .pdf of a workbook's base name is its naskah, checked with it (RULES §15).
  const naskah = files.filter(
    (f) => /\.(docx|pdf)$/i.test(f.name) && xlsx.some((x) => naskahFor(x, [f]))
  );
  const skipped = files
    .filter((f) => !/\.xlsx$/i.test(f.name) && !naskah.includes(f))
    .map((f) => f.name);
  if (xlsx.length === 0) {
    status(t.notXlsx(skipped.join(", ")), true);
    return;
  }
  status(t.rekapProgress(0, xlsx.length, ""));
  try {
    const rekap = await rekapFiles(
      xlsx,
      naskah,
      lang,
      (done, name) => status(t.rekapProgress(done, xlsx.length, name)),
      (name) => TEXTS[lang].rekapCrashed(name)
    );
    lastUrl = URL.createObjectURL(new Blob([rekap.bytes as BlobPart], { type: XLSX_TYPE }));
    const link = $<HTMLAnchorElement>("rekapDownload");
    link.href = lastUrl;
    link.download = "rekap-lkip.xlsx";
    lastRekap = { rekap, skipped };
    renderRekap(rekap, skipped);
    status(t.done);
  } catch (e) {
    status(`${t.failed} ${(e as Error)?.message ?? String(e)}`, true);
  }
}

/**
 * One workbook: read, computed and written in a Web Worker (tabel-worker.ts), so that the page
 * stays responsive on a large file; the page only shows the steps and the results.
 */
async function handle(file: File, again = false): Promise<void> {
  clear();
  // A new upload starts without the answers given for the previous file.
  if (!again) choices = noChoices();
  lastFile = file;
  status(TEXTS[lang].reading(file.name));
  const worker = new Worker(new URL("./tabel-worker.ts", import.meta.url));
  current = worker;
  try {
    const bytes = await file.arrayBuffer();
    // Kept for a naskah check later (the worker's copy is transferred away).
    const copy = new Uint8Array(bytes.slice(0));
    if (current !== worker) return;
    type Final = Extract<TabelReply, { kind: "done" | "failed" }>;
    const reply = await new Promise<Final>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<TabelReply>) => {
        const m = e.data;
        if (m.kind === "sheet") status(TEXTS[lang].readingSheet(m.done, m.total));
        else if (m.kind === "step") status(TEXTS[lang].building);
        else resolve(m);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(e.message || "worker error"));
      };
      const request: TabelRequest = { name: file.name, bytes, choices };
      worker.postMessage(request, [bytes]);
    });
    // Another file was chosen meanwhile: this one's results are not shown.
    if (current !== worker) return;
    const t = TEXTS[lang];
    if (reply.kind === "failed") {
      if (reply.failure !== null)
        status(readFailureText({ ...reply.failure, berkas: file.name }, lang), true);
      else status(`${t.failed} ${reply.message}`, true);
      return;
    }
    if (reply.bytes !== null) {
      lastUrl = URL.createObjectURL(new Blob([reply.bytes as BlobPart], { type: XLSX_TYPE }));
      const link = $<HTMLAnchorElement>("download");
      link.href = lastUrl;
      link.download = downloadName(file.name);
    }
    lastRun = { view: reply.view, file: file.name, bytes: copy };
    render(reply.view, file.name);
    if (reply.bytes !== null) await offerBab3();
    await renderNaskah();
    status(t.done);
  } catch (e) {
    if (current === worker)
      status(`${TEXTS[lang].failed} ${(e as Error)?.message ?? String(e)}`, true);
  } finally {
    worker.terminate();
    if (current === worker) current = null;
  }
}

/**
 * Bab III of the last workbook, in the page's language, beside the workbook (TABLES.md "Bab III"):
 * the .docx `lkip bab3` writes, from the same bytes.
 */
async function offerBab3(): Promise<void> {
  const run = lastRun;
  const link = $<HTMLAnchorElement>("downloadBab3");
  if (bab3Url) URL.revokeObjectURL(bab3Url);
  bab3Url = null;
  link.hidden = true;
  if (!run) return;
  const c = pipelineChoice(choices);
  const loaded = await loadXlsx(run.bytes, run.file, undefined, undefined, { pilihan: c.sumber });
  const bab3 = await bab3FromLoaded(loaded, lang, c);
  if (bab3.bytes === null || lastRun !== run) return;
  bab3Url = URL.createObjectURL(new Blob([bab3.bytes as BlobPart], { type: DOCX_TYPE }));
  link.href = bab3Url;
  link.download = bab3Name(run.file);
  link.hidden = false;
}

function pick(files: FileList | null | undefined): void {
  if (files && files.length > 1) {
    void handleMany([...files]);
    return;
  }
  const file = files?.[0];
  if (!file) return;
  if (!/\.xlsx$/i.test(file.name)) {
    status(TEXTS[lang].notXlsx(file.name), true);
    return;
  }
  void handle(file);
}

function start(): void {
  applyTexts();
  const lead = document.querySelector("h1");
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.id = "lang";
  toggle.textContent = TEXTS[lang].other;
  toggle.style.float = "right";
  toggle.addEventListener("click", () => {
    lang = lang === "id" ? "en" : "id";
    toggle.textContent = TEXTS[lang].other;
    applyTexts();
    if (lastRun) {
      render(lastRun.view, lastRun.file);
      if (bab3Url) void offerBab3();
      if ($("status").textContent) status(TEXTS[lang].done);
    }
    void renderNaskah();
    if (lastRekap) renderRekap(lastRekap.rekap, lastRekap.skipped);
  });
  lead?.before(toggle);

  const input = $<HTMLInputElement>("file");
  input.addEventListener("change", () => {
    pick(input.files);
    input.value = "";
  });
  const naskahInput = $<HTMLInputElement>("naskahFile");
  naskahInput.addEventListener("change", () => {
    const file = naskahInput.files?.[0];
    naskahInput.value = "";
    if (!file) return;
    if (!/\.(docx|pdf)$/i.test(file.name)) {
      $("naskahStatus").textContent = TEXTS[lang].naskahNotDoc(file.name);
      $("naskahStatus").classList.add("error");
      return;
    }
    void handleNaskah(file);
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    pick(e.dataTransfer?.files);
  });
  document.body.dataset.ready = "1";
}

start();
