/**
 * Header matching (WORKBOOK.md): case-insensitive, ignoring spaces, dots, underscores and the
 * words "(%)"/"(Rp)"; aliases per source; column order free; unknown columns ignored.
 */
import { refAddress, temuan } from "../contract";
import type { Finding, FindingParams, RawCell, RawRange, SourceName } from "../contract";
import { KOSAKATA, type DataSource } from "./vocabulary";
import type { AnggaranKolom, BelanjaKolom, IkuKolom, TriwulanKolom } from "./vocabulary";
export { KOSAKATA } from "./vocabulary";
export type {
  AnggaranKolom,
  BelanjaKolom,
  IkuKolom,
  Kosakata,
  TriwulanKolom,
  Tw,
} from "./vocabulary";

type ReasonDiabaikan = FindingParams<"KOLOM_DIABAIKAN">["reason"];

interface ColumnSpec<K extends string> {
  key: K;
  label: string;
  /** Normalised headers (year-bearing ones are matched apart). */
  aliases: string[];
  /** Headers whose "(%)" is what they mean ("Realisasi (%)"), matched with the % kept. */
  persen: string[];
  required: boolean;
}

/** Like normalizeHeader, but a "%" stays: "Realisasi (%)" → "realisasi%". */
function normalizeHeaderPersen(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\s*rp\.?\s*\)/g, "")
    .replace(/[\s._()]+/g, "");
}

const isPersen = (a: string) => /\(\s*%\s*\)/.test(a);

const hasYear = (a: string) => a.includes("{");

function specsOf<K extends string>(source: DataSource): ColumnSpec<K>[] {
  return KOSAKATA.filter((k) => k.sources[source] !== undefined).map((k) => ({
    key: k.key as K,
    label: k.label,
    required: k.sources[source]!,
    aliases: [k.label, ...k.aliases, ...(k.only?.[source] ?? [])]
      .filter((a) => !hasYear(a) && !isPersen(a))
      .map(normalizeHeader),
    persen: [...k.aliases, ...(k.only?.[source] ?? [])].filter(isPersen).map(normalizeHeaderPersen),
  }));
}

const IKU_COLUMNS: ColumnSpec<IkuKolom>[] = specsOf("LKIP_IKU");
const ANGGARAN_COLUMNS: ColumnSpec<AnggaranKolom>[] = specsOf("LKIP_ANGGARAN");
const BELANJA_COLUMNS: ColumnSpec<BelanjaKolom>[] = specsOf("LKIP_BELANJA");
const TRIWULAN_COLUMNS: ColumnSpec<TriwulanKolom>[] = specsOf("LKIP_TRIWULAN");

/** "Pagu Anggaran (Rp)" → "paguanggaran"; "Realisasi_2023" → "realisasi2023". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\s*%\s*\)/g, "")
    .replace(/\(\s*rp\.?\s*\)/g, "")
    .replace(/[\s._]+/g, "");
}

/** Header text of a cell: numbers are texts too (a header "2023"); errors and blanks have none. */
export function headerText(cell: RawCell): string | null {
  if (cell === null || typeof cell === "boolean" || typeof cell === "object") return null;
  const s = String(cell);
  return s.trim() === "" ? null : s;
}

/** Columns found, as 0-based offsets inside the range. */
export interface Headers<K extends string> {
  columns: Partial<Record<K, number>>;
  /** LKIP_IKU only: earlier years' Realisasi, year → column offset, years ascending. */
  tahunLalu: { tahun: number; col: number }[];
  /** The year a header names for a column ("Target Renstra 2026" → targetAkhirRenstra: 2026). */
  tahunKolom: Partial<Record<K, number>>;
  /** Required columns that are missing (their WORKBOOK.md names). */
  missing: string[];
  /** For each missing column, the headers left unread that could be it (to choose from). */
  candidates: Partial<Record<string, { col: number; judul: string }[]>>;
  findings: Finding[];
  /** A column holding two levels ("Sasaran/ Program"): the upper and the lower column key. */
  duaTingkat?: { atas: K; bawah: K; col: number };
}

const LEVELS = ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"];
const LEVEL_KEY: Record<string, string> = { subkegiatan: "subKegiatan" };

