/**
 * What the pane shows before it turns a selected block into a source ("Gunakan pilihan ini
 * sebagai LKIP_IKU"): which columns the shared header vocabulary recognises, which required
 * ones are missing, and how many rows its header takes ("2024" over "Target | Realisasi": two).
 * Also the report year read from "Target 2024"-style headers, for workbooks without LKIP_INFO.
 * Pure: the pane shows these results and never matches headers itself.
 */
import { KOSAKATA, headerText, normalizeHeader, resolveHeaders, type Headers } from "./columns";
import type { PilihanKolom } from "./columns";
import { temuan } from "../contract";
import type { Finding, RawCell, RawRange, SourceName } from "../contract";

export interface RecognisedColumn {
  /** 0-based column inside the block. */
  col: number;
  /** The header as it will be read (header rows joined: "Target 2024"). */
  header: string;
  /** The WORKBOOK.md name it stands for ("Target", "Realisasi 2023", …). */
  label: string;
}

export interface ColumnRecognition {
  source: SourceName;
  /** 1, or 2 or 3 when the top rows only qualify the row below them (group headers, years). */
  headerRows: 1 | 2 | 3;
  /** One header text per column, as it will be read (joined for a header of several rows). */
  headers: string[];
  /** Per column, the budget or kinerja group header that named it, else null. */
  groups: (string | null)[];
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
    // "Target Kinerja 2024": a year row under a Kinerja group (joinHeaders) names it too.
    let m = /^target(?:kinerja)?(\d{4})$/.exec(norm);
    if (m) target = Math.max(target ?? 0, Number(m[1]));
    m = /^realisasi(?:kinerja)?(\d{4})$/.exec(norm);
    if (m) realisasi = Math.max(realisasi ?? 0, Number(m[1]));
    if (norm === "realisasi") plainRealisasi = true;
  }
  // Beside a plain "Realisasi", a "Realisasi 2023" is an earlier year: it says nothing of this one.
  return target ?? (plainRealisasi ? null : realisasi);
}

/**
 * Group headers (WORKBOOK.md "Layouts as printed"): a top cell over several columns that says
 * whose figures they are. Under a budget group "Anggaran" is the Pagu and "Realisasi" the
 * realisasi anggaran; under "Kinerja" they are the indicator's.
 */
const BUDGET_GROUP = ["anggaran", "keuangan", "realisasianggaran", "anggaranrp", "pagu"];
const KINERJA_GROUP = ["kinerja", "realisasikinerja", "capaiankinerja", "kinerjasasaran"];
const PAGU_UNDER = ["anggaran", "pagu", "paguanggaran", "alokasi", "jumlah"];
const PERSEN_UNDER = ["capaian", "capaian%", "%", "persen", "persentase", "serapan", "realisasi%"];

/** What a sub-header means under its group, as the vocabulary names it; null when the group adds nothing. */
function underGroup(group: string, sub: string): string | null {
  const g = normalizeHeader(group);
  const b = sub
    .toLowerCase()
    .replace(/\(\s*rp\.?\s*\)/g, "")
    .replace(/[\s._()]+/g, "");
  if (BUDGET_GROUP.includes(g)) {
    if (PAGU_UNDER.includes(b)) return "Pagu";
    if (b === "realisasi") return "Realisasi Anggaran";
    if (PERSEN_UNDER.includes(b)) return "Serapan";
  } else if (KINERJA_GROUP.includes(g)) {
    if (b === "target") return "Target Kinerja";
    if (b === "realisasi") return "Realisasi Kinerja";
    if (PERSEN_UNDER.includes(b)) return "Capaian Kinerja";
  }
  return null;
}

/** One header per column, and for a column named by a budget or kinerja group, that group. */
export interface JoinedHeader {
  headers: string[];
  groups: (string | null)[];
}

/** "2024", "Tahun 2024", "TA 2024", "Tahun Anggaran 2024": a header cell that is a year alone. */
function yearCell(text: string): string | null {
  const m = /^(?:(?:tahun|ta\.?)(?:\s*anggaran)?\s*)?((?:19|20)\d{2})$/i.exec(text.trim());
  return m ? m[1] : null;
}

