/**
 * Real reports as their officers would type them (test/fixtures/real/*.json, each citing its
 * source): laid out as an .xlsx by the same writer as the sample, read back through the .xlsx
 * gateway, and every figure the report prints either reproduced or its difference reported by
 * the checker at the right cell — with no galat or peringatan anywhere else.
 */
import { describe, expect, it } from "vitest";
import { Decimal, bulatkan, capaian, parseArah, toDecimal } from "../../../src/core";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import { flatAll } from "../contract/flat";
import { loadXlsx } from "../../../src/xlsx/read";
import { writeInputPlan } from "../../../src/xlsx/write";
import { laporanNyata, plan } from "../../tools/real-fixtures";
import type { Blok, Dicetak, Laporan } from "../../tools/real-fixtures";
import { recognizeColumns } from "../../../src/report/model/recognize";
import { KOSAKATA, normalizeHeader } from "../../../src/report/model/columns";
import { columnLetters } from "../../../src/report/contract/address";
import type { RawCell, SourceName } from "../../../src/report/contract/types";

const laporan = laporanNyata();

/** Every header the vocabulary lists for any source, normalised, the report year filled in. */
const aliasList = (tahun: number) =>
  new Set(
    KOSAKATA.flatMap((k) => [k.label, ...k.aliases, ...Object.values(k.only ?? {}).flat()]).map(
      (a) => normalizeHeader(a.replace("{tahun}", String(tahun)))
    )
  );

const alamat = (l: Laporan, p: Dicetak, cell: string) => `'${p.sheet ?? l.iku?.sheet}'!${cell}`;