/**
 * A header holding two levels of the hierarchy, upper first ("Sasaran/ Program",
 * "Program/Kegiatan", "Tujuan/Sasaran"): their column keys. Null for any other header.
 */
export function twoLevels(header: RawCell): [string, string] | null {
  if (typeof header !== "string") return null;
  const parts = header.split("/").map((p) => normalizeHeader(p).replace(/strategis$/, ""));
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => LEVELS.indexOf(p));
  if (a < 0 || b <= a) return null;
  return [LEVEL_KEY[LEVELS[a]] ?? LEVELS[a], LEVEL_KEY[LEVELS[b]] ?? LEVELS[b]];
}

/** A header read as a column, as an earlier year's Realisasi, or left unread (and why). */
type Match<K> =
  | { key: K; tahunKolom?: number }
  | { tahun: number }
  | { lain: { kolom: string; tahun: number } }
  | null;

/**
 * Year-bearing IKU headers depend on the report year (WORKBOOK.md LKIP_IKU). A header of a
 * known column for a year it does not use ("Target 2019", "Capaian 2019 (%)" in a 2020 report)
 * is `lain`: left unread, and said so.
 */
function matchIkuYear(header: string, tahun: number): Match<IkuKolom> {
  const norm = header.replace(/[()]/g, ""); // "Target Renstra (2026)"
  const lain = (kolom: string, y: number) => ({ lain: { kolom, tahun: y } });
  if (norm === "realisasitahunlalu") return { tahun: tahun - 1 };
  let m = /^realisasi(?:kinerja)?(?:tahun)?(\d{4})$/.exec(norm);
  if (m) {
    const y = Number(m[1]);
    if (y === tahun) return { key: "realisasi" };
    return y < tahun ? { tahun: y } : lain("Realisasi", y);
  }
  m = /^target(?:kinerja|pk)?(?:tahun)?(\d{4})$/.exec(norm);
  if (m) return Number(m[1]) === tahun ? { key: "target" } : lain("Target", Number(m[1]));
  // "Capaian 2020 (%)", "% Capaian 2020", "Capaian Kinerja 2020": the report year's column is the
  // typed capaian; another year's capaian has nothing here to be checked against.
  m = /^%?capaian(?:kinerja)?(?:tahun)?(\d{4})%?$/.exec(norm) ?? /^%(\d{4})$/.exec(norm);
  if (m) return Number(m[1]) === tahun ? { key: "capaian" } : lain("Capaian", Number(m[1]));
  // "Target Renstra 2024" in a 2024 report is that year's Renstra target; a later year is the
  // end-of-period target (the Renstra's last year).
  m = /^targetrenstra(?:tahun)?(\d{4})$/.exec(norm);
  if (m) {
    const y = Number(m[1]);
    if (y === tahun) return { key: "targetRenstra", tahunKolom: y };
    return y > tahun ? { key: "targetAkhirRenstra", tahunKolom: y } : lain("Target Renstra", y);
  }
  // "Standar Nasional 2024": the standard in force that year; any year names the same column.
  if (/^standarnasional(?:tahun)?\d{4}$/.test(norm)) return { key: "standarNasional" };
  m = /^targetakhir(?:periode)?renstra(?:tahun)?(\d{4})$/.exec(norm);
  if (m) return { key: "targetAkhirRenstra", tahunKolom: Number(m[1]) };
  return null;
}

/** "Target 2024" in LKIP_TRIWULAN: the year's target when it is the report year. */
function matchTriwulanYear(header: string, tahun: number): Match<TriwulanKolom> {
  const m = /^target(?:tahunan|kinerja)?(?:tahun)?(\d{4})$/.exec(header.replace(/[()]/g, ""));
  if (!m) return null;
  return Number(m[1]) === tahun
    ? { key: "target" }
    : { lain: { kolom: "Target", tahun: Number(m[1]) } };
}

/** The sources whose vocabulary has this header (for a header another source uses). */
function sourcesKnowing(text: string, tahun: number): DataSource[] {
  const norm = normalizeHeader(text);
  const persen = normalizeHeaderPersen(text);
  return (Object.keys(SOURCE_COLUMNS) as DataSource[]).filter(
    (s) =>
      SOURCE_COLUMNS[s].some(
        (spec) => spec.persen.includes(persen) || spec.aliases.includes(norm)
      ) ||
      (s === "LKIP_IKU" && matchIkuYear(norm, tahun) !== null)
  );
}