/**
 * Joins a header of one to three rows into one (WORKBOOK.md "Layouts as printed"), column by
 * column from the top: a year anywhere above gives "Target 2024"; a budget or kinerja group
 * gives the column it names ("Realisasi" under "Anggaran" → "Realisasi Anggaran"), and a row
 * below that continues it ("Realisasi Anggaran TW I"; under "Kinerja" the indicator's own,
 * "Realisasi TW I"); other text above gives "Capaian %". A cell spans the blank cells to its
 * right while the rows below it hold text there and no new cell starts above it (a merged cell
 * reads blank after its first cell); a column blank below keeps the text above.
 */
export function joinHeaders(rows: RawCell[][]): JoinedHeader {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const text = rows.map((r) => Array.from({ length: width }, (_, c) => headerText(r[c] ?? null)));
  const span: (string | null)[] = rows.map(() => null);
  const out: JoinedHeader = { headers: [], groups: [] };
  for (let c = 0; c < width; c++) {
    // The texts over column c, top first; the last is the column's own (its lowest cell).
    const stack: string[] = [];
    text.forEach((row, i) => {
      const below = text.slice(i + 1).some((r) => r[c] !== null);
      const t = row[c];
      if (t !== null) {
        span[i] = below ? t : null;
        span.fill(null, i + 1); // a new cell ends the spans of the rows below it
        stack.push(t);
      } else if (!below) span[i] = null;
      else if (span[i] !== null) stack.push(span[i]!);
    });
    let name: string | null = null;
    let bare: string | null = null; // under Kinerja: the sub-header alone, the indicator's own
    let year: string | null = null;
    let group: string | null = null;
    stack.forEach((t, i) => {
      const y = yearCell(t);
      // A year alone with nothing above it is the column's own header ("2023" under nothing).
      if (y !== null && (name !== null || i < stack.length - 1)) year = y;
      else if (name === null) name = t;
      else {
        const named = underGroup(name, t);
        if (named !== null) {
          group = name.trim();
          bare = KINERJA_GROUP.includes(normalizeHeader(name)) ? t : null;
          name = named;
        } else {
          name = `${bare ?? name} ${t}`;
          bare = null;
        }
      }
    });
    out.groups.push(group);
    out.headers.push(name === null ? "" : year !== null ? `${name} ${year}` : name);
  }
  return out;
}

/** A two-row header joined (see joinHeaders). */
export function joinHeaderRowsGrouped(top: RawCell[], bottom: RawCell[]): JoinedHeader {
  return joinHeaders([top, bottom]);
}

/** The joined headers alone (see joinHeaders). */
export function joinHeaderRows(top: RawCell[], bottom: RawCell[]): string[] {
  return joinHeaders([top, bottom]).headers;
}

/** A row holding years and blanks only, at least one year. */
function yearsOnly(row: RawCell[]): boolean {
  const texts = row.map(headerText).filter((t): t is string => t !== null);
  return texts.length > 0 && texts.every((t) => YEAR.test(t.trim()));
}

/**
 * A source whose header takes two or three rows, read as one: the joined header replaces them
 * (addresses stay those of the lowest header row; merges and percent formats move with their
 * cells). Ranges with a one-row header are returned as they are. Both gateways' ranges pass here,
 * so the Office.js and the .xlsx paths read headers alike.
 */
export function withOneHeaderRow(
  range: RawRange,
  tahun: number,
  pilihan: PilihanKolom = {}
): RawRange {
  return readHeaderRows(range, tahun, pilihan).range;
}

