/**
 * Bab III read back from the .docx: every number in its sentences is a figure of the computed
 * report for the indicator or sasaran the sentence speaks of, and every indicator's own figures
 * are there — on the sample, the real-report fixtures and a 40-indicator workbook. The figures
 * are written here from compute's results with the core's Indonesian formatting, not with the
 * writer's own helpers; and the document's structure (A4 portrait, Heading 1–3, captions, header
 * rows repeated, tables within the page, page numbers) is read from its XML.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Decimal, formatAngka, terbilang } from "../../src/core";
import {
  compute,
  type HasilIndikator,
  type HasilSasaran,
  type LkipHasil,
} from "../../src/report/compute";
import { readModel } from "../../src/report/model/read-model";
import type { LkipModel } from "../../src/report/model";
import type { Lang } from "../../src/report/contract";
import { bab3FromLoaded } from "../../src/xlsx/bab3";
import { TEXT_WIDTH } from "../../src/xlsx/docx";
import { loadXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { laporanNyata, plan } from "../tools/real-fixtures";
import { besar } from "../tools/besar";
import { readDocx, type ReadDocx } from "./docx-read";
import type { LoadedXlsx } from "../../src/xlsx/read";

const EN_COUNT = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");
const SAMPLE = resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx");

const pct = (d: Decimal) => formatAngka(d, 2);
const val = (d: Decimal) => formatAngka(d, Math.min(Math.max(d.decimalPlaces(), 2), 4));
const rps = (d: Decimal) => [`Rp ${formatAngka(d, 0)}`, `Rp ${formatAngka(d, 2)}`];

function ofIndikator(h: HasilIndikator): string[] {
  const i = h.indikator;
  const out = [val(i.target.value), val(i.realisasi.value), pct(h.capaian)];
  for (const t of i.tahunLalu) out.push(val(t.nilai.value));
  if (h.perubahan) out.push(pct(h.perubahan.nilai.abs()));
  if (i.targetRenstra) out.push(val(i.targetRenstra.value));
  if (h.capaianRenstra) out.push(pct(h.capaianRenstra));
  const sn = i.standarNasional?.value;
  if (sn instanceof Decimal) out.push(val(sn));
  if (h.anggaran) {
    out.push(...rps(h.anggaran.pagu), ...rps(h.anggaran.realisasi));
    if (h.anggaran.serapan) out.push(pct(h.anggaran.serapan));
  }
  return out;
}

function ofSasaran(s: HasilSasaran, hasil: LkipHasil): string[] {
  const out: string[] = [];
  if (s.capaian) out.push(pct(s.capaian));
  if (s.anggaran) {
    out.push(...rps(s.anggaran.pagu), ...rps(s.anggaran.realisasi));
    if (s.anggaran.serapan) out.push(pct(s.anggaran.serapan));
  }
  if (s.efisiensi.dihitung) out.push(pct(s.efisiensi.nilai), pct(s.efisiensi.capaian));
  for (const p of hasil.anggaran?.program ?? []) {
    if (p.sasaran !== s.sasaran.nomor) continue;
    for (const l of p.leaves) if (l.serapan) out.push(pct(l.serapan));
  }
  for (const h of s.indikator) out.push(...ofIndikator(h));
  return out;
}

function ofReport(hasil: LkipHasil): string[] {
  const out: string[] = [];
  if (hasil.rataRata) out.push(pct(hasil.rataRata.capaian));
  if (hasil.anggaran) {
    out.push(...rps(hasil.anggaran.pagu), ...rps(hasil.anggaran.realisasi));
    if (hasil.anggaran.serapan) out.push(pct(hasil.anggaran.serapan));
  }
  if (hasil.belanja) {
    out.push(...rps(hasil.belanja.pagu));
    for (const b of hasil.belanja.row) out.push(...rps(b.row.pagu.value));
  }
  // The skala's bands as the method paragraph lists them.
  for (const b of hasil.perKategori)
    out.push(...(b.rentang.match(/-?\d+(?:\.\d{3})*(?:,\d+)?/g) ?? []));
  for (const s of hasil.sasaran) out.push(...ofSasaran(s, hasil));
  return out;
}

/** Words that carry digits but are not figures (RULES §15): numbering, years, counts, citations. */
const NOT_FIGURES = [
  /Tabel 3\.\d+|Table 3\.\d+/g,
  /(Sasaran Strategis|Strategic Objective|Sasaran|Objective) \d+/g,
  /(Indikator|Indicator) \d+\.\d+/g,
  /PMK \d+\/PMK\.\d+\/\d{4}/g,
  /PermenPAN-RB (Nomor \d+ Tahun \d{4}|\d+\/\d{4})/g,
  /^\d+\. /g, // item labels
  /\b(19|20)\d{2}\b/g, // years
];

