/**
 * Hostile workbooks for the randomised test: a host-neutral description (sheets, cells, where each
 * source sits and how it is named) that the test turns into an in-memory Excel workbook and into
 * an .xlsx file. Not a test file itself.
 */
import fc from "fast-check";
import type { SourceName } from "../../src/report/contract/types";

/** A formula keeps the result Excel last calculated; `result: null` = none stored (a file written by a tool). */
export type GenFormula = { formula: string; result: number | string | null };
export type GenCell = null | number | string | boolean | { error: string } | GenFormula;

export interface GenSheet {
  name: string;
  /** "r,c" (0-based) → cell; absent = blank. */
  cells: Map<string, GenCell>;
  /** Carries the add-in's mark (a sheet it made earlier); in-memory host only. */
  marked: boolean;
}

export type Scope = "workbook" | "sheet" | "table";

export interface GenSource {
  source: SourceName;
  scope: Scope;
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** In the .xlsx, the name covers whole columns ('Data IKU'!$A:$H), as users often define it. */
  wholeColumns: boolean;
}

/** Names that do not resolve to cells, or a second name of the same source elsewhere. */
export type GenDecoy =
  | { kind: "constant"; name: SourceName; sheet: string | null; value: number | string }
  | { kind: "deleted"; name: SourceName; sheet: string | null }
  | {
      kind: "duplicate";
      name: SourceName;
      sheet: string;
      row: number;
      col: number;
      rows: number;
      cols: number;
    };

export interface GenWorkbook {
  sheets: GenSheet[];
  sources: GenSource[];
  decoys: GenDecoy[];
}

export const key = (r: number, c: number) => `${r},${c}`;

export function cellAt(wb: GenWorkbook, sheet: string, r: number, c: number): GenCell {
  return wb.sheets.find((s) => s.name === sheet)?.cells.get(key(r, c)) ?? null;
}

// ------------------------------------------------------------------ cells

export const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Characters Excel cannot keep in a cell (XML 1.0), and \r, which the .xlsx format turns into \n. */
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const FORMULA_LIKE = [
  '=HYPERLINK("http://contoh.go.id","klik")',
  "=1+1",
  "+62 811 2345 678",
  "+62",
  "@SUM(A1:A3)",
  "@",
  "-1+1",
  "-",
  "=",
  "'=tanda kutip",
  "=cmd|' /C calc'!A0",
];
const NUMBER_LIKE = [
  "69,02",
  "1.234.567,89",
  "Rp 1.000.000",
  "12%",
  "(5)",
  "\u22123",
  "1e5",
  "1.2.3,4",
  "0,0",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  " 42 ",
  "TRUE",
  "#REF!",
  "#N/A",
];
const UNICODE = [
  "مؤشر الأداء الرئيسي",
  "שלום עולם",
  "Persentase \u200fRTL\u200e campur",
  "😀👍🏽 Kinerja 🇮🇩",
  "Ñandú ÅÆØ ß",
  "e\u0301 (gabungan)",
  "数据 指标",
  "Tab\there",
  "Baris\nbaru",
  "  spasi di tepi  ",
  "\u00a0nbsp\u00a0",
  "x".repeat(300),
];
const EXTREME_NUMBERS = [
  1e-300,
  1e300,
  -0,
  0,
  -1,
  5e-324,
  1.7976931348623157e308,
  0.1 + 0.2,
  123456789012345680000,
  -1e300,
  2 ** 53 + 2,
];

const cleanText = fc
  .string({ unit: "grapheme", maxLength: 14 })
  .map((s) => s.replace(UNSTORABLE, ""));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_LIKE) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 3, arbitrary: cleanText },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   ") }
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EXTREME_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1_000_000_000 })
);

const formulaCell: fc.Arbitrary<GenCell> = fc.record({
  formula: fc.constantFrom("SUM(A1:A3)", "LKIP.CAPAIAN(G2,H2)", "1+1", 'CONCATENATE("a","b")'),
  result: fc.oneof(hostileNumber, fc.constantFrom("ab", "=teks"), fc.constant(null)),
});

export const hostileCell: fc.Arbitrary<GenCell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: formulaCell },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) }
);

/** Plausible values most of the time, so that tables get built and written, hostile otherwise. */
const wellFormed = {
  text: fc.oneof(
    fc.constantFrom("Sasaran A", "Sasaran B", "Program Uji", "Indikator kinerja"),
    hostileText
  ),
  number: fc.oneof(
    fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    fc.integer({ min: 1, max: 10_000_000_000 }),
    fc.constantFrom("69,02", "92,71", "1.000.000")
  ),
  arah: fc.constantFrom("naik", "turun", "Naik", "negatif", 1, -1, null),
};