/** Headers of a display-number column, read in LKIP_IKU, left unread (and unmentioned) elsewhere. */
const RUNNING_NUMBER = ["no", "nomor"];

const SOURCE_COLUMNS = {
  LKIP_IKU: IKU_COLUMNS,
  LKIP_ANGGARAN: ANGGARAN_COLUMNS,
  LKIP_BELANJA: BELANJA_COLUMNS,
  LKIP_TRIWULAN: TRIWULAN_COLUMNS,
} as const;

type Source = keyof typeof SOURCE_COLUMNS;
/** The column keys of a source: IkuKolom for LKIP_IKU, and so on. */
type KolomOf<S extends Source> = (typeof SOURCE_COLUMNS)[S][number]["key"];

/**
 * Column choices the user confirmed (WORKBOOK `Kolom {kolom}` in LKIP_INFO, `lkip --kolom`):
 * WORKBOOK name ("Indikator") → the header text as the sheet has it ("INDIKATOR TUJUAN").
 */
export type PilihanKolom = Partial<Record<string, string>>;

/** The first words of a header, lower case, after any No./numbering ("1. Indikator Tujuan"). */
function words(text: string): string[] {
  const w = text
    .toLowerCase()
    .split(/[^a-z0-9%]+/)
    .filter((x) => x !== "" && x !== "%");
  let i = 0;
  while (i < w.length - 1 && /^(no|nomor|\d{1,2}|[ivx]{1,4})$/.test(w[i])) i++;
  return w.slice(i);
}

/** Budget levels below a sasaran: a qualifier naming one makes the column that level's own. */
const TINGKAT: Record<string, string> = {
  program: "Program",
  kegiatan: "Kegiatan",
  subkegiatan: "Sub Kegiatan",
  sub: "Sub Kegiatan",
};
/** Qualifiers that make a Target/Realisasi another column (the Renstra's, the money's). */
const BUKAN_IKU = ["renstra", "rpjmd", "akhir", "nasional", "spm", "anggaran", "keuangan", "rp"];
/** The medium-term plans whose end-of-period target a "Target Akhir …" column holds. */
const RENCANA = ["renstra", "rpjmd", "periode"];
/** Money columns of budget sources keep their meaning under a level ("Pagu Kegiatan"). */
const UANG = ["pagu", "realisasi", "serapan", "program", "kegiatan", "subKegiatan", "jenis"];

/**
 * WORKBOOK "Headers by meaning": a header no alias matches is read by its head word (Indonesian
 * names the thing first: "Indikator Tujuan" is an Indikator). Null when the head word is no column
 * word of the source; `lain` for another year's or another level's column.
 */
function matchHeadWord(
  source: DataSource,
  specs: ColumnSpec<string>[],
  text: string,
  tahun: number
): Match<string> | { tingkat: string; key: string; label: string } {
  const w = words(text);
  if (w.length < 2) return null; // a single word is an alias or nothing
  const spec = specs.find((s) => s.label.toLowerCase().split(" ")[0] === w[0]);
  if (!spec || spec.key === "no") return null;
  // A quarterly column names its quarter ("Realisasi TW I"); a head word alone is none of them.
  if (/Tw[1-4]$/.test(spec.key)) return null;
  const rest = w.slice(1);
  const year = rest.find((x) => /^(19|20)\d{2}$/.test(x));
  // "Target Akhir RPJMD (2021)", "Target Akhir Periode": the end-of-period target of the office's
  // medium-term plan (an OPD's Renstra, a kabupaten's RPJMD), never the year's Target.
  if (
    source === "LKIP_IKU" &&
    spec.key === "target" &&
    rest.includes("akhir") &&
    rest.some((x) => RENCANA.includes(x))
  )
    return { key: "targetAkhirRenstra", ...(year ? { tahunKolom: Number(year) } : {}) };
  if (source === "LKIP_IKU" && rest.some((x) => BUKAN_IKU.includes(x))) return null;
  const budget = source !== "LKIP_IKU" && UANG.includes(spec.key);
  const level = rest.find((x) => TINGKAT[x] !== undefined);
  if (level && !budget && !["program", "kegiatan", "subKegiatan"].includes(spec.key))
    return { tingkat: TINGKAT[level], key: spec.key, label: spec.label };
  if (year !== undefined && Number(year) !== tahun)
    return { lain: { kolom: spec.label, tahun: Number(year) } };
  return { key: spec.key };
}

