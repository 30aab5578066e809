/**
 * What the pane shows before it turns a selected block into a source ("Gunakan pilihan ini
 * sebagai LKIP_IKU"): which columns the shared header vocabulary recognises, which required
 * ones are missing, and whether the block has a two-row header ("2024" over "Target | Realisasi").
 * Also the report year read from "Target 2024"-style headers, for workbooks without LKIP_INFO.
 * Pure: the pane shows these results and never matches headers itself.
 */
import { headerText, normalizeHeader, resolveHeaders, type Headers } from "./columns";
import type { PilihanKolom } from "./columns";
import type { RawCell, RawRange, SourceName } from "../contract";

export interface RecognisedColumn {
  /** 0-based column inside the block. */
  col: number;
  /** The header as it will be read (two-row headers joined: "Target 2024"). */
  header: string;
  /** The WORKBOOK.md name it stands for ("Target", "Realisasi 2023", …). */
  label: string;
}

export interface ColumnRecognition {
  source: SourceName;
  /** 1, or 2 when the top row only qualifies the row below it. */
  headerRows: 1 | 2;
  /** One header text per column, as it will be read (joined for a two-row header). */
  headers: string[];
  recognised: RecognisedColumn[];
  /** Required columns (WORKBOOK.md names) not found. */
  missing: string[];
  /** Headers of columns the source does not use. */
  ignored: string[];
  /** The report year the headers give ("Target 2024"), or null. */
  tahun: number | null;
}

const YEAR = /^(19|20)\d{2}$/;

/**
 * The report year from LKIP_IKU headers: the year of "Target {tahun}", else (when there is no
 * plain "Realisasi") the latest "Realisasi {tahun}". Null when no header carries the year.
 */
export function tahunFromHeaders(headers: RawCell[]): number | null {
  let target: number | null = null;
  let realisasi: number | null = null;
  let plainRealisasi = false;
  for (const cell of headers) {
    const text = headerText(cell);
    if (text === null) continue;
    const norm = normalizeHeader(text);
    let m = /^target(\d{4})$/.exec(norm);
    if (m) target = Math.max(target ?? 0, Number(m[1]));
    m = /^realisasi(\d{4})$/.exec(norm);
    if (m) realisasi = Math.max(realisasi ?? 0, Number(m[1]));
    if (norm === "realisasi") plainRealisasi = true;
  }
  // Beside a plain "Realisasi", a "Realisasi 2023" is an earlier year: it says nothing of this one.
  return target ?? (plainRealisasi ? null : realisasi);
}

/**
 * Joins a two-row header into one: a year above a column gives "Target 2024", other text above
 * gives "Capaian %"; a top cell spans the blank cells to its right until the row below is blank
 * too (a merged cell reads blank after its first cell); a bottom-blank column keeps its top text.
 */
