/**
 * Issue 25's "Done when", as one test: a quarterly workbook laid out as a Renja evaluation form
 * (Permendagri 86/2017: "Realisasi" above TW I … TW IV, the other headers merged over both rows,
 * under a title) — and the same rows in the one-row form — with data up to TW II and up to TW IV,
 * every jenis (and a blank one) with both arah, with and without quarterly targets. Tabel 13's
 * every s.d. figure and capaian is worked out here by RULES §14 and §2 (not by src/core), the blank
 * jenis is named at its cell, and =LKIP.REALISASI (and =LKIP.CAPAIAN over it, as the README shows)
 * gives the table's figures.
 */
import "../../functions/custom-functions-global";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as fns from "../../../src/functions/functions";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import type { RawWorkbook, TableDesc } from "../../../src/report/contract/types";
import { info, oneRowRange, twoRowRange, type Quarterly } from "../model/triwulan-raw";
import { quarterlyPlan, quarterlyXlsx } from "../model/triwulan-books";
import { loadXlsx } from "../../../src/xlsx/read";
import { readWorkbook } from "../../../src/excel/read";
import { fakeWorkbookFromPlan } from "../../host/fake-excel";
import { asRun } from "../../excel/support";
import { bufferOf } from "../../xlsx/helpers";

const ROMAN = ["I", "II", "III", "IV"];

/** Every jenis × arah, quarterly targets or only the annual one, a blank quarter, a blank jenis. */
const RENJA: Quarterly[] = [
  {
    sasaran: "Meningkatnya pelayanan sosial",
    indikator: "Jumlah PPKS yang mendapat pelayanan",
    satuan: "Orang",
    jenis: "kumulatif",
    target: 1200,
    targetTw: [300, 300, 300, 300],
    realisasiTw: [280, 310, 295, 330],
    pagu: 800000000,
    anggaranTw: [150000000, 210000000, 190000000, 230000000],
  },
  {
    sasaran: "Meningkatnya pelayanan sosial",
    indikator: "Jumlah kasus gizi buruk baru",
    satuan: "Kasus",
    jenis: "kumulatif",
    arah: "turun",
    target: 40,
    targetTw: [10, 10, 10, 10],
    realisasiTw: [12, 9, 11, 6],
  },
  {
    sasaran: "Meningkatnya pelayanan sosial",
    indikator: "Persentase KPM yang tepat sasaran",
    satuan: "Persen",
    jenis: "akhir",
    target: 92.5,
    targetTw: [90, 91, 92, 92.5],
    realisasiTw: [88.1, 90.4, 91.75, 93.2],
    pagu: 400000000,
    anggaranTw: [90000000, 100000000, 95000000, 110000000],
  },
  {
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Persentase penduduk miskin",
    satuan: "Persen",
    jenis: "akhir",
    arah: "turun",
    target: 6.2,
    realisasiTw: [6.8, 6.5, 6.3, 6.1],
  },
  {
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Indeks kepuasan masyarakat",
    satuan: "Nilai",
    jenis: "rata-rata",
    target: 80,
    realisasiTw: [76, 78.5, 79.25, 81],
  },
  {
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Rata-rata waktu penyaluran bantuan",
    satuan: "Hari",
    jenis: "rata-rata",
    arah: "turun",
    target: 5,
    targetTw: [6, 5.5, 5, 4.5],
    realisasiTw: [6.5, 5.75, 5.1, 4.8],
  },
  {
    sasaran: "Meningkatnya akuntabilitas kinerja",
    indikator: "Nilai SAKIP",
    satuan: "Nilai",
    jenis: null,
    target: 72,
    realisasiTw: [70.1, null, 71.4, 72.3],
  },
];

/** The rows as they stand when the office has reported up to TW `upTo` (later quarters blank). */
function upTo(rows: Quarterly[], n: number): Quarterly[] {
  const cut = (q: (number | null)[] | undefined) => q?.map((v, i) => (i < n ? v : null));
  return rows.map((q) => ({
    ...q,
    realisasiTw: cut(q.realisasiTw)!,
    anggaranTw: cut(q.anggaranTw),
  }));
}