/**
 * The columns of a source's header row. Memoised: the model asks several times per source (the
 * reader, §9's percent columns, §12's merges, the mixed-budget test), and a regency's workbooks
 * mostly share one template, so `lkip rekap` asks the same question for every file (measured:
 * one twentieth of its time). The result is frozen, as it is shared.
 */
export function resolveHeaders<S extends Source>(
  range: RawRange & { source: S },
  tahun: number,
  pilihan: PilihanKolom = {}
): Headers<KolomOf<S>> {
  const key = JSON.stringify([
    range.source,
    range.sheet,
    range.row,
    range.col,
    tahun,
    pilihan,
    range.values[0] ?? [],
  ]);
  const hit = HEADERS_SEEN.get(key);
  if (hit !== undefined) return hit as Headers<KolomOf<S>>;
  const h = deepFreeze(readHeaders(range, tahun, pilihan));
  if (HEADERS_SEEN.size >= HEADERS_KEPT) HEADERS_SEEN.delete(HEADERS_SEEN.keys().next().value!);
  HEADERS_SEEN.set(key, h);
  return h;
}

/** Header rows remembered (a few templates, a few sources each). */
const HEADERS_KEPT = 64;
const HEADERS_SEEN = new Map<string, Headers<string>>();

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function readHeaders<S extends Source>(
  range: RawRange & { source: S },
  tahun: number,
  pilihan: PilihanKolom
): Headers<KolomOf<S>> {
  const specs: ColumnSpec<string>[] =
    (SOURCE_COLUMNS as Record<string, ColumnSpec<string>[]>)[range.source] ?? [];
  const headerRow = range.values[0] ?? [];
  const out: Headers<string> = {
    columns: {},
    tahunLalu: [],
    tahunKolom: {},
    missing: [],
    candidates: {},
    findings: [],
  };
  const seen = new Map<string, number>(); // match id → first column
  const diabaikan: { c: number; text: string; reason: ReasonDiabaikan }[] = [];
  const dibaca: { c: number; text: string; label: string; dipilih: boolean }[] = [];
  const at = (col: number) => ({ sheet: range.sheet, row: range.row, col: range.col + col });
  // The user's choices, by the normalised header they name.
  const chosen = new Map<string, ColumnSpec<string>>();
  for (const [kolom, h] of Object.entries(pilihan)) {
    const spec = specs.find((s) => normalizeHeader(s.label) === normalizeHeader(kolom));
    if (spec && h !== undefined && h.trim() !== "") chosen.set(normalizeHeader(h), spec);
  }

  // First every exact reading (a choice, an alias, a year form), then head words for the rest:
  // a head word never takes a column an exact header has.
  const matches: (Match<string> | "pilihan")[] = headerRow.map((cell) => {
    const text = headerText(cell);
    if (text === null) return null;
    const norm = normalizeHeader(text);
    const pilih = chosen.get(norm);
    if (pilih) return "pilihan";
    const persen = normalizeHeaderPersen(text);
    const spec =
      specs.find((s) => s.persen.includes(persen)) ?? specs.find((s) => s.aliases.includes(norm));
    if (spec) return { key: spec.key };
    if (range.source === "LKIP_IKU") return matchIkuYear(norm, tahun);
    if (range.source === "LKIP_TRIWULAN") return matchTriwulanYear(norm, tahun);
    return null;
  });
  const exact = new Set(
    matches.flatMap((m, c) => {
      if (m === "pilihan") return [chosen.get(normalizeHeader(headerText(headerRow[c])!))!.key];
      return m !== null && "key" in m ? [m.key] : [];
    })
  );
  const byHeadWord = new Set<string>();

  headerRow.forEach((cell, c) => {
    const text = headerText(cell);
    if (text === null) return;
    const norm = normalizeHeader(text);
    // WORKBOOK.md "Two levels in one column": one column serves both levels the source has.
    const dua = matches[c] === null ? twoLevels(text) : null;
    if (dua && dua.every((key) => specs.some((sp) => sp.key === key) && !seen.has(key))) {
      for (const key of dua) {
        seen.set(key, c);
        out.columns[key] = c;
      }
      out.duaTingkat = { atas: dua[0], bawah: dua[1], col: c };
      return;
    }
    let m = matches[c];
    let label: string | null = null;
    let dipilih = false;
    if (m === "pilihan") {
      const spec = chosen.get(norm)!;
      m = { key: spec.key };
      label = spec.label;
      dipilih = true;
    } else if (m === null && !RUNNING_NUMBER.includes(norm)) {
      const h = matchHeadWord(range.source as DataSource, specs, text, tahun);
      if (h !== null && "tingkat" in h) {
        diabaikan.push({
          c,
          text,
          reason: { jenis: "tingkatLain", kolom: h.label, tingkat: h.tingkat },
        });
        return;
      }
      if (h !== null && "key" in h && !exact.has(h.key) && !byHeadWord.has(h.key)) {
        byHeadWord.add(h.key);
        m = h;
        label = specs.find((s) => s.key === h.key)!.label;
      } else if (h !== null && "lain" in h) m = h;
    }
    const match = m;
    // WORKBOOK.md: unknown columns are ignored — but never silently (the user typed them).
    if (match === null || "lain" in match) {
      // A running number ("No") is how officers lay out every list: nothing to say about it.
      if (match === null && RUNNING_NUMBER.includes(norm)) return;
      const lain = match === null ? sourcesKnowing(text, tahun) : [];
      const reason: ReasonDiabaikan =
        match !== null
          ? { jenis: "tahunLain", ...match.lain, tahunLaporan: tahun }
          : lain.length > 0
            ? { jenis: "sumberLain", dipakaiDi: lain }
            : { jenis: "tidakDikenal" };
      diabaikan.push({ c, text, reason });
      return;
    }
    const id = "key" in match ? match.key : `tahun:${match.tahun}`;
    const first = seen.get(id);
    // WORKBOOK.md "Layouts as printed": every No column is layout; the first gives the display
    // number, the others (the sasaran's No beside the indicator's) are left without a word.
    if (first !== undefined && id === "no") return;
    if (first !== undefined) {
      const firstText = headerText(headerRow[first]) ?? "";
      out.findings.push(
        temuan(
          "KOLOM_GANDA",
          { sumber: range.source, judul: text, judulPertama: firstText, pertama: at(first) },
          { sumber: range.source, cell: at(c), tertulis: text }
        )
      );
      return;
    }
    seen.set(id, c);
    if (label !== null) dibaca.push({ c, text, label, dipilih });
    if ("key" in match) {
      out.columns[match.key] = c;
      if (match.tahunKolom !== undefined) out.tahunKolom[match.key] = match.tahunKolom;
    } else out.tahunLalu.push({ tahun: match.tahun, col: c });
  });
  out.tahunLalu.sort((a, b) => a.tahun - b.tahun);

  const width = Math.max(1, headerRow.length);
  // LKIP_TRIWULAN needs one realisasi quarter at least (WORKBOOK.md); none is "TW I" missing.
  const tanpaTriwulan =
    range.source === "LKIP_TRIWULAN" &&
    ![1, 2, 3, 4].some((n) => out.columns[`realisasiTw${n}`] !== undefined);
  for (const spec of specs) {
    if (tanpaTriwulan && spec.key === "realisasiTw1") {
      out.missing.push(spec.label);
      out.findings.push(
        temuan(
          "KOLOM_TIDAK_ADA",
          { ...missingParams(range.source, spec, tahun, []), kolom: "Realisasi TW I … TW IV" },
          {
            sumber: range.source,
            cell: { sheet: range.sheet, row: range.row, col: range.col, rows: 1, cols: width },
          }
        )
      );
    }
    if (!spec.required || out.columns[spec.key] !== undefined) continue;
    out.missing.push(spec.label);
    // Headers that could be it: every header left unread, those naming the column word first.
    const word = spec.label.toLowerCase().split(" ")[0];
    const calon = diabaikan
      .filter((d) => d.reason.jenis !== "tahunLain")
      .map((d) => ({ col: d.c, judul: d.text.trim() }))
      .sort(
        (a, b) => Number(words(b.judul).includes(word)) - Number(words(a.judul).includes(word))
      );
    out.candidates[spec.label] = calon;
    const p = missingParams(range.source, spec, tahun, out.tahunLalu);
    if (calon.length > 0) p.calon = calon.map((x) => x.judul);
    out.findings.push(
      temuan("KOLOM_TIDAK_ADA", p, {
        sumber: range.source,
        cell: { sheet: range.sheet, row: range.row, col: range.col, rows: 1, cols: width },
      })
    );
  }
  for (const d of dibaca) {
    out.findings.push(
      temuan(
        "KOLOM_DIBACA",
        {
          sumber: range.source,
          judul: d.text.trim(),
          kolom: d.label,
          ...(d.dipilih ? { dipilih: true } : {}),
        },
        { sumber: range.source, cell: at(d.c), tertulis: d.text }
      )
    );
  }
  for (const d of diabaikan) {
    // Another year's column while the report year's is missing: Tahun in LKIP_INFO may be wrong.
    const reason =
      d.reason.jenis === "tahunLain"
        ? { ...d.reason, tanpaTahunIni: !hasColumnLabelled(specs, out.columns, d.reason.kolom) }
        : d.reason;
    out.findings.push(
      temuan(
        "KOLOM_DIABAIKAN",
        { sumber: range.source, judul: d.text.trim(), reason },
        { sumber: range.source, cell: at(d.c), tertulis: d.text }
      )
    );
  }
  return out as Headers<KolomOf<S>>;
}