type Kind = keyof typeof wellFormed;

function cellFor(kind: Kind): fc.Arbitrary<GenCell> {
  return fc.oneof(
    { weight: 17, arbitrary: wellFormed[kind] as fc.Arbitrary<GenCell> },
    { weight: 3, arbitrary: hostileCell }
  );
}

// ------------------------------------------------------------------ headers

interface HeaderOption {
  text: GenCell;
  kind: Kind;
  /** The column it names (aliases share it); extras are unique by it. */
  group?: string;
}

const h = (text: GenCell, kind: Kind = "text", group?: string): HeaderOption => ({
  text,
  kind,
  group,
});

const REQUIRED: Record<Exclude<SourceName, "LKIP_INFO">, HeaderOption[][]> = {
  // Each inner list: the ways of writing one required column (name and aliases, decorated).
  LKIP_IKU: [
    [h("Sasaran"), h("Sasaran Strategis"), h("SASARAN_STRATEGIS")],
    [h("Indikator"), h("Indikator Kinerja"), h("IKU")],
    [h("Target", "number"), h("Target 2024", "number"), h(" target (%) ", "number")],
    [h("Realisasi", "number"), h("Realisasi 2024", "number"), h("Realisasi (%)", "number")],
  ],
  LKIP_ANGGARAN: [
    [h("Sasaran"), h("No Sasaran"), h("no.sasaran")],
    [h("Program")],
    [h("Pagu", "number"), h("Pagu Anggaran (Rp)", "number"), h("Anggaran", "number")],
    [h("Realisasi", "number"), h("Realisasi Anggaran", "number")],
  ],
  LKIP_BELANJA: [
    [h("Jenis Belanja"), h("Jenis")],
    [h("Pagu", "number"), h("Anggaran", "number"), h("Jumlah", "number")],
  ],
  LKIP_TRIWULAN: [
    [h("Indikator"), h("Indikator Kinerja")],
    [h("Realisasi TW I", "number"), h("TW I", "number"), h("Realisasi Triwulan 1", "number")],
  ],
};

const OPTIONAL: Record<Exclude<SourceName, "LKIP_INFO">, HeaderOption[]> = {
  LKIP_IKU: [
    h("No", "text", "no"),
    h("Nomor", "text", "no"),
    h("Satuan", "text", "satuan"),
    h("Formulasi", "text", "formulasi"),
    h("Rumus", "text", "formulasi"),
    h("Arah", "arah", "arah"),
    h("Polaritas", "arah", "arah"),
    h("Realisasi 2023", "number", "r2023"),
    h("Realisasi Tahun Lalu", "number", "r2023"),
    h("Target Renstra", "number", "renstra"),
    h("Target Akhir Renstra", "number", "akhir"),
    h("Bobot", "number", "bobot"),
    h("Capaian", "number", "capaian"),
    h("Predikat", "text", "predikat"),
    h("Kategori", "text", "kategori"),
  ],
  LKIP_ANGGARAN: [
    h("Kegiatan", "text", "kegiatan"),
    h("Sub Kegiatan", "text", "sub"),
    h("Subkegiatan", "text", "sub"),
    h("Serapan", "number", "serapan"),
  ],
  LKIP_BELANJA: [h("Realisasi", "number", "realisasi")],
  LKIP_TRIWULAN: [
    h("Jenis", "text", "jenis"),
    h("Realisasi TW II", "number", "tw2"),
    h("Target TW I", "number", "t1"),
  ],
};

const STRAY: HeaderOption[] = [
  h(null),
  h("Keterangan"),
  h(2023, "number"),
  h({ error: "#REF!" }),
  h(true),
  h('=HYPERLINK("x")'),
  h("Realisasi 2030", "number"),
  h("😀"),
];

/** A value once in `n` times, else null. */
const sometimes = <T>(a: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });

/** A header row: usually every required column (some written as aliases), extras, and sometimes a column missing or doubled. */
function headerRow(source: Exclude<SourceName, "LKIP_INFO">): fc.Arbitrary<HeaderOption[]> {
  const required = REQUIRED[source].map((ways) => fc.constantFrom(...ways));
  const extras = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...OPTIONAL[source]), {
        maxLength: 6,
        selector: (o) => o.group,
      }),
      fc.array(fc.constantFrom(...STRAY), { maxLength: 2 })
    )
    .map(([a, b]) => [...a, ...b]);
  return fc
    .record({
      required: fc.tuple(...required),
      drop: sometimes(fc.nat({ max: REQUIRED[source].length - 1 }), 8),
      doubled: sometimes(fc.nat({ max: REQUIRED[source].length - 1 }), 8),
      extras,
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      random: fc.boolean(),
      randomHeaders: fc.array(
        fc.oneof(
          hostileCell.map((text) => h(text)),
          fc.constantFrom(...STRAY)
        ),
        { minLength: 1, maxLength: 6 }
      ),
    })
    .map(({ required: req, drop, doubled, extras: ex, order, random, randomHeaders }) => {
      if (random && order[0] % 8 === 0) return randomHeaders; // now and then, nothing recognisable at all
      const cols = req.filter((_, i) => i !== drop);
      if (doubled !== null && doubled !== drop) cols.push(req[doubled]);
      cols.push(...ex);
      // A stable shuffle driven by the generated order keys.
      return cols
        .map((c, i) => ({ c, k: order[i % order.length] * 16 + i }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.c);
    });
}