function numbersIn(text: string, names: string[]): string[] {
  let t = text;
  // Names of indicators, sasaran, programs may hold digits ("layanan nomor 12"): not figures.
  for (const n of names) t = t.split(n).join(" ");
  const money = t.match(/Rp \d+(?:\.\d{3})*(?:,\d+)?/g) ?? [];
  t = t.replace(/Rp \d+(?:\.\d{3})*(?:,\d+)?/g, " ");
  // A count as reports write it, "3 (tiga)" / "3 (three)": the words must say the digits.
  t = t.replace(/(?<![\d.,])(\d+) \(([a-z ]+)\)/g, (m, d: string, w: string) =>
    terbilang(new Decimal(d)).toLowerCase() === w || EN_COUNT[Number(d)] === w ? " " : m
  );
  for (const re of NOT_FIGURES) t = t.replace(re, " ");
  return [...money, ...(t.match(/-?\d+(?:\.\d{3})*(?:,\d+)?/g) ?? [])];
}

async function docxOf(loaded: LoadedXlsx, lang: Lang = "id") {
  const run = await bab3FromLoaded(loaded, lang);
  expect(run.bytes).not.toBeNull();
  const model = run.model;
  return { model, hasil: compute(model), read: readDocx(run.bytes!) };
}

/** Every number of every sentence is a figure of its subject; returns the paragraphs per indicator. */
function checkSentences(model: LkipModel, hasil: LkipHasil, read: ReadDocx) {
  const names = [
    ...hasil.indikator.map((h) => h.indikator.nama.value),
    ...hasil.kualitatif.flatMap((k) => [
      k.indikator.nama.value,
      // A qualitative target or realisasi is a label ("Level 3"), not a figure (RULES §10).
      `"${k.indikator.target.value}"`,
      `"${k.indikator.realisasi.value}"`,
    ]),
    ...hasil.sasaran.map((s) => s.sasaran.teks),
    ...(hasil.anggaran?.program ?? []).flatMap((p) => [
      p.nama,
      ...p.leaves.map((l) => l.row.subKegiatan?.value ?? l.row.kegiatan?.value ?? ""),
    ]),
    ...(model.belanja ?? []).map((b) => b.jenis.value),
    ...(model.settings.instansi ? [model.settings.instansi] : []),
  ]
    .filter((n) => n !== "")
    .sort((a, b) => b.length - a.length);
  const global = new Set(ofReport(hasil));
  let sasaran: HasilSasaran | null = null;
  const perIndikator = new Map<HasilIndikator, string[]>();
  let checked = 0;
  for (const p of read.paragraphs) {
    if (p.style === "Heading1" || p.style === "Heading2") sasaran = null;
    if (p.style === "Heading3") {
      sasaran = hasil.sasaran.find((s) => p.text.endsWith(s.sasaran.teks)) ?? null;
      continue;
    }
    // Captions and the notes under a table belong to the table (its title, formula, rounding).
    if (p.style?.startsWith("Heading") || p.style === "Caption" || p.style === "TableNote")
      continue;
    const named = hasil.indikator.filter((h) => p.text.includes(h.indikator.nama.value));
    const owner = (h: HasilIndikator) => hasil.sasaran.find((s) => s.indikator.includes(h));
    let allowed: Set<string>;
    if (named.length > 0) {
      // An indicator of a tujuan (RULES §13) has no sasaran: its own figures only.
      allowed = new Set(
        named.flatMap((h) => {
          const s = owner(h);
          return [...ofIndikator(h), ...(s ? ofSasaran(s, hasil) : [])];
        })
      );
      for (const h of named) perIndikator.set(h, [...(perIndikator.get(h) ?? []), p.text]);
    } else if (sasaran) allowed = new Set(ofSasaran(sasaran, hasil));
    else allowed = global;
    for (const n of numbersIn(p.text, names)) {
      expect(allowed.has(n), `"${n}" in: ${p.text}`).toBe(true);
      checked++;
    }
  }
  return { perIndikator, checked };
}

function checkComplete(hasil: LkipHasil, perIndikator: Map<HasilIndikator, string[]>) {
  // TABLES.md Bab III: the seven items are written per sasaran, for each of its indicators; an
  // indicator of a tujuan (RULES §13) belongs to no sasaran and gets no such paragraph.
  for (const h of hasil.sasaran.flatMap((s) => s.indikator)) {
    const text = (perIndikator.get(h) ?? []).join("\n");
    const nama = h.indikator.nama.value;
    expect(text, nama).toContain(`${pct(h.capaian)} %`);
    expect(text, nama).toContain(val(h.indikator.target.value));
    expect(text, nama).toContain(val(h.indikator.realisasi.value));
    if (h.capaianRenstra) expect(text, nama).toContain(`${pct(h.capaianRenstra)} %`);
    if (h.perubahan && !h.perubahan.nilai.isZero())
      expect(text, nama).toContain(pct(h.perubahan.nilai.abs()));
  }
}