function workbook(form: "one" | "two", rows: Quarterly[], triwulan?: number): RawWorkbook {
  return {
    ranges: {
      LKIP_TRIWULAN: form === "one" ? oneRowRange(rows) : twoRowRange(rows),
      LKIP_INFO: info(2025, triwulan),
    },
    problems: [],
  };
}

// ---------------------------------------------------------------- RULES §14 and §2, by hand

const round2 = (x: Decimal.Value) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** s.d. TW n by jenis (blank = akhir): Σ, the last value, or the mean of the quarters with a value. */
function sd(qs: (number | null)[] | undefined, jenis: string | null, n: number): Decimal | null {
  const filled = (qs ?? [])
    .slice(0, n)
    .filter((q): q is number => q !== null)
    .map((q) => new Decimal(q));
  if (filled.length === 0) return null;
  const sum = filled.reduce((a, b) => a.plus(b), new Decimal(0));
  if (jenis === "kumulatif") return sum;
  if (jenis === "rata-rata") return sum.div(filled.length);
  return filled[filled.length - 1];
}

/** Against the target s.d. TW n when quarterly targets exist, else the annual one; turun per §2. */
function expected(q: Quarterly, n: number) {
  const r = sd(q.realisasiTw, q.jenis, n);
  const tq = sd(q.targetTw, q.jenis, n);
  const target = tq ? round2(tq) : new Decimal(q.target);
  if (r === null) return { realisasi: null, targetTw: null, capaian: null };
  const rr = round2(r);
  const ratio = q.arah === "turun" ? target.times(2).minus(rr).div(target) : rr.div(target);
  return { realisasi: rr, targetTw: tq && round2(tq), capaian: round2(ratio.times(100)) };
}

// ---------------------------------------------------------------- the table

function tabel13(raw: RawWorkbook): { t: TableDesc; model: ReturnType<typeof readModel> } {
  const model = readModel(raw);
  const t = buildTables(model).tables.find((x) => x.id === 13);
  if (!t) throw new Error("no Tabel 13");
  return { t, model };
}

/** Column by header text (the lower header row, else the upper one over it). */
function col(t: TableDesc, header: string): number {
  const last = t.header[t.header.length - 1];
  const row = last.map((c, i) => c.value ?? t.header[0][i].value);
  const i = row.findIndex((v) => v === header);
  if (i < 0) throw new Error(`no column ${header} in ${JSON.stringify(row)}`);
  return i;
}

/** The quarter columns under "Realisasi": the k-th "TW …" header after "Target …" ones. */
function quarterCol(t: TableDesc, k: number): number {
  const last = t.header[t.header.length - 1];
  const upper = t.header[0];
  const i = last.findIndex(
    (c, j) => c.value === `TW ${ROMAN[k]}` && groupOf(upper, j) === "Realisasi"
  );
  if (i < 0) throw new Error(`no Realisasi TW ${ROMAN[k]}`);
  return i;
}

/** The group header over column j (a merged upper cell spans to the right). */
function groupOf(upper: TableDesc["header"][number], j: number): unknown {
  for (let i = j; i >= 0; i--) if (upper[i].value) return upper[i].value;
  return null;
}

const num = (d: Decimal | null) => (d === null ? null : d.toNumber());

