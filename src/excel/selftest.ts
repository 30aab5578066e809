/* global Excel, setTimeout */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- every check loads and syncs before it reads; the rules cannot follow the closures in CHECKS */
/**
 * "Uji kecocokan Excel": runs each assumption the gateway relies on against the live host, on a
 * scratch sheet it creates and deletes, and reports pass/fail per item with host, platform and
 * build — for an administrator's first run and for support messages. The same checks run in the
 * end-to-end test against the in-memory Excel.
 */
import { percentPoints } from "../report";
import { gridOps, textSafeFormats, type Target } from "./grid";
import type { HostInfo } from "./host";
import { toBatches } from "./payload";
import { clipToUsed, readCells } from "./read";
import { defaultRun, type ExcelRun } from "./run";
import ID, { type SelfTestWords } from "./selftest.id";
import EN from "./selftest.en";

/** The self-test's words by language (selftest.{id,en}.ts). */
export const SELF_TEST_WORDS = { id: ID, en: EN };

export interface SelfTestItem {
  id: string;
  /** What is checked, Indonesian and English. */
  title: { id: string; en: string };
  ok: boolean;
  /** What was seen (values as Excel gave them), for the support block; Indonesian and English. */
  detail: { id: string; en: string };
}

export interface SelfTestReport {
  host: string;
  platform: string;
  version: string;
  items: SelfTestItem[];
  /** ISO time of the run. */
  at: string;
}

export interface SelfTestOptions {
  run?: ExcelRun;
  host?: HostInfo;
  /** Called after each item (for progress). */
  onItem?: (item: SelfTestItem) => void;
}

const SCRATCH = "LKIP uji kecocokan";
const NAME = "LKIP_UJI_KOLOM";
const show = (v: unknown) => JSON.stringify(v);
/** A text in both UI languages, from the dictionaries; `same` for one that has no words. */
const both = (say: (w: SelfTestWords) => string) => ({ id: say(ID), en: say(EN) });
const same = (s: string) => ({ id: s, en: s });

type Check = {
  id: keyof SelfTestWords["titles"];
  run: (
    ctx: Excel.RequestContext,
    ws: Excel.Worksheet
  ) => Promise<{ ok: boolean; detail: SelfTestItem["detail"] }>;
};

async function writeGrid(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  row: number,
  col: number,
  values: (string | number | null)[][],
  limit = 4 * 1024 * 1024
): Promise<number> {
  const target: Target = { ctx, ws };
  const batches = toBatches(gridOps(row, col, values, textSafeFormats(values), limit), limit);
  for (const b of batches) {
    for (const op of b) op.apply(target);
    await ctx.sync();
  }
  return batches.length;
}

const FORMULA_LIKE = ["=1+1", "+62 811", "-lima", "@SUM(A1)", "0812", "1/2", "TRUE", "#REF!"];
const LONG = "-" + "Meningkatnya kualitas layanan sosial ".repeat(9);