export function joinHeaderRows(top: RawCell[], bottom: RawCell[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const out: string[] = [];
  let span: string | null = null;
  for (let c = 0; c < width; c++) {
    const t = headerText(top[c] ?? null);
    const b = headerText(bottom[c] ?? null);
    // A top cell spans to the right only as a group header (it has sub-headers below it).
    if (t !== null) span = b !== null ? t : null;
    else if (b === null) span = null;
    const above = t ?? (b !== null ? span : null);
    if (b === null) out.push(above ?? "");
    else if (above === null) out.push(b);
    else out.push(YEAR.test(above.trim()) ? `${b} ${above.trim()}` : `${above} ${b}`);
  }
  return out;
}

/** A row holding years and blanks only, at least one year. */
function yearsOnly(row: RawCell[]): boolean {
  const texts = row.map(headerText).filter((t): t is string => t !== null);
  return texts.length > 0 && texts.every((t) => YEAR.test(t.trim()));
}

/**
 * A source whose header takes two rows, read as one: the joined header replaces the two rows
 * (addresses stay those of the lower header row). Ranges with a one-row header are returned as
 * they are.
 */
export function withOneHeaderRow(
  range: RawRange,
  tahun: number,
  pilihan: PilihanKolom = {}
): RawRange {
  if (range.source === "LKIP_INFO" || range.values.length < 3) return range;
  const r = recognizeColumns(range.source, range.values.slice(0, 2), tahun, pilihan);
  if (r.headerRows === 1) return range;
  return { ...range, row: range.row + 1, values: [r.headers, ...range.values.slice(2)] };
}

/** The columns a header row gives a source with columns (all but LKIP_INFO). */
function score(
  source: Exclude<SourceName, "LKIP_INFO">,
  headers: RawCell[],
  tahun: number,
  pilihan: PilihanKolom = {}
) {
  const h: Headers<string> = resolveHeaders(
    { source, kind: "name", sheet: "", row: 0, col: 0, values: [headers] },
    tahun,
    pilihan
  );
  return { h };
}

/**
 * Recognises a block's header row(s) for `source`. `rows` are the block's first rows (two are
 * enough). `tahun` is the report year as known so far; a year in the headers wins over it.
 */
export function recognizeColumns(
  source: SourceName,
  rows: RawCell[][],
  tahun: number,
  pilihan: PilihanKolom = {}
): ColumnRecognition {
  const first = rows[0] ?? [];
  const oneRow = first.map((c) => headerText(c) ?? "");
  let headers = oneRow;
  let headerRows: 1 | 2 = 1;
  if (source !== "LKIP_INFO" && rows.length >= 2) {
    const joined = joinHeaderRows(first, rows[1]);
    const y1 = tahunFromHeaders(oneRow) ?? tahun;
    const y2 = tahunFromHeaders(joined) ?? tahun;
    const a = score(source, oneRow, y1, pilihan);
    const b = score(source, joined, y2, pilihan);
    // Two rows only when that reads strictly more: a data row never looks like a better header.
    // A row of years alone ("2019 | 2020" under "Target | Capaian (%)", as reports print it) is
    // no data row of any source (each needs a name), so it qualifies the row above even when the
    // top row alone already names every required column.
    if (
      b.h.missing.length < a.h.missing.length ||
      (b.h.missing.length === a.h.missing.length && yearsOnly(rows[1]))
    ) {
      headers = joined;
      headerRows = 2;
    }
  }
  const year = source === "LKIP_IKU" ? tahunFromHeaders(headers) : null;
  if (source === "LKIP_INFO") return recognizeInfo(rows, headers);

  const { h } = score(source, headers, year ?? tahun, pilihan);
  const labels = new Map<number, string>();
  for (const [key, col] of Object.entries(h.columns) as [string, number][])
    labels.set(col, LABELS[key] ?? key);
  for (const t of h.tahunLalu) labels.set(t.col, `Realisasi ${t.tahun}`);
  const recognised: RecognisedColumn[] = [...labels.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([col, label]) => ({ col, header: headers[col], label }));
  const ignored = headers.filter((text, c) => text !== "" && !labels.has(c));
  return { source, headerRows, headers, recognised, missing: h.missing, ignored, tahun: year };
}

/** LKIP_INFO is key/value rows, not columns: the keys it knows are what it recognises. */
function recognizeInfo(rows: RawCell[][], headers: string[]): ColumnRecognition {
  const known: Record<string, string> = {
    instansi: "Instansi",
    tahun: "Tahun",
    pembulatan: "Pembulatan",
    skala: "Skala",
    batasicapaianefisiensi: "Batasi Capaian Efisiensi",
    batasicapaian: "Batasi Capaian Efisiensi",
  };
  const recognised: RecognisedColumn[] = [];
  rows.forEach((row) => {
    const text = headerText(row[0] ?? null);
    const label = text === null ? undefined : known[normalizeHeader(text)];
    if (text !== null && label) recognised.push({ col: 0, header: text, label });
  });
  const missing = rows.length > 0 && (rows[0]?.length ?? 0) >= 2 ? [] : ["Nilai"];
  return {
    source: "LKIP_INFO",
    headerRows: 1,
    headers,
    recognised,
    missing,
    ignored: [],
    tahun: null,
  };
}

const LABELS: Record<string, string> = {
  sasaran: "Sasaran",
  indikator: "Indikator",
  target: "Target",
  realisasi: "Realisasi",
  no: "No",
  satuan: "Satuan",
  formulasi: "Formulasi",
  arah: "Arah",
  targetRenstra: "Target Renstra",
  targetAkhirRenstra: "Target Akhir Renstra",
  bobot: "Bobot",
  capaian: "Capaian",
  predikat: "Predikat",
  kategori: "Kategori",
  efisiensi: "Efisiensi",
  serapan: "Serapan",
  program: "Program",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub Kegiatan",
  pagu: "Pagu",
  jenis: "Jenis Belanja",
};
