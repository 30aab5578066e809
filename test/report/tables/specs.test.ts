import { describe, expect, it } from "vitest";
import { Decimal, SKALA, formatAngka, predikat } from "../../../src/core";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import { reasonText } from "../../../src/report/tables/reasons";
import type { TableCell, TableDesc } from "../../../src/report/contract/types";
import { fixture, leavesOf, sampleRaw } from "../sample/sample-raw";

type Mode = "ROUND" | "TRUNC";
const RUPIAH = "#,##0";
const NILAI = "#,##0.00";
const n = (s: string) => Number(s);

function build(mode: Mode, batasi = false) {
  return buildTables(readModel(sampleRaw({ pembulatan: mode, batasi })));
}
function table(tables: TableDesc[], id: number): TableDesc {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`Tabel ${id} tidak dibuat`);
  return t;
}
const vals = (row: TableCell[]) => row.map((c) => c.value);
/** A number cell with its format. */
const numCell = (value: number, format: string) =>
  expect.objectContaining({ value, kind: "number", format });
const textCell = (value: string) => expect.objectContaining({ value, kind: "text" });

const iku = fixture.iku;

describe.each(["ROUND", "TRUNC"] as Mode[])("the sample's tables, %s", (mode) => {
  const { tables, leftOut } = build(mode);

  it("writes all 12 annual tables, numbered in order, with Instansi and Tahun", () => {
    // Tabel 13 needs LKIP_TRIWULAN, which an annual workbook does not have.
    expect(leftOut.map((l) => l.id)).toEqual([13]);
    expect(tables.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    tables.forEach((t, i) => {
      expect(t.title.startsWith(`Tabel ${i + 1} — `)).toBe(true);
      expect(t.title).toContain(fixture.instansi);
      expect(t.title.endsWith(`Tahun ${fixture.tahun}`)).toBe(true);
    });
    expect(table(tables, 1).title).toBe(
      `Tabel 1 — Perjanjian Kinerja ${fixture.instansi} Tahun 2024`
    );
  });

  it("Tabel 1 Perjanjian Kinerja: sasaran merged over its programs, TOTAL anggaran", () => {
    const t = table(tables, 1);
    expect(vals(t.header[0])).toEqual([
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Program",
      "Anggaran (Rp)",
    ]);
    const programs1 = fixture.anggaran.filter((p) => p.sasaran_no === 1);
    // Sasaran 1 has 3 programs: 3 rows; sasaran 2 and 3 one row each; then TOTAL.
    expect(t.body).toHaveLength(programs1.length + 2 + 1);
    expect(t.body[0][0]).toEqual(numCell(1, "0"));
    expect(t.body[0][1]).toEqual(textCell(iku[0].sasaran));
    expect(t.body[0][2]).toEqual(textCell(iku[0].indikator));
    expect(t.body[0][3]).toEqual(textCell(iku[0].satuan));
    expect(t.body[0][4]).toEqual(numCell(n(iku[0].target), NILAI));
    programs1.forEach((p, i) => {
      expect(t.body[i][5]).toEqual(textCell(p.program));
      const pagu = leavesOf(p).reduce((a, l) => a.plus(l.pagu), new Decimal(0));
      expect(t.body[i][6]).toEqual(numCell(pagu.toNumber(), RUPIAH));
    });
    expect(t.merges).toEqual(
      expect.arrayContaining([
        { row: 1, col: 0, rows: 3, cols: 1 },
        { row: 1, col: 1, rows: 3, cols: 1 },
        { row: 1, col: 2, rows: 3, cols: 1 }, // the one indicator spans the sasaran's rows
      ])
    );
    const total = t.body[t.body.length - 1];
    expect(total[0]).toEqual(textCell("TOTAL"));
    expect(total[6]).toEqual(numCell(n(fixture.belanja.total_pagu), RUPIAH));
    expect(total.every((c) => c.bold)).toBe(true);
  });

  it("Tabel 2 Capaian IKU with its Rata-rata row", () => {
    const t = table(tables, 2);
    expect(vals(t.header[0])).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Target",
      "Realisasi",
      "% Capaian",
    ]);
    iku.forEach((f, i) => {
      expect(t.body[i]).toEqual([
        numCell(f.no, "0"),
        textCell(f.sasaran),
        textCell(f.indikator),
        textCell(f.satuan),
        textCell(f.formulasi),
        numCell(n(f.target), NILAI),
        numCell(n(f.realisasi), NILAI),
        numCell(n(f.expected.capaian[mode]), NILAI),
      ]);
    });
    const e = fixture.total_iku.expected;
    const r = t.body[3];
    expect(r[0]).toEqual(textCell("Rata-rata"));
    // RULES §6: Persen, Persen and Nilai — the mean of target and realisasi is left empty, with a note.
    expect(e.target_realisasi_rata2_in_tables.printed).toBe(false);
    expect(r.slice(5).map((c) => c.value)).toEqual([
      null,
      null,
      n(e.capaian_rata2_of_rounded[mode]),
    ]);
    expect(t.notes.join(" ")).toMatch(
      /satuan berbeda: rata-rata target dan realisasi tidak bermakna/
    );
    expect(t.merges).toContainEqual({ row: 4, col: 0, rows: 1, cols: 5 });
    expect(t.body).toHaveLength(4);
  });

  it("Tabel 3 counts per predikat", () => {
    const t = table(tables, 3);
    const e = fixture.total_iku.expected.count_by_predikat;
    expect(t.body.map(vals)).toEqual([
      ["< 100,00", "Tidak tercapai", e["Tidak tercapai"]],
      ["= 100,00", "Tercapai", e["Tercapai"]],
      ["> 100,00", "Melebihi target", e["Melebihi target"]],
      ["Jumlah", null, iku.length],
    ]);
  });

  it("Tabel 4 counts per kategori with the ranges", () => {
    const t = table(tables, 4);
    const e = fixture.total_iku.expected.count_by_kategori_permendagri54;
    expect(t.body.map(vals)).toEqual([
      [1, "Sangat baik", "≥ 90,00", e["Sangat baik"]],
      [2, "Baik", "75,00 – 89,99", e["Baik"]],
      [3, "Cukup", "65,00 – 74,99", e["Cukup"]],
      [4, "Kurang", "50,00 – 64,99", e["Kurang"]],
      [5, "Sangat kurang", "< 50,00", e["Sangat kurang"]],
      ["Jumlah", null, null, iku.length],
    ]);
  });

  it("Tabel 5 capaian and kategori, Rata-rata and its kategori", () => {
    const t = table(tables, 5);
    iku.forEach((f, i) => {
      expect(vals(t.body[i])).toEqual([
        i + 1,
        f.indikator,
        f.formulasi,
        n(f.target),
        n(f.expected.capaian[mode]),
        f.expected.kategori_permendagri54,
      ]);
    });
    const avg = fixture.total_iku.expected.capaian_rata2_of_rounded[mode];
    expect(vals(t.body[3])).toEqual([
      "Rata-rata",
      null,
      null,
      null,
      n(avg),
      predikat(new Decimal(avg), SKALA.kategori),
    ]);
  });

  it("Tabel 6 realisasi of the earlier year and the change", () => {
    const t = table(tables, 6);
    expect(vals(t.header[0])).toEqual([
      "Indikator",
      "Satuan",
      "Realisasi",
      null,
      "Perubahan (poin)",
      "Keterangan",
    ]);
    expect(vals(t.header[1])).toEqual([null, null, "2023", "2024", null, null]);
    expect(t.merges).toContainEqual({ row: 0, col: 2, rows: 1, cols: 2 });
    iku.forEach((f, i) => {
      const lalu = f.realisasi_tahun_lalu["2023"];
      expect(vals(t.body[i])).toEqual([
        f.indikator,
        f.satuan,
        n(lalu),
        n(f.realisasi),
        new Decimal(f.realisasi).minus(lalu).toNumber(),
        // TABLES.md: by arah — a rise is Membaik for naik, Memburuk for turun.
        new Decimal(f.realisasi).eq(lalu)
          ? "Tetap"
          : new Decimal(f.realisasi).gt(lalu) === (f.arah !== "turun")
            ? "Membaik"
            : "Memburuk",
      ]);
    });
  });

  it("Tabel 7 capaian against the Renstra target", () => {
    const t = table(tables, 7);
    expect(vals(t.header[0])).toEqual([
      "Indikator",
      "Target 2024",
      "Realisasi 2024",
      "Target Renstra",
      "Capaian terhadap Renstra (%)",
    ]);
    expect(t.body[0][4]).toEqual(numCell(n(iku[0].expected.capaian_terhadap_renstra!), NILAI));
    iku.forEach((f, i) => expect(t.body[i][3]).toEqual(numCell(n(f.target_renstra), NILAI)));
  });

  for (const batasi of [false, true]) {
    it(`Tabel 8 efisiensi ${batasi ? "with" : "without"} batasi, and its note`, () => {
      const t = table(build(mode, batasi).tables, 8);
      expect(vals(t.header[0])).toEqual([
        "No",
        "Sasaran",
        "Indikator",
        "Capaian Kinerja (%)",
        "Penyerapan Anggaran (%)",
        "Tingkat Efisiensi (%)",
        "Keterangan",
      ]);
      iku.forEach((f, i) => {
        const e =
          f.expected.efisiensi_tabel[mode][batasi ? "batasi_capaian" : "tanpa_batas_capaian"];
        expect(t.body[i]).toEqual([
          numCell(i + 1, "0"),
          textCell(f.sasaran),
          textCell(f.indikator),
          numCell(n(f.expected.capaian[mode]), NILAI),
          numCell(n(f.expected.serapan[mode]), NILAI),
          numCell(n(e.nilai), NILAI),
          textCell(n(e.nilai) >= 0 ? "Efisien" : "Tidak efisien"),
        ]);
        const bounded = Math.abs(n(e.mentah)) > 20;
        const mentah2 = formatAngka(
          new Decimal(e.mentah).toDecimalPlaces(
            2,
            mode === "ROUND" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN
          )
        );
        const line = t.notes.find((x) => x.startsWith(`Sasaran ${i + 1} (`));
        if (bounded) {
          expect(line).toContain(f.sasaran);
          expect(line).toContain(`${mentah2} %`);
          expect(line).toContain(`${formatAngka(new Decimal(e.nilai))} %`);
        } else {
          expect(line).toBeUndefined();
        }
      });
      const notes = t.notes.join("\n");
      expect(notes).toContain("Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100 %");
      expect(notes).toContain("20 %");
      expect(notes).toContain("−20 %");
      expect(notes.includes("dihitung sebagai 100 %")).toBe(batasi);
    });
  }

  it("Tabel 9 programs with their leaves, program cells merged, Total", () => {
    const t = table(tables, 9);
    expect(t.header).toHaveLength(2);
    expect(t.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 1, rows: 1, cols: 4 },
        { row: 0, col: 5, rows: 1, cols: 4 },
      ])
    );
    const round = (d: Decimal) =>
      d
        .toDecimalPlaces(2, mode === "ROUND" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN)
        .toNumber();
    let r = 0;
    let no = 0;
    let lastSasaran = 0;
    for (const p of fixture.anggaran) {
      if (p.sasaran_no !== lastSasaran) {
        expect(t.body[r][0]).toEqual(
          textCell(`Sasaran ${p.sasaran_no}: ${iku[p.sasaran_no - 1].sasaran}`)
        );
        expect(t.merges).toContainEqual({ row: 2 + r, col: 0, rows: 1, cols: 9 });
        lastSasaran = p.sasaran_no;
        r += 1;
      }
      no += 1;
      const leaves = leavesOf(p);
      const pagu = leaves.reduce((a, l) => a.plus(l.pagu), new Decimal(0));
      const realisasi = leaves.reduce((a, l) => a.plus(l.realisasi), new Decimal(0));
      expect(vals(t.body[r]).slice(0, 5)).toEqual([
        no,
        p.program,
        pagu.toNumber(),
        realisasi.toNumber(),
        round(realisasi.div(pagu).times(100)),
      ]);
      if (leaves.length > 1)
        expect(t.merges).toContainEqual({ row: 2 + r, col: 1, rows: leaves.length, cols: 1 });
      leaves.forEach((l, k) => {
        expect(t.body[r + k].slice(5)).toEqual([
          textCell(l.nama),
          numCell(n(l.pagu), RUPIAH),
          numCell(n(l.realisasi), RUPIAH),
          numCell(round(new Decimal(l.realisasi).div(l.pagu).times(100)), NILAI),
        ]);
      });
      r += leaves.length;
    }
    expect(vals(t.body[r])).toEqual([
      "Total",
      null,
      n(fixture.belanja.total_pagu),
      n(fixture.belanja.total_realisasi),
      n(fixture.belanja.expected_serapan),
      null,
      null,
      null,
      null,
    ]);
    expect(t.body).toHaveLength(r + 1);
  });

  it("Tabel 10 pagu and realisasi per sasaran, total = Σ realisasi / Σ pagu", () => {
    const t = table(tables, 10);
    iku.forEach((f, i) => {
      expect(t.body[i]).toEqual([
        numCell(i + 1, "0"),
        textCell(f.sasaran),
        numCell(n(f.pagu), RUPIAH),
        numCell(n(f.realisasi_anggaran), RUPIAH),
        numCell(n(f.expected.serapan[mode]), NILAI),
      ]);
    });
    expect(t.body[3].slice(2)).toEqual([
      numCell(8069859523, RUPIAH),
      numCell(n(fixture.belanja.total_realisasi), RUPIAH),
      numCell(n(fixture.belanja.expected_serapan), NILAI),
    ]);
  });

  it("Tabel 11 capaian of the sasaran against its budget", () => {
    const t = table(tables, 11);
    iku.forEach((f, i) => {
      expect(vals(t.body[i])).toEqual([
        i + 1,
        f.sasaran,
        f.indikator,
        n(f.expected.capaian[mode]),
        n(f.realisasi_anggaran),
        n(f.expected.serapan[mode]),
      ]);
    });
  });

  it("Tabel 12 komposisi belanja with its total", () => {
    const t = table(tables, 12);
    expect(vals(t.header[0])).toEqual(["No", "Jenis Belanja", "Jumlah (Rp)"]);
    const k = fixture.belanja.komposisi;
    k.forEach((b, i) =>
      expect(t.body[i]).toEqual([
        numCell(i + 1, "0"),
        textCell(b.jenis),
        numCell(n(b.jumlah), RUPIAH),
      ])
    );
    expect(t.body[k.length]).toEqual([
      textCell("Total"),
      expect.objectContaining({ value: null }),
      numCell(8069859523, RUPIAH),
    ]);
  });

  it("Tabel 12 with a Realisasi column: realisasi and % per row and on the total", () => {
    const raw = sampleRaw({ pembulatan: mode });
    const real = [7000000000.5, 300000000];
    raw.ranges.LKIP_BELANJA!.values = [
      ["Jenis Belanja", "Pagu", "Realisasi"],
      ...fixture.belanja.komposisi.map((b, i) => [b.jenis, Number(b.jumlah), real[i]]),
    ];
    const t = table(buildTables(readModel(raw), { tables: [12] }).tables, 12);
    expect(vals(t.header[0])).toEqual([
      "No",
      "Jenis Belanja",
      "Jumlah (Rp)",
      "Realisasi (Rp)",
      "%",
    ]);
    const pct = (r: Decimal, p: Decimal) =>
      r
        .div(p)
        .times(100)
        .toDecimalPlaces(2, mode === "ROUND" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN)
        .toNumber();
    const SEN = "#,##0.00"; // one realisasi has sen: the whole table shows sen
    const k = fixture.belanja.komposisi;
    k.forEach((b, i) =>
      expect(t.body[i].slice(2)).toEqual([
        numCell(n(b.jumlah), SEN),
        numCell(real[i], SEN),
        numCell(pct(new Decimal(real[i]), new Decimal(b.jumlah)), NILAI),
      ])
    );
    const sumReal = new Decimal(real[0]).plus(real[1]);
    expect(t.body[k.length].slice(2)).toEqual([
      numCell(8069859523, SEN),
      numCell(sumReal.toNumber(), SEN),
      numCell(pct(sumReal, new Decimal(8069859523)), NILAI),
    ]);
    expect(t.notes[0]).toMatch(/realisasi \/ jumlah/);
  });

  it("every table is a proper grid: same widths, strings are text, numbers carry a format, merges inside", () => {
    for (const t of tables) {
      const width = t.header[0].length;
      expect(t.widths).toHaveLength(width);
      for (const row of [...t.header, ...t.body]) {
        expect(row).toHaveLength(width);
        for (const c of row) {
          if (typeof c.value === "string") expect(c.kind).toBe("text");
          if (typeof c.value === "number") {
            expect(c.kind).toBe("number");
            expect(c.format).toMatch(/^(#,##0\.00|#,##0|0|#,##0\.00##)$/);
          }
        }
      }
      for (const row of t.header) expect(row.every((c) => c.bold)).toBe(true);
      const rows = t.header.length + t.body.length;
      for (const m of t.merges) {
        expect(m.row + m.rows).toBeLessThanOrEqual(rows);
        expect(m.col + m.cols).toBeLessThanOrEqual(width);
        expect(m.rows * m.cols).toBeGreaterThan(1);
      }
    }
  });
});

