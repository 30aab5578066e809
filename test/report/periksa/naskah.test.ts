/**
 * periksaNaskah (RULES §15) sentence by sentence on the sample workbook: what is not a figure is
 * left alone, a number with no subject or no cue is never guessed, and each rule of the section
 * (equal as printed, generic capaian, fractions, unbounded efisiensi, written calculations, lists)
 * does what it says. Expected figures come from compute(), never typed here.
 */
import { describe, expect, it } from "vitest";
import { bulatkan, formatAngka } from "../../../src/core";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import { periksaNaskah } from "../../../src/report/periksa";
import type { Finding, Naskah } from "../../../src/report/contract";
import { sampleRaw } from "../sample/sample-raw";

const model = readModel(sampleRaw());
const hasil = compute(model);
const [s1, s2] = hasil.sasaran;
const i1 = s1.indikator[0];
const NAMA1 = "Persentase PPKS yang terpenuhi kebutuhan dasarnya";
const fmt = (d: { toString(): string }, p = 2) => formatAngka(d as never, p);

function check(...texts: (string | { heading: string })[]): Finding[] {
  const naskah: Naskah = {
    file: "n.docx",
    format: "docx",
    paragraphs: texts.map((t, i) =>
      typeof t === "string"
        ? { nomor: i + 1, text: t }
        : { nomor: i + 1, text: t.heading, heading: true }
    ),
  };
  return periksaNaskah(model, naskah);
}

describe("periksaNaskah", () => {
  it("years, counts in words, regulation, table, page and list numbers and dates are not figures", () => {
    expect(
      check(
        `Indikator ${NAMA1} ditargetkan pada tahun 2024 berdasarkan Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 dan PMK 214/PMK.02/2017.`,
        `Target 3 (tiga) sasaran disajikan pada Tabel 3.1 halaman 12, per 31 Desember 2024, Bab 3.`,
        "1. Target kinerja tahun 2024."
      )
    ).toEqual([]);
  });

  it("a number with a cue but no subject named before it is ignored, never guessed", () => {
    expect(check("Target kinerja sebesar 12,34%.")).toEqual([]);
  });

  it("a heading starts a new section: the subject named before it does not carry over", () => {
    expect(
      check(`Indikator ${NAMA1}.`, { heading: "B. Akuntabilitas Keuangan" }, "Target 12,34%.")
    ).toEqual([]);
    const carried = check(`Indikator ${NAMA1}.`, "Target 12,34%.");
    expect(carried.map((f) => [f.kode, f.nilaiHitung])).toEqual([
      ["NASKAH_ANGKA_BEDA", fmt(i1.indikator.target.value)],
    ]);
  });

  it("equal as printed: fewer decimals rounded by the policy is an info, a different figure a galat", () => {
    const c = i1.capaian;
    const one = bulatkan(c, hasil.settings.pembulatan, 1);
    const f = check(`Capaian indikator ${NAMA1} sebesar ${fmt(one, 1)}%.`);
    expect(f.map((x) => [x.kode, x.tingkat, x.nilaiHitung])).toEqual([
      ["NASKAH_ANGKA_DIBULATKAN", "info", fmt(c)],
    ]);
    const wrong = check(`Capaian indikator ${NAMA1} sebesar ${fmt(c.plus(1))}%.`);
    expect(wrong.map((x) => [x.kode, x.tingkat, x.nilaiTertulis, x.nilaiHitung])).toEqual([
      ["NASKAH_ANGKA_BEDA", "galat", fmt(c.plus(1)), fmt(c)],
    ]);
    expect(wrong[0].naskah).toEqual({
      file: "n.docx",
      paragraf: 1,
      kutipan: `Capaian indikator ${NAMA1} sebesar ${fmt(c.plus(1))}%.`,
    });
  });

  it("the generic 'capaian' also names the realisasi: an info, not a galat", () => {
    const r = i1.indikator.realisasi.value;
    const f = check(`Capaian kinerja indikator ${NAMA1} adalah ${fmt(r)}%.`);
    expect(f.map((x) => [x.kode, x.tingkat])).toEqual([
      ["NASKAH_REALISASI_SEBAGAI_CAPAIAN", "info"],
    ]);
  });

  it("a specific cue (Renstra) must equal its own figure; the capaian there is named as such", () => {
    const f = check(
      `Capaian indikator ${NAMA1} terhadap target Renstra sebesar ${fmt(i1.capaian)}%.`
    );
    expect(f).toHaveLength(1);
    expect(f[0].nilaiHitung).toBe(fmt(i1.capaianRenstra!));
    expect(f[0].param).toMatchObject({ angka: "capaianRenstra", lain: { angka: "capaian" } });
  });

  it("efisiensi written as an unbounded fraction is named so, compared with its bounded figure", () => {
    const e = s1.efisiensi;
    if (!e.dihitung) throw new Error("sample sasaran 1 has an efisiensi");
    const fraction = bulatkan(e.mentah.div(100), "ROUND", 3);
    const f = check(`Efisiensi sasaran 1 sebesar ${fmt(fraction, 3)}.`);
    expect(f.map((x) => [x.kode, x.nilaiHitung])).toEqual([["NASKAH_ANGKA_BEDA", fmt(e.nilai)]]);
    expect(f[0].param).toMatchObject({
      reason: [{ jenis: "pecahan" }, { jenis: "tanpaBatas", mentah: fmt(e.mentah) }],
    });
  });

  it("money with a scale word is compared at the decimals written; a percent after a money cue is the serapan", () => {
    const a = s2.anggaran!;
    const juta = bulatkan(a.pagu.div(1e9), "ROUND", 2);
    expect(
      check(
        `Sasaran 2 dialokasikan Rp ${fmt(juta)} miliar dengan realisasi anggaran Rp ${fmt(a.realisasi, 0)} atau ${fmt(a.serapan!)}%.`
      )
    ).toEqual([]);
    const f = check(
      `Sasaran 2 dengan realisasi anggaran Rp ${fmt(a.realisasi, 0)} atau ${fmt(a.serapan!.plus(2))}%.`
    );
    expect(f.map((x) => [x.kode, x.param])).toEqual([
      ["NASKAH_ANGKA_BEDA", expect.objectContaining({ angka: "serapan" })],
    ]);
  });

  it("a calculation written out is checked as arithmetic, whatever '%' means to its writer", () => {
    const t = i1.indikator.target.value;
    const r = i1.indikator.realisasi.value;
    const c = bulatkan(r.div(t).times(100), hasil.settings.pembulatan, 2);
    expect(check(`Capaian = ${fmt(r)} / ${fmt(t)} x 100% = ${fmt(c)}%`)).toEqual([]);
    const f = check(`Capaian = ${fmt(r)} / ${fmt(t)} x 100% = ${fmt(c.plus(3))}%`);
    expect(f.map((x) => [x.kode, x.nilaiTertulis, x.nilaiHitung])).toEqual([
      ["NASKAH_HITUNGAN_SALAH", fmt(c.plus(3)), fmt(c)],
    ]);
  });

  it("a list (target dan realisasi masing-masing A dan B) pairs each number with its cue", () => {
    const t = i1.indikator.target.value;
    const r = i1.indikator.realisasi.value;
    expect(
      check(`Indikator ${NAMA1}: target dan realisasi masing-masing ${fmt(t)}% dan ${fmt(r)}%.`)
    ).toEqual([]);
  });

  it("something counted in another unit is not the indicator's figure", () => {
    expect(check(`Indikator ${NAMA1} terealisasi 15.036 KK dari 16.218 KK.`)).toEqual([]);
  });
});