/** The missing required columns of a read and the headers that could be them, with their cells. */
export function kolomCalon(
  range: RawRange,
  h: Headers<string>
): { sumber: SourceName; kolom: string; calon: { judul: string; lokasi: string }[] }[] {
  return Object.entries(h.candidates).map(([kolom, calon]) => ({
    sumber: range.source,
    kolom,
    calon: (calon ?? []).map((x) => ({
      judul: x.judul,
      lokasi: refAddress({ sheet: range.sheet, row: range.row, col: range.col + x.col }),
    })),
  }));
}

/**
 * The offsets of `keys`, all found; null when one is not (for required columns resolveHeaders has
 * then said so in `missing`). Narrows Partial columns for the readers, without a `!`.
 */
export function columnsFound<K extends string, R extends K>(
  columns: Partial<Record<K, number>>,
  keys: readonly R[]
): Record<R, number> | null {
  const found: Partial<Record<R, number>> = {};
  for (const key of keys) {
    const c = columns[key];
    if (c === undefined) return null;
    found[key] = c;
  }
  return found as Record<R, number>;
}

/** Whether the column of that WORKBOOK.md name ("Target", "Capaian") was found. */
function hasColumnLabelled(
  specs: ColumnSpec<string>[],
  columns: Partial<Record<string, number>>,
  label: string
): boolean {
  return specs.some((s) => s.label === label && columns[s.key] !== undefined);
}

function missingParams(
  source: SourceName,
  spec: ColumnSpec<string>,
  tahun: number,
  tahunLalu: { tahun: number }[]
): FindingParams<"KOLOM_TIDAK_ADA"> {
  const judul = [spec.label, ...aliasLabels(source, spec.key)].map((n) =>
    n.replace("{tahun}", String(tahun))
  );
  const p: FindingParams<"KOLOM_TIDAK_ADA"> = { sumber: source, kolom: spec.label, judul };
  if (source === "LKIP_IKU" && (spec.key === "realisasi" || spec.key === "target")) {
    p.tahun = tahun;
    if (spec.key === "realisasi" && tahunLalu.length > 0)
      p.tahunLalu = tahunLalu.map((t) => t.tahun);
  }
  return p;
}

function aliasLabels(source: SourceName, key: string): string[] {
  const k = KOSAKATA.find((v) => v.key === key && v.sources[source as DataSource] !== undefined);
  return k ? [...k.aliases, ...(k.only?.[source as DataSource] ?? [])] : [];
}