/** withOneHeaderRow, with an info for each column a group header named (KOLOM_KELOMPOK). */
export function readHeaderRows(
  range: RawRange,
  tahun: number,
  pilihan: PilihanKolom = {}
): { range: RawRange; findings: Finding[] } {
  if (range.source === "LKIP_INFO" || range.values.length < 3) return { range, findings: [] };
  // A header is never all of a range: at least one row stays below it.
  const head = range.values.slice(0, Math.min(3, range.values.length - 1));
  const r = recognizeColumns(range.source, head, tahun, pilihan);
  const drop = r.headerRows - 1;
  if (drop === 0) return { range, findings: [] };
  const merges = (range.merges ?? []).flatMap((m) => {
    const end = m.row + m.rows;
    if (end <= drop) return [];
    const row = Math.max(m.row, drop) - drop;
    return [{ ...m, row, rows: end - drop - row }];
  });
  const out: RawRange = {
    ...range,
    row: range.row + drop,
    values: [r.headers, ...range.values.slice(drop + 1)],
  };
  if (range.merges) out.merges = merges;
  if (range.percent) out.percent = range.percent.slice(drop);
  const findings = r.groups.flatMap((kelompok, c) => {
    // The column's own header: its lowest written cell.
    const judul =
      head
        .slice(0, r.headerRows)
        .map((row) => headerText(row[c] ?? null))
        .filter((t): t is string => t !== null)
        .pop() ?? null;
    if (kelompok === null || judul === null) return [];
    return [
      temuan(
        "KOLOM_KELOMPOK",
        { sumber: range.source, judul: judul.trim(), kelompok, dibaca: r.headers[c] },
        { sumber: range.source, cell: { sheet: range.sheet, row: out.row, col: range.col + c } }
      ),
    ];
  });
  return { range: out, findings };
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
 * Recognises a block's header row(s) for `source`. `rows` are the block's first rows (three are
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
  let groups: (string | null)[] = oneRow.map(() => null);
  let headerRows: 1 | 2 | 3 = 1;
  // The reading chosen, with the year it was scored for: the final reading below is often it.
  let best: { h: Headers<string>; tahun: number } | null = null;
  if (source !== "LKIP_INFO") {
    const y1 = tahunFromHeaders(oneRow) ?? tahun;
    best = { ...score(source, oneRow, y1, pilihan), tahun: y1 };
    for (const n of [2, 3] as const) {
      if (rows.length < n) break;
      // Nothing reads strictly more than a reading that misses nothing: only a row of years
      // could still qualify it (below), so the joined rows need no scoring otherwise.
      if (best.h.missing.length === 0 && !yearsOnly(rows[n - 1])) continue;
      const j = joinHeaders(rows.slice(0, n));
      const yn = tahunFromHeaders(j.headers) ?? tahun;
      const h = { ...score(source, j.headers, yn, pilihan), tahun: yn };
      // More rows only when that reads strictly more: a data row never looks like a better
      // header. A row of years alone ("2019 | 2020" under "Target | Capaian (%)", as reports
      // print it) is no data row of any source (each needs a name), so it qualifies the rows
      // above even when they alone already name every required column.
      if (
        h.h.missing.length < best.h.missing.length ||
        (h.h.missing.length === best.h.missing.length && yearsOnly(rows[n - 1]))
      ) {
        best = h;
        headers = j.headers;
        groups = j.groups;
        headerRows = n;
      }
    }
  }
  const year = source === "LKIP_IKU" ? tahunFromHeaders(headers) : null;
  if (source === "LKIP_INFO") return recognizeInfo(rows, headers);

  const y = year ?? tahun;
  const h = best !== null && best.tahun === y ? best.h : score(source, headers, y, pilihan).h;
  const labels = new Map<number, string>();
  for (const [key, col] of Object.entries(h.columns) as [string, number][])
    labels.set(col, LABELS[key] ?? labelOf(source, key));
  for (const t of h.tahunLalu) labels.set(t.col, `Realisasi ${t.tahun}`);
  const recognised: RecognisedColumn[] = [...labels.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([col, label]) => ({ col, header: headers[col], label }));
  const ignored = headers.filter((text, c) => text !== "" && !labels.has(c));
  return {
    source,
    headerRows,
    headers,
    groups,
    recognised,
    missing: h.missing,
    ignored,
    tahun: year,
  };
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
    groups: headers.map(() => null),
    recognised,
    missing,
    ignored: [],
    tahun: null,
  };
}

/** The vocabulary's name of a column LABELS does not list ("Realisasi TW I"). */
function labelOf(source: Exclude<SourceName, "LKIP_INFO">, key: string): string {
  return KOSAKATA.find((k) => k.key === key && k.sources[source] !== undefined)?.label ?? key;
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