function checkStructure(read: ReadDocx, hasil: LkipHasil) {
  // A4 portrait, tables within the text width.
  expect(read.page).toMatchObject({ w: 11906, h: 16838 });
  expect(read.page.orient === null || read.page.orient === "portrait").toBe(true);
  expect(read.page.w - read.page.left - read.page.right).toBe(TEXT_WIDTH);
  // Heading 1–3: Ikhtisar and Bab III, A and B, one per sasaran.
  const styles = read.paragraphs.map((p) => p.style);
  expect(styles.filter((s) => s === "Heading1")).toHaveLength(2);
  expect(styles.filter((s) => s === "Heading2")).toHaveLength(2);
  expect(styles.filter((s) => s === "Heading3")).toHaveLength(hasil.sasaran.length);
  // Captions numbered 3.1, 3.2 … in order, one per table, each table's header row repeated.
  expect(read.tables.length).toBeGreaterThan(0);
  read.tables.forEach((t, i) => {
    expect(t.caption.startsWith(`Tabel 3.${i + 1} `), t.caption).toBe(true);
    expect(t.headerRows, t.caption).toBeGreaterThanOrEqual(1);
    expect(t.width).toBe(TEXT_WIDTH);
    expect(t.gridCols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });
  // Page numbers: a PAGE field in the footer.
  expect(read.footers.some((f) => f.includes("PAGE"))).toBe(true);
  // Item 5 is a highlighted place to fill for every indicator.
  const highlighted = read.paragraphs.filter((p) => p.highlighted.includes("["));
  expect(highlighted.length).toBeGreaterThanOrEqual(hasil.indikator.length);
}

describe("Bab III .docx read back", () => {
  it("the sample: every figure of every sentence is its subject's, every indicator's figures are there", async () => {
    const loaded = await loadXlsx(readFileSync(SAMPLE), SAMPLE);
    const { model, hasil, read } = await docxOf(loaded);
    const { perIndikator, checked } = checkSentences(model, hasil, read);
    expect(checked).toBeGreaterThan(40);
    checkComplete(hasil, perIndikator);
    checkStructure(read, hasil);
    // The sample report's own slips are not repeated: Renstra 135,38 (not 134,32), efisiensi 20,00 (not 0,266).
    const all = read.paragraphs.map((p) => p.text).join("\n");
    expect(all).toContain("capaian terhadap Renstra sebesar 135,38 %");
    expect(all).toContain("Tingkat efisiensinya 20,00 %");
    expect(all).not.toContain("0,266");
    // Pagu in words (TERBILANG).
    expect(all).toContain("Delapan miliar enam puluh sembilan juta");
    // The tables print the same figures: Tabel 3.1 (capaian IKU) holds each capaian.
    const t1 = read.tables[0].rows.flat();
    for (const h of hasil.indikator) expect(t1).toContain(pct(h.capaian));
  });

  it("the sample in English: the same figures, English words", async () => {
    const loaded = await loadXlsx(readFileSync(SAMPLE), SAMPLE);
    const { model, hasil, read } = await docxOf(loaded, "en");
    const { perIndikator } = checkSentences(model, hasil, read);
    checkComplete(hasil, perIndikator);
    const all = read.paragraphs.map((p) => p.text).join("\n");
    expect(all).toContain("EXECUTIVE SUMMARY");
    expect(all).toContain("its capaian against the Renstra is 135,38 %");
    expect(all).not.toMatch(/ditargetkan|sebesar/);
  });

  it.each(laporanNyata())(
    "real report $file: figures of its sentences are its own",
    async ({ data }) => {
      const wb = writeInputPlan(plan(data));
      const loaded = await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
      const model = readModel(loaded.raw);
      const run = await bab3FromLoaded(loaded);
      if (model.indikator.length + model.kualitatif.length === 0) {
        // A budget page alone (no indicators): no chapter, said so by lkip bab3 (exit 1).
        expect(run.bytes).toBeNull();
        return;
      }
      const hasil = compute(model);
      const read = readDocx(run.bytes!);
      const { perIndikator } = checkSentences(model, hasil, read);
      checkComplete(hasil, perIndikator);
      checkStructure(read, hasil);
    }
  );

  it("a 40-indicator workbook (names with digits): every figure is its subject's", async () => {
    const loaded = { raw: besar(40) } as LoadedXlsx;
    const { model, hasil, read } = await docxOf(loaded);
    const { perIndikator, checked } = checkSentences(model, hasil, read);
    expect(checked).toBeGreaterThan(400);
    checkComplete(hasil, perIndikator);
    checkStructure(read, hasil);
  });
});
