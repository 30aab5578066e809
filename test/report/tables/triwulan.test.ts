/**
 * Tabel 13 (TABLES.md, RULES §14) on quarterly workbooks in both header forms: every s.d. figure
 * by jenis, capaian by arah against the quarterly or the annual target, titled by the quarter, and
 * the same realisasi s.d. as =LKIP.REALISASI gives for the row's quarters.
 */
import "../../functions/custom-functions-global";
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import * as fns from "../../../src/functions/functions";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import type { RawWorkbook, TableDesc } from "../../../src/report/contract/types";
import { QUARTERLY, oneRowRange, quarterlyWorkbook, type Quarterly } from "../model/triwulan-raw";

const ROMAN = ["I", "II", "III", "IV"];
const round2 = (x: Decimal.Value) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function tabel13(raw: RawWorkbook) {
  const built = buildTables(readModel(raw));
  return { t: built.tables.find((x) => x.id === 13)!, built };
}

/** Column index by header text (the lower header row for a two-row header). */
function col(t: TableDesc, header: string): number {
  const row = t.header[t.header.length - 1].map((c, i) => c.value ?? t.header[0][i].value);
  const i = row.findIndex((v) => v === header);
  if (i < 0) throw new Error(`no column ${header} in ${JSON.stringify(row)}`);
  return i;
}

/** The rules, done here by hand (independently of src/core): s.d. TW n by jenis. */
function sd(qs: (number | null)[], jenis: string | null, n: number): Decimal | null {
  const filled = qs
    .slice(0, n)
    .filter((q): q is number => q !== null)
    .map((q) => new Decimal(q));
  if (filled.length === 0) return null;
  const sum = filled.reduce((a, b) => a.plus(b), new Decimal(0));
  if (jenis === "kumulatif") return sum;
  if (jenis === "rata-rata") return sum.div(filled.length);
  return filled[filled.length - 1];
}

function expectedCapaian(q: Quarterly, n: number): Decimal | null {
  const r = sd(q.realisasiTw, q.jenis, n);
  const tq = q.targetTw ? sd(q.targetTw, q.jenis, n) : null;
  const t = tq ? round2(tq) : new Decimal(q.target);
  if (r === null) return null;
  const rr = round2(r);
  const ratio = q.arah === "turun" ? t.times(2).minus(rr).div(t) : rr.div(t);
  return round2(ratio.times(100));
}

describe.each(["one", "two"] as const)("Tabel 13, %s-row header", (form) => {
  for (const n of [1, 2, 3, 4]) {
    it(`with data up to TW III, chosen Triwulan ${n}: every s.d. figure and capaian`, () => {
      const { t } = tabel13(quarterlyWorkbook(form, n));
      expect(t.title).toContain(`Capaian Kinerja s.d. Triwulan ${ROMAN[n - 1]}`);
      const tw = `TW ${ROMAN[n - 1]}`;
      const cR = col(t, `Realisasi s.d. ${tw}`);
      const cC = col(t, `Capaian s.d. ${tw} (%)`);
      const body = t.body.slice(0, QUARTERLY.length);
      QUARTERLY.forEach((q, i) => {
        const r = sd(q.realisasiTw, q.jenis, n);
        expect(body[i][cR].value).toBe(r === null ? null : round2(r).toNumber());
        const c = expectedCapaian(q, n);
        expect(body[i][cC].value).toBe(c === null ? null : c.toNumber());
        // =LKIP.REALISASI on the quarters up to n gives the same figure as printed.
        const cells = [q.realisasiTw.slice(0, n)];
        if (r !== null)
          expect(round2(fns.realisasi(cells, q.jenis ?? (null as never))).toNumber()).toBe(
            body[i][cR].value
          );
      });
    });
  }

  it("without LKIP_INFO Triwulan, runs to the last quarter with a value (TW III)", () => {
    const { t, built } = tabel13(quarterlyWorkbook(form));
    expect(t.title).toMatch(/^Tabel 1 — Capaian Kinerja s\.d\. Triwulan III .*Tahun 2025$/);
    expect(built.leftOut.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.notes.join(" ")).toContain("triwulan terakhir yang berisi realisasi");
    // Budget: Σ spending TW I..III / pagu, and the total row.
    const cS = col(t, "Serapan (%)");
    const q0 = QUARTERLY[0];
    const spent = q0
      .anggaranTw!.slice(0, 3)
      .filter((b): b is number => b !== null)
      .reduce((a, b) => a + b, 0);
    expect(t.body[0][cS].value).toBe(
      round2(new Decimal(spent).times(100).div(q0.pagu!)).toNumber()
    );
    expect(t.body[t.body.length - 1][0].value).toBe("Total");
  });

  it("a chart of capaian s.d. each quarter per indicator, gaps where none", () => {
    const { built } = tabel13(quarterlyWorkbook(form, 3));
    const chart = built.charts.find((c) => c.table === 13)!;
    expect(chart.headers).toEqual(["Indikator", "s.d. TW I", "s.d. TW II", "s.d. TW III"]);
    QUARTERLY.forEach((q, i) => {
      expect(chart.rows[i].values).toEqual(
        [1, 2, 3].map((k) => expectedCapaian(q, k)?.toNumber() ?? null)
      );
    });
  });
});

describe("Tabel 13 against the annual target only", () => {
  it("names the capaian column so and says it is progress toward the year", () => {
    const rows = QUARTERLY.map((q) => ({ ...q, targetTw: undefined }));
    const raw = quarterlyWorkbook("one");
    raw.ranges.LKIP_TRIWULAN = oneRowRange(rows);
    const { t } = tabel13(raw);
    const c = col(t, "Capaian s.d. TW III terhadap Target Tahunan (%)");
    rows.forEach((q, i) =>
      expect(t.body[i][c].value).toBe(expectedCapaian(q, 3)?.toNumber() ?? null)
    );
    expect(t.notes.join(" ")).toContain("kemajuan menuju target tahun ini");
  });
});