describe("buildTables: what is left out and why", () => {
  it("a chosen subset is numbered among the tables written", () => {
    const { tables, leftOut } = buildTables(readModel(sampleRaw()), { tables: [8, 2] });
    expect(tables.map((t) => [t.id, t.title.split(" — ")[0]])).toEqual([
      [2, "Tabel 1"],
      [8, "Tabel 2"],
    ]);
    expect(leftOut).toEqual([]);
  });

  it("without LKIP_ANGGARAN the budget tables are left out with the reason; the others are numbered 1..n", () => {
    const raw = sampleRaw();
    delete raw.ranges.LKIP_ANGGARAN;
    const { tables, leftOut } = buildTables(readModel(raw));
    expect(leftOut.map((l) => l.id)).toEqual([1, 8, 9, 10, 11, 13]);
    expect(leftOut.slice(0, 5).every((l) => reasonText(l.reason).includes("LKIP_ANGGARAN"))).toBe(
      true
    );
    expect(tables.map((t) => t.id)).toEqual([2, 3, 4, 5, 6, 7, 12]);
    expect(tables.map((t) => t.title.split(" — ")[0])).toEqual(
      tables.map((_, i) => `Tabel ${i + 1}`)
    );
  });

  it("without earlier years, Renstra and Belanja their tables are left out", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    raw.ranges.LKIP_IKU!.values = v.map((row) => row.slice(0, 8));
    delete raw.ranges.LKIP_BELANJA;
    const { leftOut } = buildTables(readModel(raw));
    expect(leftOut.map((l) => l.id)).toEqual([6, 7, 12, 13]);
    expect(reasonText(leftOut[0].reason)).toMatch(/Realisasi tahun sebelumnya/);
    expect(reasonText(leftOut[1].reason)).toMatch(/Target Renstra/);
    expect(reasonText(leftOut[2].reason)).toMatch(/LKIP_BELANJA/);
  });

  it("without LKIP_IKU, Tabel 9 still groups the budget by the Sasaran as written", () => {
    const raw = sampleRaw();
    delete raw.ranges.LKIP_IKU;
    const model = readModel(raw);
    expect(model.findings.map((f) => f.kode)).toEqual(["SUMBER_TIDAK_ADA"]);
    const { tables, leftOut } = buildTables(model);
    expect(tables.map((t) => t.id)).toEqual([9, 12]);
    expect(leftOut.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13]);
    const t9 = tables[0];
    const groups = t9.body.filter(
      (r) => typeof r[0].value === "string" && r[0].value.startsWith("Sasaran")
    );
    expect(groups.map((r) => r[0].value)).toEqual(["Sasaran: 1", "Sasaran: 2", "Sasaran: 3"]);
    expect(t9.body[t9.body.length - 1][2].value).toBe(Number(fixture.belanja.total_pagu));
  });

  it("without Instansi the title has only the Tahun", () => {
    const raw = sampleRaw();
    raw.ranges.LKIP_INFO!.values.splice(1, 1);
    const { tables } = buildTables(readModel(raw), { tables: [2] });
    expect(tables[0].title).toBe("Tabel 1 — Capaian Indikator Kinerja Utama Tahun 2024");
  });

  it("a row with a problem is left out; the tables are built from the rest", () => {
    const raw = sampleRaw();
    raw.ranges.LKIP_IKU!.values[2][6] = "satu koma tiga"; // Target of indicator 2
    const model = readModel(raw);
    expect(model.findings).toHaveLength(1);
    const { tables, leftOut } = buildTables(model);
    expect(leftOut.map((l) => l.id)).toEqual([13]);
    const t2 = table(tables, 2);
    expect(t2.body.map((r) => r[2].value).slice(0, 2)).toEqual([
      iku[0].indikator,
      iku[2].indikator,
    ]);
    // Rata-rata of the two remaining printed capaian.
    const avg = new Decimal(iku[0].expected.capaian.ROUND)
      .plus(iku[2].expected.capaian.ROUND)
      .div(2)
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    expect(t2.body[2][7].value).toBe(avg.toNumber());
    const t3 = table(tables, 3);
    expect(t3.body[3][2].value).toBe(2);
    // Sasaran 2 has no indicator left: no efisiensi, and the row says why.
    const t8 = table(tables, 8);
    expect(t8.body[1][5].value).toBeNull();
    expect(String(t8.body[1][6].value)).toMatch(/^Tidak dihitung/);
  });
});

