/**
 * The README's function examples are run as written: each row `| `=LKIP.F(args)` | result |` of
 * its reference tables is parsed (Indonesian locale: `;` between arguments, `,` as decimal mark),
 * the function is called as Excel would call it, and the result must be the one the README shows.
 */
import "./functions/custom-functions-global";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { PNG } from "pngjs";
import * as fns from "../src/functions/functions";

const readme = readFileSync("README.md", "utf8");
const rows = [...readme.matchAll(/^\| `=LKIP\.([A-Z]+)\((.*)\)` \| `([^`]*)`/gm)].map((m) => ({
  fn: m[1],
  args: m[2],
  shown: m[3],
}));

/** One argument as Excel hands it over: a number literal, a text in quotes, TRUE/FALSE. */
function literal(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('"')) return t.slice(1, -1);
  if (/^(TRUE|BENAR)$/i.test(t)) return true;
  if (/^(FALSE|SALAH)$/i.test(t)) return false;
  if (!/^-?\d+(,\d+)?$/.test(t)) throw new Error(`not a literal: ${t}`);
  return Number(t.replace(",", "."));
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  return [...out, cur];
}

/** Scalars go in as Excel passes them to a matrix parameter: [[v]]. */
function call(fn: string, args: unknown[]): unknown {
  const m = (v: unknown) => [[v]];
  const OMIT = null as never;
  const a = (i: number) => (i < args.length ? args[i] : null);
  switch (fn) {
    case "CAPAIAN":
      return fns.capaian(m(a(0)), m(a(1)), a(2) === null ? OMIT : m(a(2)))[0][0];
    case "PREDIKAT":
      return fns.predikat(m(a(0)), a(1) === null ? OMIT : m(a(1)))[0][0];
    case "EFISIENSI":
      return fns.efisiensi(m(a(0)), m(a(1)), m(a(2)), a(3));
    case "SERAPAN":
      return fns.serapan(m(a(0)), m(a(1)));
    case "TERBILANG":
      return fns.terbilang(a(0), a(1));
  }
  throw new Error(`unknown function ${fn}`);
}

describe("README examples", () => {
  it("lists the examples of every function, including the issue's worked ones", () => {
    expect(new Set(rows.map((r) => r.fn))).toEqual(
      new Set(["CAPAIAN", "PREDIKAT", "EFISIENSI", "SERAPAN", "TERBILANG"])
    );
    const calls = rows.map((r) => `${r.fn}(${r.args})`);
    expect(calls).toContain("CAPAIAN(69,02; 92,71)");
    expect(calls).toContain("EFISIENSI(2142720865; 134,32; 2113252231)");
    expect(calls).toContain('PREDIKAT(71,91; "sakip")');
    expect(calls).toContain('TERBILANG(8069859523; "Rupiah")');
  });

  for (const r of rows) {
    it(`=LKIP.${r.fn}(${r.args}) → ${r.shown}`, () => {
      const result = call(r.fn, splitArgs(r.args).map(literal));
      if (typeof result === "number") {
        // Shown as the cell's number format would show it: as many decimals as written.
        const places = r.shown.includes(",") ? r.shown.split(",")[1].length : 0;
        const shown = new Decimal(r.shown.replace(/\./g, "").replace(",", "."));
        expect(
          new Decimal(String(result)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)
        ).toBe(shown.toFixed(places));
      } else if (result && typeof result === "object" && "code" in result) {
        expect((result as { code: string }).code).toBe(r.shown);
      } else {
        expect(result).toBe(r.shown);
      }
    });
  }
});

describe("README pictures of the task pane", () => {
  // Task panes are 320–450 px wide; a picture wider than that shows a pane nobody sees.
  const pictures = [...readme.matchAll(/\]\((assets\/[^)]*pane[^)]*\.png)\)/g)].map((m) => m[1]);

  it("shows the empty state, a build and Periksa", () => {
    expect(pictures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pictures)("%s exists and is at most 400 px wide", (file) => {
    const png = PNG.sync.read(readFileSync(file));
    expect(png.width).toBeLessThanOrEqual(400);
  });
});

describe("README: the accepted headers (WORKBOOK.md One vocabulary)", () => {
  it("the table in Kontrak buku kerja is the one columns.ts gives", async () => {
    const { headerTable, START, END } = await import("./tools/header-table");
    const block = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    expect(block).toBe(headerTable());
  });
});
