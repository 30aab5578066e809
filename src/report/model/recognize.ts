/**
 * What the pane shows before it turns a selected block into a source ("Gunakan pilihan ini
 * sebagai LKIP_IKU"): which columns the shared header vocabulary recognises, which required
 * ones are missing, and whether the block has a two-row header ("2024" over "Target | Realisasi").
 * Also the report year read from "Target 2024"-style headers, for workbooks without LKIP_INFO.
 * Pure: the pane shows these results and never matches headers itself.
 */
import { headerText, normalizeHeader, resolveHeaders, type Headers } from "./columns";
import type { PilihanKolom } from "./columns";
import { temuan } from "../contract";
import type { Finding, RawCell, RawRange, SourceName } from "../contract";

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
  /** Per column, the budget or kinerja group header that named it (two-row headers), else null. */
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
 * Group headers (WORKBOOK.md "Layouts as printed"): a top cell over several columns that says
 * whose figures they are. Under a budget group "Anggaran" is the Pagu and "Realisasi" the
 * realisasi anggaran; under "Kinerja" they are the indicator's.
 */
const BUDGET_GROUP = ["anggaran", "keuangan", "realisasianggaran", "anggaranrp", "pagu"];
const KINERJA_GROUP = ["kinerja", "realisasikinerja", "capaiankinerja", "kinerjasasaran"];
const PAGU_UNDER = ["anggaran", "pagu", "paguanggaran", "alokasi", "jumlah"];
const PERSEN_UNDER = ["capaian", "capaian%", "%", "persen", "persentase", "serapan", "realisasi%"];

/** What a sub-header means under its group, as the vocabulary names it; null when the group adds nothing. */
export function underGroup(group: string, sub: string): string | null {
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

/**
 * Joins a two-row header into one: a year above a column gives "Target 2024", a budget or
 * kinerja group gives the column it names ("Realisasi" under "Anggaran" → "Realisasi Anggaran"),
 * other text above gives "Capaian %"; a top cell spans the blank cells to its right until the row
 * below is blank too (a merged cell reads blank after its first cell); a bottom-blank column keeps
 * its top text.
 */
export function joinHeaderRowsGrouped(top: RawCell[], bottom: RawCell[]): JoinedHeader {
  const width = Math.max(top.length, bottom.length);
  const out: JoinedHeader = { headers: [], groups: [] };
  let span: string | null = null;
  for (let c = 0; c < width; c++) {
    const t = headerText(top[c] ?? null);
    const b = headerText(bottom[c] ?? null);
    // A top cell spans to the right only as a group header (it has sub-headers below it).
    if (t !== null) span = b !== null ? t : null;
    else if (b === null) span = null;
    const above = t ?? (b !== null ? span : null);
    const grouped = above !== null && b !== null ? underGroup(above, b) : null;
    out.groups.push(grouped !== null ? above!.trim() : null);
    if (b === null) out.headers.push(above ?? "");
    else if (above === null) out.headers.push(b);
    else if (grouped !== null) out.headers.push(grouped);
    else out.headers.push(YEAR.test(above.trim()) ? `${b} ${above.trim()}` : `${above} ${b}`);
  }
  return out;
}

/** The joined headers alone (see joinHeaderRowsGrouped). */
export function joinHeaderRows(top: RawCell[], bottom: RawCell[]): string[] {
  return joinHeaderRowsGrouped(top, bottom).headers;
}

/** A row holding years and blanks only, at least one year. */
function yearsOnly(row: RawCell[]): boolean {
  const texts = row.map(headerText).filter((t): t is string => t !== null);
  return texts.length > 0 && texts.every((t) => YEAR.test(t.trim()));
}

/**
 * A source whose header takes two rows, read as one: the joined header replaces the two rows
 * (addresses stay those of the lower header row; merges and percent formats move with their
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
  const r = recognizeColumns(range.source, range.values.slice(0, 2), tahun, pilihan);
  if (r.headerRows === 1) return { range, findings: [] };
  const merges = (range.merges ?? []).flatMap((m) => {
    const end = m.row + m.rows;
    if (end <= 1) return [];
    const row = Math.max(m.row, 1) - 1;
    return [{ ...m, row, rows: end - 1 - row }];
  });
  const out: RawRange = {
    ...range,
    row: range.row + 1,
    values: [r.headers, ...range.values.slice(2)],
  };
  if (range.merges) out.merges = merges;
  if (range.percent) out.percent = range.percent.slice(1);
  const findings = r.groups.flatMap((kelompok, c) => {
    const judul = headerText(range.values[1]?.[c] ?? null);
    if (kelompok === null || judul === null) return [];
    return [
      temuan(
        "KOLOM_KELOMPOK",
        { sumber: range.source, judul: judul.trim(), kelompok, dibaca: r.headers[c] },
        { sumber: range.source, sel: { sheet: range.sheet, row: out.row, col: range.col + c } }
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
  let groups: (string | null)[] = oneRow.map(() => null);
  let headerRows: 1 | 2 = 1;
  if (source !== "LKIP_INFO" && rows.length >= 2) {
    const j = joinHeaderRowsGrouped(first, rows[1]);
    const joined = j.headers;
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
      groups = j.groups;
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