/** The printed value at a cell of the fixture, as the report printed it. */
function nilaiDicetak(l: Laporan, p: Dicetak): RawCell {
  const sheet = p.sheet ?? l.iku?.sheet;
  const b = [l.iku, l.anggaran].find((x) => x?.sheet === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(p.cell)!;
  const col = m[1].charCodeAt(0) - 65 - b.at[1];
  const row = Number(m[2]) - 1 - b.at[0];
  return b.values[row][col];
}

/** Reads a printed figure as the add-in reads text ("131,60") and numbers. */
const desimal = (v: RawCell) => {
  const d = toDecimal(v, "nilai");
  return { d, dp: d.decimalPlaces() };
};

describe.each(laporan)("$file", ({ data: l }) => {
  it("cites its source", () => {
    expect(l.source.url).toMatch(/^https:\/\//);
  });

  it("every header typed as printed is read, or named at its cell as not read", async () => {
    const wb = writeInputPlan(plan(l));
    const loaded = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const temuan = flatAll(readModel(loaded.raw).findings);
    const blocks: [SourceName, Blok | undefined][] = [
      ["LKIP_IKU", l.iku],
      ["LKIP_ANGGARAN", l.anggaran],
    ];
    for (const [source, b] of blocks) {
      if (!b) continue;
      // The pane's own recognition of the block, as a second opinion on what is read.
      const r = recognizeColumns(source, b.values.slice(0, 2), l.tahun);
      const dibaca = new Set(r.recognised.map((x) => x.col));
      const row = b.at[0] + r.headerRows;
      const at = (c: number) => `'${b.sheet}'!${columnLetters(b.at[1] + c)}${row}`;
      // A running number ("No") outside LKIP_IKU is layout: left unread without a word.
      const nomor = (h: string) => /^(no\.?|nomor)$/i.test(h.trim());
      const tidakDibaca = r.headers.flatMap((h, c) =>
        h !== "" && !dibaca.has(c) && !nomor(h) ? [at(c)] : []
      );
      const disebut = temuan
        .filter((f) => f.kode === "KOLOM_DIABAIKAN" || f.kode === "KOLOM_GANDA")
        .map((f) => f.lokasi)
        .filter((x) => r.headers.some((_, c) => x === at(c)));
      expect(disebut.sort(), source).toEqual(tidakDibaca.sort());
    }
  });

  it("every printed figure reproduced or its difference reported at its cell; no other alarm", async () => {
    const wb = writeInputPlan(plan(l));
    const loaded = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const model = readModel(loaded.raw);
    const hasil = compute(model);
    const temuan = flatAll(periksa(model, hasil));
    // A report without a budget table lacks LKIP_ANGGARAN (or, from a budget page alone, LKIP_IKU): said once, about no printed figure.
    const alarm = temuan.filter((f) => f.tingkat !== "info" && f.kode !== "SUMBER_TIDAK_ADA");
    const diharapkan = new Set<string>();

    for (const p of l.printed) {
      const at = alamat(l, p, p.at ?? p.cell);
      const label = `${p.cell} ${p.what ?? ""}`;
      if (p.expect === "beda") {
        diharapkan.add(at);
        const f = temuan.filter((x) => x.lokasi === at && (!p.kode || x.kode === p.kode));
        expect(f.length, label).toBeGreaterThan(0);
        if (p.pesan) expect(f[0].pesan, label).toContain(p.pesan);
        continue;
      }
      const { d: dicetak, dp } = desimal(nilaiDicetak(l, p));
      const cell = alamat(l, p, p.cell);
      let benar: Decimal;
      if (p.expect === "total") {
        // A printed total row: the exact sum of the budget lines it stands for (RULES §6, §5).
        const t = model.totalTertulis.find((x) => x.nilai[p.kolom!]?.lokasi === cell);
        expect(t, label).toBeDefined();
        const lines = t!.cakupan.map((i) => model.anggaran![i]);
        const pagu = lines.reduce((a, b) => a.plus(b.pagu.value), new Decimal(0));
        const realisasi = lines.reduce((a, b) => a.plus(b.realisasi.value), new Decimal(0));
        benar =
          p.kolom === "pagu"
            ? pagu
            : p.kolom === "realisasi"
              ? realisasi
              : realisasi.div(pagu).times(100);
      } else if (p.expect === "renstra") {
        // Capaian against the end-of-period target, by the core's rule and the indicator's arah.
        const ind = model.indikator.find((i) => i.row.includes(`!A${p.cell.slice(1)}:`))!;
        benar = capaian(
          ind.targetAkhirRenstra!.value,
          ind.realisasi.value,
          parseArah(ind.arah.value)
        );
      } else {
        const h = hasil.indikator.find((x) => x.indikator.tertulis.capaian?.lokasi === cell);
        const leaf = hasil.anggaran?.program
          .flatMap((q) => [...q.leaves, ...q.totals])
          .find((b) => b.row.serapanTertulis?.lokasi === cell);
        // A qualitative indicator reached on its scale: the checker accepts a typed 100 (§10).
        const k = hasil.kualitatif.find((x) => x.indikator.tertulis.capaian?.lokasi === cell);
        expect(h ?? leaf ?? k, label).toBeDefined();
        if (k) expect(k.predikat, label).toBe("Tercapai");
        benar = h ? h.capaian : leaf ? leaf.serapan! : new Decimal(100);
      }
      expect(bulatkan(benar, "ROUND", dp).eq(dicetak), `${label}: ${benar} vs ${dicetak}`).toBe(
        true
      );
      expect(
        alarm.filter((f) => f.lokasi === cell),
        label
      ).toEqual([]);
      if (p.kode)
        expect(
          temuan.some((f) => f.lokasi === cell && f.kode === p.kode),
          label
        ).toBe(true);
    }
    // No false alarm: the galat and peringatan are exactly at the report's own slips.
    expect(alarm.filter((f) => !diharapkan.has(f.lokasi))).toEqual([]);
    expect(new Set(alarm.map((f) => f.lokasi)).size).toBe(diharapkan.size);
  });
});

// Each header form a real report printed that the vocabulary does not list (WORKBOOK "Headers by
// meaning"): proof that it is read by its meaning, not by adding it to the alias list.
const withNewHeaders = laporan.filter((x) => x.data.byMeaning !== undefined);

it("some real report prints a header no alias lists", () => {
  expect(withNewHeaders.length).toBeGreaterThan(0);
});

describe.each(withNewHeaders)("$file", ({ data: l }) => {
  it("each header no alias lists is read by its meaning, said at its cell", async () => {
    const wb = writeInputPlan(plan(l));
    const loaded = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const temuan = flatAll(readModel(loaded.raw).findings);
    const aliases = aliasList(l.tahun);
    for (const h of l.byMeaning ?? []) {
      const judul =
        h.judul ?? String(nilaiDicetak(l, { cell: h.cell, sheet: h.sheet, expect: "sama" }));
      // Not read because someone added this printed header to the list.
      expect(aliases.has(normalizeHeader(judul)), `${judul} is no alias`).toBe(false);
      const at = alamat(l, { cell: h.cell, sheet: h.sheet, expect: "sama" }, h.cell);
      const dibaca = temuan.filter((f) => f.kode === "KOLOM_DIBACA" && f.lokasi === at);
      expect(dibaca, `${at} ${judul}`).toHaveLength(1);
      expect(dibaca[0].tingkat).toBe("info");
      expect(dibaca[0].pesan).toContain(`dibaca sebagai ${h.kolom} `);
      expect(dibaca[0].pesan).toContain(`"${judul}"`);
      expect(dibaca[0].pesan).toContain("menurut kata pertamanya");
    }
  });
});
