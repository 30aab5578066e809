/**
 * lkip.html: the `lkip tabel` pipeline in the browser, for offices whose Excel cannot run add-ins.
 * A dropped .xlsx is read, the tables are written into a copy and offered as a download, and the
 * checker's findings are listed — all through src/xlsx's tabelXlsx, the function `lkip tabel` calls,
 * so both give the same workbook. The file never leaves the page (its CSP forbids connections).
 */
import {
  findingText,
  formatLokasi,
  outputSheetName,
  quoteSheet,
  readFailureText,
  reasonText,
  type Finding,
} from "../report";
import { XlsxReadError, tabelXlsx, type TabelXlsx } from "../xlsx";
import { downloadName } from "./download";
import { pickLanguage, TEXTS, type Language } from "./texts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let lang: Language = pickLanguage(navigator.languages ?? [navigator.language], location.search);
let lastUrl: string | null = null;
let lastRun: TabelXlsx | null = null;

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

function findingItem(f: Finding): HTMLLIElement {
  const li = document.createElement("li");
  li.className = f.tingkat;
  const level = document.createElement("span");
  level.className = "tingkat";
  level.textContent = TEXTS[lang].tingkat[f.tingkat];
  li.append(level);
  const lokasi = formatLokasi(f);
  if (lokasi) {
    const where = document.createElement("span");
    where.className = "lokasi";
    where.textContent = `${lokasi}: `;
    li.append(where);
  }
  // The catalogue's message in the page's language (src/report/contract/findings.ts).
  li.append(document.createTextNode(findingText(f, lang)));
  return li;
}

function showFindings(findings: Finding[]): void {
  const n = (t: Finding["tingkat"]) => findings.filter((f) => f.tingkat === t).length;
  $("findingsSummary").textContent = TEXTS[lang].findingsSummary(
    findings.length,
    n("galat"),
    n("peringatan"),
    n("info")
  );
  $("findings").replaceChildren(...findings.map(findingItem));
  $("check").hidden = false;
}

/** Shows a run's results in the page's language (again after the language switch). */
function render(run: TabelXlsx): void {
  const t = TEXTS[lang];
  const { model, built, sheetName } = run;
  showFindings(run.findings);
  $("result").hidden = false;
  const link = $<HTMLAnchorElement>("download");
  if (run.bytes === null || sheetName === null) {
    $("summary").textContent = t.noTables;
    link.hidden = true;
  } else {
    const wanted = outputSheetName(model.settings);
    const extra = sheetName !== wanted ? ` (${quoteSheet(wanted)} → ${quoteSheet(sheetName)})` : "";
    $("summary").textContent =
      t.summary(built.tables.length, sheetName, model.settings.tahun) + extra;
    link.hidden = false;
  }
  fill(
    $("leftOut"),
    built.leftOut.map((x) => t.leftOutItem(x.id, x.title, reasonText(x.alasan, lang)))
  );
  $("leftOutBox").hidden = built.leftOut.length === 0;
  fill(
    $("rows"),
    model.leftOut.map(
      (b) => `${b.lokasi} (${b.source}): ${b.temuan.map((f) => findingText(f, lang)).join(" ")}`
    )
  );
  $("rowsBox").hidden = model.leftOut.length === 0;
}

async function handle(file: File): Promise<void> {
  const t = TEXTS[lang];
  $("result").hidden = true;
  $("check").hidden = true;
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = null;
  lastRun = null;
  status(t.reading(file.name));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    status(t.building);
    const run = await tabelXlsx(bytes);
    if (run.bytes !== null) {
      lastUrl = URL.createObjectURL(new Blob([run.bytes as BlobPart], { type: XLSX_TYPE }));
      const link = $<HTMLAnchorElement>("download");
      link.href = lastUrl;
      link.download = downloadName(file.name);
    }
    lastRun = run;
    render(run);
    status(t.done);
  } catch (e) {
    if (e instanceof XlsxReadError)
      status(readFailureText({ ...e.failure, berkas: file.name }, lang), true);
    else status(`${t.failed} ${(e as Error)?.message ?? String(e)}`, true);
  }
}

function pick(files: FileList | null | undefined): void {
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
      render(lastRun);
      if ($("status").textContent) status(TEXTS[lang].done);
    }
  });
  lead?.before(toggle);

  const input = $<HTMLInputElement>("file");
  input.addEventListener("change", () => {
    pick(input.files);
    input.value = "";
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