const CHECKS: Check[] = [
  {
    id: "teks-rumus",
    run: async (ctx, ws) => {
      await writeGrid(ctx, ws, 0, 0, [FORMULA_LIKE]);
      const r = ws.getRangeByIndexes(0, 0, 1, FORMULA_LIKE.length);
      r.load("values,formulas,valueTypes");
      await ctx.sync();
      const ok = FORMULA_LIKE.every(
        (s, c) => r.values[0][c] === s && r.formulas[0][c] === s && r.valueTypes[0][c] === "String"
      );
      return { ok, detail: same(show(r.values[0])) };
    },
  },
  {
    id: "teks-panjang",
    run: async (ctx, ws) => {
      await writeGrid(ctx, ws, 1, 0, [[LONG]]);
      const r = ws.getRangeByIndexes(1, 0, 1, 1);
      r.load("values,text,numberFormat");
      await ctx.sync();
      const ok = r.values[0][0] === LONG && !String(r.text[0][0]).startsWith("#");
      const length = String(r.values[0][0]).length;
      const format = show(r.numberFormat[0][0]);
      const shown = show(String(r.text[0][0]).slice(0, 12));
      return {
        ok,
        detail: both((w) => w.details.longText(length, format, shown)),
      };
    },
  },
  {
    id: "kolom-utuh",
    run: async (ctx, ws) => {
      const data = [
        ["Target", "Realisasi"],
        [80, 40],
        [90, 45],
      ];
      await writeGrid(ctx, ws, 0, 9, data);
      const name = ctx.workbook.names.add(NAME, ws.getRange("J:K"));
      const range = name.getRangeOrNullObject();
      range.load("rowIndex,columnIndex,rowCount,columnCount,values");
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      const unboundedValues = range.values;
      const rect = clipToUsed(
        {
          row: range.rowIndex,
          col: range.columnIndex,
          rows: range.rowCount,
          cols: range.columnCount,
        },
        { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount }
      );
      const [got] = await readCells(ctx, [{ ws, rect }], 100_000);
      ctx.workbook.names.getItem(NAME).delete();
      await ctx.sync();
      const ok = rect.rows === data.length && show(got?.values.slice(0, 3)) === show(data);
      return {
        ok,
        detail: both((w) => w.details.wholeColumn(unboundedValues !== null, rect.rows, rect.cols)),
      };
    },
  },
  {
    id: "persen",
    run: async (ctx, ws) => {
      const cell = ws.getRangeByIndexes(3, 0, 1, 1);
      cell.numberFormat = [["0.00%"]];
      cell.values = [[0.9271]];
      await ctx.sync();
      const [got] = await readCells(ctx, [{ ws, rect: { row: 3, col: 0, rows: 1, cols: 1 } }], 10);
      const v = got?.values[0][0];
      const flagged = got?.percent?.[0][0] === true;
      const ok = typeof v === "number" && flagged && percentPoints(v) === 92.71;
      return {
        ok,
        detail: both((w) => w.details.percent(show(v), flagged)),
      };
    },
  },
  {
    id: "baris-total",
    run: async (ctx, ws) => {
      await writeGrid(ctx, ws, 5, 0, [
        ["Jenis Belanja", "Pagu"],
        ["Pegawai", 10],
        ["Barang", 20],
      ]);
      const t = ws.tables.add("A6:B8", true);
      t.showTotals = true;
      const header = t.getHeaderRowRange();
      header.load("rowIndex");
      const body = t.getDataBodyRange();
      body.load("rowIndex,rowCount,values");
      await ctx.sync();
      const ok = body.rowCount === 2 && !body.values.some((row) => row[0] === "Total");
      t.delete();
      await ctx.sync();
      return {
        ok,
        detail: both((w) => w.details.totalRow(body.rowCount, show(body.values.map((r) => r[0])))),
      };
    },
  },
  {
    id: "pecah-permintaan",
    run: async (ctx, ws) => {
      const rows = Array.from({ length: 400 }, (_, i) => [`Baris ${i + 1}`, i + 0.5, "-" + i]);
      const batches = await writeGrid(ctx, ws, 0, 20, rows, 8_000);
      const [got] = await readCells(
        ctx,
        [{ ws, rect: { row: 0, col: 20, rows: 400, cols: 3 } }],
        300
      );
      const ok = batches > 1 && show(got?.values) === show(rows);
      const read = got?.values.length ?? 0;
      return {
        ok,
        detail: both((w) => w.details.requests(batches, read)),
      };
    },
  },
  {
    id: "gabung-per-baris",
    // The table sheet lays a table column over several sheet columns with one merge(true) per
    // column: each row must stay a cell of its own, with its value.
    run: async (ctx, ws) => {
      await writeGrid(ctx, ws, 40, 0, [
        ["Baris 1", null, null],
        ["Baris 2", null, null],
        ["Baris 3", null, null],
      ]);
      ws.getRangeByIndexes(40, 0, 3, 3).merge(true);
      const r = ws.getRangeByIndexes(40, 0, 3, 1);
      r.load("values");
      await ctx.sync();
      const got = r.values.map((row) => row[0]);
      const ok = show(got) === show(["Baris 1", "Baris 2", "Baris 3"]);
      return { ok, detail: both((w) => w.details.mergeAcross(show(got))) };
    },
  },
  {
    id: "fungsi",
    run: async (ctx, ws) => {
      const a = ws.getRangeByIndexes(30, 0, 3, 2);
      a.values = [
        [80, ""],
        [80, 40],
        [50, 25],
      ];
      ws.getRangeByIndexes(31, 1, 1, 1).formulas = [["=1/0"]];
      const pct = ws.getRangeByIndexes(33, 0, 1, 1);
      pct.numberFormat = [["0.00%"]];
      pct.values = [[0.9271]];
      ws.getRangeByIndexes(30, 3, 1, 1).formulas = [["=LKIP.CAPAIAN(A31;B31)"]];
      ws.getRangeByIndexes(31, 3, 1, 1).formulas = [["=LKIP.CAPAIAN(A32:A33;B32:B33)"]];
      ws.getRangeByIndexes(33, 3, 1, 1).formulas = [["=LKIP.PREDIKAT(A34*100)"]];
      ctx.workbook.application.calculate("Full");
      await ctx.sync();
      // Custom functions answer asynchronously: wait while a cell still shows #BUSY!.
      const out = ws.getRangeByIndexes(30, 3, 4, 1);
      for (let i = 0; i < 20; i++) {
        out.load("values,valueTypes");
        await ctx.sync();
        if (!out.values.some((r) => /^#(BUSY!|GETTING_DATA)$/.test(String(r[0])))) break;
        await new Promise((ok) => setTimeout(ok, 250));
      }
      const v = out.values.map((r) => r[0]);
      const t = out.valueTypes.map((r) => r[0]);
      const blank = t[0] === "Error" && v[0] === "#N/A";
      const perCell = t[1] === "Error" && v[1] === "#DIV/0!" && v[2] === 50;
      const percent = v[3] === "Sangat baik";
      return {
        ok: blank && perCell && percent,
        detail: both((w) =>
          w.details.functions(show(v[0]), blank, show(v.slice(1, 3)), show(v[3]))
        ),
      };
    },
  },
];

/** How many items a run reports (for progress). */
export const SELF_TEST_SIZE = CHECKS.length;

/** Runs every check; a check that throws fails with its error code, the others still run. */
export async function runSelfTest(opts: SelfTestOptions = {}): Promise<SelfTestReport> {
  const run = opts.run ?? defaultRun;
  const d = opts.host?.diagnostics;
  const report: SelfTestReport = {
    host: d?.host ?? "Excel",
    platform: d?.platform ?? "",
    version: d?.version ?? "",
    items: [],
    at: new Date().toISOString(),
  };
  for (const check of CHECKS) {
    let item: SelfTestItem;
    try {
      const r = await run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        let name = SCRATCH;
        for (let i = 2; sheets.items.some((s) => s.name.toUpperCase() === name.toUpperCase()); i++)
          name = `${SCRATCH} ${i}`;
        const ws = sheets.add(name);
        await ctx.sync();
        try {
          return await check.run(ctx, ws);
        } finally {
          ws.delete();
          await ctx.sync();
        }
      });
      item = { id: check.id, title: both((w) => w.titles[check.id]), ...r };
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      const galat = String(code ?? e);
      item = {
        id: check.id,
        title: both((w) => w.titles[check.id]),
        ok: false,
        detail: both((w) => w.details.failed(galat)),
      };
    }
    report.items.push(item);
    opts.onItem?.(item);
  }
  return report;
}

/** The copyable block for a support message. */
export function selfTestText(r: SelfTestReport, language: "id" | "en" = "id"): string {
  const w = SELF_TEST_WORDS[language].report;
  const head = w.head(r.host, r.platform, r.version, r.at);
  const [pass, fail] = [w.pass, w.fail];
  const lines = r.items.map(
    (i) => `${i.ok ? pass : fail}  ${i.id}: ${i.title[language]} — ${i.detail[language]}`
  );
  const passed = r.items.filter((i) => i.ok).length;
  return [head, ...lines, `${passed}/${r.items.length}`].join("\n");
}