describe("user text stays text", () => {
  const tricky = ['=HYPERLINK("x")', "+62 811", "@SUM(A1)", "-5", "=1+1", "'0123", "  spasi  "];

  it("formula-looking text lands as kind text with the exact characters", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    v[1][2] = tricky[0]; // Indikator
    v[1][3] = tricky[1]; // Satuan
    v[1][4] = tricky[2]; // Formulasi
    v[2][1] = tricky[3]; // Sasaran
    v[3][2] = tricky[6];
    const a = raw.ranges.LKIP_ANGGARAN!.values;
    for (const row of a.slice(1)) if (row[0] === 1) row[0] = fixture.iku[0].sasaran; // by text
    a[1][1] = a[2][1] = a[3][1] = a[4][1] = tricky[4]; // Program Rehabilitasi renamed
    a[2][3] = tricky[5]; // a Sub Kegiatan
    raw.ranges.LKIP_BELANJA!.values[1][0] = tricky[0];
    const model = readModel(raw);
    expect(model.findings).toEqual([]);
    const { tables } = buildTables(model);
    const texts = tables
      .flatMap((t) => [...t.header, ...t.body].flat())
      .filter((c) => typeof c.value === "string");
    for (const s of tricky) {
      const hits = texts.filter((c) => c.value === s);
      expect(hits.length, s).toBeGreaterThan(0);
      expect(hits.every((c) => c.kind === "text")).toBe(true);
    }
    expect(table(tables, 2).body[1][1]).toEqual(textCell("-5"));
    expect(table(tables, 9).body[1][1]).toEqual(textCell("=1+1"));
    expect(table(tables, 12).body[0][1]).toEqual(textCell('=HYPERLINK("x")'));
  });
});