describe.each(["two", "one"] as const)("Tabel 13 from the %s-row (Renja) form", (form) => {
  for (const extent of [2, 4]) {
    const rows = upTo(RENJA, extent);
    const cases = [undefined, ...Array.from({ length: extent }, (_, i) => i + 1)];
    for (const chosen of cases) {
      const n = chosen ?? extent;
      it(`data up to TW ${ROMAN[extent - 1]}, ${chosen ? `Triwulan ${chosen} chosen` : "no Triwulan in LKIP_INFO"}: every figure`, () => {
        const { t } = tabel13(workbook(form, rows, chosen));
        const tw = `TW ${ROMAN[n - 1]}`;
        expect(t.title).toContain(`Capaian Kinerja s.d. Triwulan ${ROMAN[n - 1]} `);
        const cR = col(t, `Realisasi s.d. ${tw}`);
        const cT = col(t, `Target s.d. ${tw}`);
        const cC = col(t, `Capaian s.d. ${tw} (%)`);
        const cJ = col(t, "Jenis");
        rows.forEach((q, i) => {
          const row = t.body[i];
          const e = expected(q, n);
          expect(row[col(t, "Indikator")].value).toBe(q.indikator);
          expect(row[cJ].value).toBe(q.jenis ?? "akhir");
          expect(row[cR].value, `${q.indikator} realisasi`).toBe(num(e.realisasi));
          expect(row[cT].value ?? null, `${q.indikator} target`).toBe(num(e.targetTw));
          expect(row[cC].value, `${q.indikator} capaian`).toBe(num(e.capaian));
          // Each quarter as typed; a blank one stays blank, never 0.
          for (let k = 0; k < n; k++)
            expect(row[quarterCol(t, k)].value ?? null).toBe(q.realisasiTw[k]);

          // =LKIP.REALISASI over the row's quarters (a row or a column of cells) is the same
          // figure, and =LKIP.CAPAIAN over it (printed figures, as the table) the same capaian.
          const cells = q.realisasiTw.slice(0, n);
          if (e.realisasi === null) {
            expect(() => fns.realisasi([cells], q.jenis)).toThrow();
            return;
          }
          for (const shape of [[cells], cells.map((c) => [c])]) {
            const viaFn = fns.realisasi(shape, q.jenis ?? null);
            expect(round2(viaFn).toNumber()).toBe(row[cR].value);
          }
          const target = e.targetTw ?? new Decimal(q.target);
          const viaCapaian = fns.capaian(
            [[target.toNumber()]],
            [[round2(fns.realisasi([cells], q.jenis ?? null)).toNumber()]],
            [[q.arah ?? "naik"]]
          )[0][0];
          // LKIP.CAPAIAN gives the exact figure; the table prints it at 2 decimals (ROUND).
          expect(round2(viaCapaian).toNumber()).toBe(row[cC].value);
        });
      });
    }
  }

  it("names the blank jenis at its cell, as info, and reads it as akhir", () => {
    const { model } = tabel13(workbook(form, RENJA));
    const k = RENJA.findIndex((q) => q.jenis === null);
    const range = form === "one" ? oneRowRange(RENJA) : twoRowRange(RENJA);
    const headerRows = form === "one" ? 1 : 2;
    const jenisCol = (range.values[0] as unknown[]).indexOf("Jenis");
    const blank = model.findings.filter((f) => f.kode === "JENIS_KOSONG");
    expect(blank).toHaveLength(1);
    expect(blank[0].tingkat).toBe("info");
    expect(blank[0].cell).toMatchObject({
      sheet: range.sheet,
      row: range.row + headerRows + k,
      col: range.col + jenisCol,
    });
    expect(model.triwulan!.rows[k].jenis.value).toBe("akhir");
  });

  it("through both readers (the .xlsx, headers merged as printed; the pane's Excel) the same table", async () => {
    for (const extent of [2, 4]) {
      const rows = upTo(RENJA, extent);
      const expected = tabel13(workbook(form, rows)).t;
      const x = await quarterlyXlsx(form, undefined, rows);
      const { raw } = await loadXlsx(await bufferOf(x.workbook, x.names));
      expect(raw.problems).toEqual([]);
      const fromExcel = (
        await readWorkbook({
          run: asRun(fakeWorkbookFromPlan(quarterlyPlan(form, undefined, rows))),
        })
      ).raw;
      const values = (t: TableDesc) => t.body.map((r) => r.map((c) => c.value));
      for (const got of [tabel13(raw).t, tabel13(fromExcel).t]) {
        expect(got.title).toBe(expected.title);
        expect(values(got)).toEqual(values(expected));
      }
    }
  });

  it("data up to TW IV: realisasi s.d. TW IV of the table is the year's, by jenis", () => {
    const { t } = tabel13(workbook(form, RENJA));
    const cR = col(t, "Realisasi s.d. TW IV");
    RENJA.forEach((q, i) => {
      const year = sd(q.realisasiTw, q.jenis, 4)!;
      expect(t.body[i][cR].value).toBe(round2(year).toNumber());
    });
  });
});
