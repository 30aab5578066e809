/**
 * WORKBOOK.md "Layouts as printed", as a property (fast-check, fixed seed): inserting band rows
 * ("Tujuan : …" over the table, "Sasaran : …" over each sasaran's rows, a program band over its
 * kegiatan), a second No column, or one or two group header rows ("Kinerja" over Target |
 * Realisasi, "Anggaran" over Anggaran | Realisasi, and a "Tahun 2024" row below or above that
 * group: three header rows) into any valid workbook changes no figure and no alarm (the same galat
 * and peringatan as the plain layout).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/report/compute/compute";
import { periksa } from "../../src/report/periksa/periksa";
import { readModel } from "../../src/report/model/read-model";
import type { RawCell, RawRange, RawWorkbook, SourceName } from "../../src/report/contract/types";

const SEED = Number(process.env.LKIP_SEED ?? 20_261_206);
const RUNS = Number(process.env.LKIP_RUNS_LAYOUT ?? 150);

interface Gen {
  sasaran: {
    indikator: { target: number; realisasi: number }[];
    program: { pagu: number; realisasi: number }[][];
  }[];
}

const amount = fc.integer({ min: 1, max: 9_000_000 });
const figure = fc.integer({ min: 1, max: 20_000 }).map((n) => n / 100);
const gen: fc.Arbitrary<Gen> = fc.record({
  sasaran: fc.array(
    fc.record({
      indikator: fc.array(fc.record({ target: figure, realisasi: figure }), {
        minLength: 1,
        maxLength: 3,
      }),
      program: fc.array(
        fc.array(
          amount.chain((pagu) =>
            fc.integer({ min: 0, max: pagu }).map((realisasi) => ({ pagu, realisasi }))
          ),
          { minLength: 1, maxLength: 3 }
        ),
        { minLength: 1, maxLength: 2 }
      ),
    }),
    { minLength: 1, maxLength: 3 }
  ),
});

const range = (source: SourceName, sheet: string, values: RawCell[][]): RawRange => ({
  source,
  kind: "name",
  sheet,
  row: 0,
  col: 0,
  values,
});

interface Options {
  bands: boolean;
  secondNo: boolean;
  /** Group header rows above the column names: none, a group, or a group and a year row. */
  groups: 0 | 1 | 2;
  /** With two group rows: the year row above the group ("Tahun 2024" / "Kinerja" / Target). */
  yearFirst: boolean;
}

/** The group rows over a header whose group cell is at `at` spanning two columns. */
function groupRows(o: Options, width: number, at: number, group: string, keep: RawCell[]) {
  const row = (text: string, lead: RawCell[]) => {
    const r: RawCell[] = [...lead, ...Array<RawCell>(width - lead.length).fill(null)];
    r[at] = text;
    return r;
  };
  const none = keep.map(() => null);
  if (o.groups === 0) return [];
  if (o.groups === 1) return [row(group, keep)];
  const year = "Tahun 2024";
  return o.yearFirst ? [row(year, keep), row(group, none)] : [row(group, keep), row(year, none)];
}

/** The officer's workbook for `g`, laid out with the options' layouts. */
function workbook(g: Gen, o: Options): RawWorkbook {
  const lead: RawCell[] = ["No", "Sasaran", ...(o.secondNo ? [null] : []), "Indikator"];
  const iku: RawCell[][] = groupRows(o, lead.length + 2, lead.length, "Kinerja", lead);
  iku.push(["No", "Sasaran", ...(o.secondNo ? ["No"] : []), "Indikator", "Target", "Realisasi"]);
  if (o.groups > 0) {
    const names = iku[iku.length - 1];
    names[0] = names[1] = names[o.secondNo ? 3 : 2] = null;
  }
  if (o.bands)
    iku.push([
      "Tujuan : Meningkatnya kinerja",
      null,
      ...(o.secondNo ? [null] : []),
      null,
      null,
      null,
    ]);
  let n = 0;
  g.sasaran.forEach((s, i) => {
    const teks = `Sasaran ke-${i + 1}`;
    if (o.bands)
      iku.push([`Sasaran : ${teks}`, null, ...(o.secondNo ? [null] : []), null, null, null]);
    s.indikator.forEach((ind, j) => {
      n++;
      iku.push([
        i + 1,
        j === 0 ? teks : null,
        ...(o.secondNo ? [n] : []),
        `Indikator ${n}`,
        ind.target,
        ind.realisasi,
      ]);
    });
  });
  const ang: RawCell[][] = groupRows(o, 5, 3, "Anggaran", ["Sasaran", "Program", "Kegiatan"]);
  ang.push(
    o.groups > 0
      ? [null, null, null, "Anggaran", "Realisasi"]
      : ["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"]
  );
  g.sasaran.forEach((s, i) => {
    const teks = `Sasaran ke-${i + 1}`;
    if (o.bands) ang.push([`Sasaran : ${teks}`, null, null, null, null]);
    s.program.forEach((p, q) => {
      const nama = `Program ${i + 1}.${q + 1}`;
      if (o.bands) ang.push([null, nama, null, null, null]);
      p.forEach((k, x) =>
        ang.push([
          o.bands ? null : teks,
          o.bands ? null : nama,
          `Kegiatan ${i + 1}.${q + 1}.${x + 1}`,
          k.pagu,
          k.realisasi,
        ])
      );
    });
  });
  const ranges = [
    range("LKIP_INFO", "Info", [["Tahun", 2024]]),
    range("LKIP_IKU", "IKU", iku),
    range("LKIP_ANGGARAN", "Anggaran", ang),
  ];
  return { ranges: Object.fromEntries(ranges.map((r) => [r.source, r])), problems: [] };
}

/** Every figure the tables print, and every alarm worse than info (by code). */
function figures(raw: RawWorkbook) {
  const model = readModel(raw);
  const hasil = compute(model);
  const s = (d: { toString(): string } | null | undefined) => (d == null ? null : d.toString());
  return {
    indikator: hasil.indikator.map((h) => [h.indikator.nama.value, s(h.capaian)]),
    sasaran: hasil.sasaran.map((x) => [
      s(x.capaian),
      x.efisiensi.dihitung ? s(x.efisiensi.nilai) : null,
    ]),
    program: (hasil.anggaran?.program ?? []).map((p) => [s(p.pagu), s(p.serapan)]),
    anggaran: [s(hasil.anggaran?.pagu), s(hasil.anggaran?.serapan)],
    rataRata: s(hasil.rataRata?.capaian),
    alarm: periksa(model, hasil)
      .filter((f) => f.tingkat !== "info")
      .map((f) => f.kode)
      .sort(),
  };
}

describe("layouts as printed change no figure", () => {
  it("band rows, a second No column and group headers of two or three rows, alone or together", () => {
    const layouts = fc.record({
      bands: fc.boolean(),
      secondNo: fc.boolean(),
      groups: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
      yearFirst: fc.boolean(),
    });
    fc.assert(
      fc.property(gen, layouts, (g, o) => {
        const plain = figures(
          workbook(g, { bands: false, secondNo: false, groups: 0, yearFirst: false })
        );
        expect(plain.indikator.length).toBe(g.sasaran.flatMap((s) => s.indikator).length);
        expect(figures(workbook(g, o))).toEqual(plain);
      }),
      { seed: SEED, numRuns: RUNS }
    );
  });
});