function gridFor(source: SourceName): fc.Arbitrary<GenCell[][]> {
  if (source === "LKIP_INFO") {
    const keyCell = fc.oneof(
      fc.constantFrom(
        "Instansi",
        "Tahun",
        "tahun",
        "Pembulatan",
        "Skala",
        "Batasi Capaian Efisiensi",
        "Kunci",
        "Pengaturan"
      ),
      hostileCell
    );
    const valueCell = fc.oneof(
      fc.constantFrom(
        "Dinas Uji",
        2024,
        "2024",
        1899,
        "ROUND",
        "TRUNC",
        "kategori",
        "permendagri86",
        "Ya",
        "Tidak",
        "mungkin"
      ),
      hostileCell
    );
    const rows = fc.array(
      fc.tuple(keyCell, valueCell).map(([k, v]) => [k, v] as GenCell[]),
      { maxLength: 5 }
    );
    // Usually a proper block with the year (the default year depends on today's date), then anything.
    const proper = fc
      .tuple(fc.constantFrom<GenCell>(2024, "2024", 2023), rows)
      .map(([tahun, more]) => [
        ["Pengaturan", "Nilai"],
        ["Instansi", "Dinas Uji"],
        ["Tahun", tahun],
        ...more,
      ]);
    return fc.oneof(
      { weight: 4, arbitrary: proper },
      { weight: 1, arbitrary: rows.filter((r) => r.length > 0) }
    );
  }
  return headerRow(source).chain((header) => {
    const row = fc.tuple(...header.map((o) => cellFor(o.kind)));
    // Rows: none, a few, or a few with blank spacer rows.
    return fc
      .array(
        fc.oneof(
          { weight: 9, arbitrary: row },
          { weight: 1, arbitrary: fc.constant(header.map(() => null as GenCell)) }
        ),
        { maxLength: 9 }
      )
      .map((rows) => [header.map((o) => o.text), ...rows]);
  });
}

// ------------------------------------------------------------------ sheets and names

const SHEET_NAMES = [
  "Data IKU",
  "Sheet1",
  "Data Anggaran",
  "Info",
  "Belanja",
  "O'Brien",
  "Données",
  "بيانات الأداء",
  "数据",
  "😀 Kinerja",
  "A",
  "Tabel LKIP 2024",
  "tabel lkip 2025",
  "Tabel LKIP 2025",
  "-1+1",
  "=SUM",
  "'Kutip'x",
];

/** Excel sheet names: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
const sheetName: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SHEET_NAMES) },
    {
      weight: 1,
      arbitrary: cleanText.map((s) =>
        s
          .replace(/[[\]:*?/\\\n\t]/g, "")
          .replace(/^'+|'+$/g, "")
          .slice(0, 31)
      ),
    }
  )
  .filter(
    (s) => s.trim() !== "" && s.length <= 31 && !/^'|'$/.test(s) && !/[\uD800-\uDBFF]$/.test(s)
  );

const SOURCES: SourceName[] = ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_INFO", "LKIP_BELANJA"];

interface SourceDraft {
  present: boolean;
  scope: Scope;
  sheet: number;
  dRow: number;
  dCol: number;
  grid: GenCell[][];
  /** Extra blank columns the name reaches over (a range drawn too wide). */
  slackCols: number;
  wholeColumns: boolean;
}

const sourceDraft = (source: SourceName, presence: number): fc.Arbitrary<SourceDraft> =>
  fc.record({
    present: fc.integer({ min: 1, max: 100 }).map((x) => x <= presence),
    scope: fc.constantFrom<Scope>("workbook", "workbook", "sheet", "table"),
    sheet: fc.nat({ max: 7 }),
    dRow: fc.nat({ max: 3 }),
    dCol: fc.nat({ max: 2 }),
    grid: gridFor(source),
    slackCols: fc.constantFrom(0, 0, 0, 1),
    wholeColumns: fc.integer({ min: 1, max: 8 }).map((x) => x === 1),
  });

const decoyDraft = fc.record({
  kind: fc.constantFrom("constant", "deleted", "duplicate"),
  source: fc.constantFrom(...SOURCES),
  scoped: fc.boolean(),
  sheet: fc.nat({ max: 7 }),
  value: fc.oneof(fc.constant(0.1), fc.constant("abc"), fc.constant(2024)),
  row: fc.nat({ max: 30 }),
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 4 }),
});

/** A table needs a header row of distinct non-blank texts and at least one data row (Excel enforces both). */
function tableable(grid: GenCell[][]): boolean {
  const header = grid[0] ?? [];
  const texts = header.map((c) => (typeof c === "string" ? c.trim().toLowerCase() : null));
  return (
    grid.length >= 2 &&
    texts.every((t) => t !== null && t !== "") &&
    new Set(texts).size === texts.length
  );
}

export const hostileWorkbook: fc.Arbitrary<GenWorkbook> = fc
  .record({
    names: fc.uniqueArray(sheetName, {
      minLength: 1,
      maxLength: 4,
      selector: (s) => s.toLowerCase(),
    }),
    marked: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    drafts: fc.tuple(
      sourceDraft("LKIP_IKU", 92),
      sourceDraft("LKIP_ANGGARAN", 70),
      sourceDraft("LKIP_INFO", 85),
      sourceDraft("LKIP_BELANJA", 50)
    ),
    decoys: fc.array(decoyDraft, { maxLength: 2 }),
    noise: fc.array(
      fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 40 }), fc.nat({ max: 30 }), hostileCell),
      { maxLength: 6 }
    ),
  })
  .map(({ names, marked, drafts, decoys, noise }) => {
    const sheets: GenSheet[] = names.map((name, i) => ({
      name,
      cells: new Map(),
      marked: marked[i] && /^tabel lkip/i.test(name),
    }));
    const right = new Map<number, number>(); // next free column per sheet
    const sources: GenSource[] = [];
    drafts.forEach((d, i) => {
      if (!d.present) return;
      const s = d.sheet % sheets.length;
      const sheet = sheets[s];
      const col = (right.get(s) ?? 0) + d.dCol;
      const rows = d.grid.length;
      const cols = Math.max(1, ...d.grid.map((r) => r.length)) + d.slackCols;
      d.grid.forEach((r, ri) =>
        r.forEach((v, ci) => v !== null && sheet.cells.set(key(d.dRow + ri, col + ci), v))
      );
      right.set(s, col + cols + 1);
      const scope = d.scope === "table" && !tableable(d.grid) ? "workbook" : d.scope;
      // Whole columns only for a name whose header is the sheet's first row (nothing else lives in its columns).
      const wholeColumns = d.wholeColumns && scope !== "table" && d.dRow === 0;
      sources.push({
        source: SOURCES[i],
        scope,
        sheet: sheet.name,
        row: d.dRow,
        col,
        rows,
        cols: scope === "table" ? cols - d.slackCols : cols,
        wholeColumns,
      });
    });
    // Stray cells far right of the sources (they must stay as they are).
    for (const [s, r, c, v] of noise) {
      const i = s % sheets.length;
      const col = (right.get(i) ?? 0) + 2 + c;
      if (v !== null) sheets[i].cells.set(key(r, col), v);
    }
    // Excel keeps one namespace for tables and names: no decoy may share a table's name.
    const tables = new Set(sources.filter((x) => x.scope === "table").map((x) => x.source));
    const taken = new Set<string>();
    const out: GenDecoy[] = [];
    for (const d of decoys) {
      if (tables.has(d.source)) continue;
      const sheet = sheets[d.sheet % sheets.length].name;
      const scopeKey = `${d.source}|${d.scoped ? sheet.toLowerCase() : ""}`;
      const sourceScope = sources.find((x) => x.source === d.source);
      const clash =
        sourceScope &&
        (sourceScope.scope === "workbook"
          ? !d.scoped
          : d.scoped && sourceScope.sheet.toLowerCase() === sheet.toLowerCase());
      if (taken.has(scopeKey) || clash) continue; // one name per scope
      taken.add(scopeKey);
      const scopeSheet = d.scoped ? sheet : null;
      if (d.kind === "constant")
        out.push({ kind: "constant", name: d.source, sheet: scopeSheet, value: d.value });
      else if (d.kind === "deleted")
        out.push({ kind: "deleted", name: d.source, sheet: scopeSheet });
      else if (d.scoped)
        out.push({
          kind: "duplicate",
          name: d.source,
          sheet,
          row: d.row,
          col: (right.get(d.sheet % sheets.length) ?? 0) + 1,
          rows: d.rows,
          cols: d.cols,
        });
    }
    return { sheets, sources, decoys: out };
  });
