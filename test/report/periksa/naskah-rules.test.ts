/**
 * periksaNaskah (RULES §15) on the phrasings real narratives use (LKjIP 2022 Inspektorat Kab.
 * Jombang, test/fixtures/naskah/): bounds, a cue used by one number only, head-first cues
 * ("Capaian Realisasi"), the Renstra named after the number, another body's figures, differences
 * in points, means, efisiensi of people and facilities, a bare "%" beside the budget, an unknown
 * indicator named, qualitative indicators, the office's whole budget, a score after "nilai".
 * Each rule is shown with a wrong figure that is still a galat. Figures come from compute().
 */
import { describe, expect, it } from "vitest";
import { formatAngka, type Decimal } from "../../../src/core";
import { compute } from "../../../src/report/compute/compute";
import { readModel } from "../../../src/report/model/read-model";
import { periksaNaskah } from "../../../src/report/periksa";
import type { Finding, Naskah, NaskahParagraph } from "../../../src/report/contract";
import type { LkipModel } from "../../../src/report/model";
import { loadXlsx } from "../../../src/xlsx/read";
import { writeInputPlan } from "../../../src/xlsx/write";
import { plan, type Laporan } from "../../tools/real-fixtures";
import { sampleRaw } from "../sample/sample-raw";

const model = readModel(sampleRaw());
const hasil = compute(model);
const [s1, s2] = hasil.sasaran;
const i1 = s1.indikator[0];
const NAMA1 = i1.indikator.nama.value;
const fmt = (d: Decimal, p = 2) => formatAngka(d, p);
const c1 = fmt(i1.capaian);
/** A figure that is none of indicator 1's. */
const WRONG = "12,34";

type Block = string | { table: string[][] };

function naskahOf(blocks: Block[]): Naskah {
  const paragraphs: NaskahParagraph[] = [];
  blocks.forEach((b, index) => {
    if (typeof b === "string") paragraphs.push({ nomor: paragraphs.length + 1, text: b });
    else
      b.table.forEach((row, r) =>
        row.forEach((text, col) => {
          if (text.trim())
            paragraphs.push({ nomor: paragraphs.length + 1, text, table: { index, row: r, col } });
        })
      );
  });
  return { file: "n.docx", format: "docx", paragraphs };
}

const check = (...blocks: Block[]): Finding[] => periksaNaskah(model, naskahOf(blocks));
const galat = (f: Finding[]) =>
  f.filter((x) => x.tingkat === "galat").map((x) => [x.nilaiTertulis, x.nilaiHitung]);

describe("periksaNaskah on the phrasings of real narratives", () => {
  it("a bound ('100% atau lebih', 'minimal 80 %', 'lebih dari 90') is not a figure", () => {
    expect(
      check(
        `Indikator ${NAMA1} diupayakan agar tercapai 100% atau lebih.`,
        `Capaian indikator ${NAMA1} minimal 80% dan bahkan ada yang mencapai 100% bahkan lebih.`,
        `Capaian indikator ${NAMA1} lebih dari 90%.`
      )
    ).toEqual([]);
    expect(galat(check(`Capaian indikator ${NAMA1} mencapai ${WRONG}%.`))).toEqual([[WRONG, c1]]);
  });

  it("a list's first marker run into the sentence before it ('… sebagai berikut : 1.') is no figure", () => {
    expect(check(`Capaian indikator ${NAMA1} dijelaskan sebagai berikut : 1. Koordinasi.`)).toEqual(
      []
    );
  });

  it("a cue is the first number's: '… sebesar C % dikurangi … 74 orang atau 80,44 %' checks C only", () => {
    expect(
      check(
        `Capaian indikator ${NAMA1} sebesar ${c1}% dikurangi ketersediaan pegawai sebanyak 74 orang atau 80,44%.`
      )
    ).toEqual([]);
    expect(
      galat(check(`Capaian indikator ${NAMA1} sebesar ${WRONG}% dikurangi 74 orang atau 80,44%.`))
    ).toEqual([[WRONG, c1]]);
  });

  it("'capaian realisasi' is a capaian (the head word first), in a sentence and in a header", () => {
    expect(check(`Capaian realisasi indikator ${NAMA1} sebesar ${c1}%.`)).toEqual([]);
    const table = (v: string) => ({
      table: [
        ["Indikator Kinerja", "Capaian Realisasi"],
        [NAMA1, v],
      ],
    });
    expect(check(table(`${c1}%`))).toEqual([]);
    expect(galat(check(table(`${WRONG}%`)))).toEqual([[WRONG, c1]]);
  });

  it("a sentence naming the Renstra after the number: the capaian may be the one against it", () => {
    const r = fmt(i1.capaianRenstra!);
    expect(
      check(`Target ${NAMA1} tercapai sebesar ${r}%, sehingga belum mencapai target akhir Renstra.`)
    ).toEqual([]);
    expect(
      galat(check(`Target ${NAMA1} tercapai sebesar ${WRONG}%, sehingga belum mencapai Renstra.`))
    ).toHaveLength(1);
  });

  it("a table whose only target is the Renstra's: its capaian column is against that target", () => {
    const table = (v: string) => ({
      table: [
        ["Indikator Kinerja", "Realisasi", "Target Akhir Renstra", "Capaian"],
        [NAMA1, fmt(i1.indikator.realisasi.value), "", v],
      ],
    });
    expect(check(table(fmt(i1.capaianRenstra!)))).toEqual([]);
    expect(galat(check(table(c1)))).toEqual([[c1, fmt(i1.capaianRenstra!)]]);
  });

  it("another body's figure (Provinsi, nasional, 'Realisasi Daerah', 'di atasnya') is not checked", () => {
    expect(
      check(
        `Realisasi indikator ${NAMA1} sebesar ${fmt(i1.indikator.realisasi.value)}, sedangkan realisasi Provinsi Kalimantan Selatan tercapai ${WRONG}.`,
        {
          table: [
            ["Indikator Kinerja", "Realisasi 2024", "Realisasi Daerah", "Realisasi Nasional"],
            [NAMA1, fmt(i1.indikator.realisasi.value), WRONG, WRONG],
          ],
        }
      )
    ).toEqual([]);
    expect(galat(check(`Realisasi indikator ${NAMA1} tercapai ${WRONG}.`))).toHaveLength(1);
  });

  it("a difference in points ('lebih unggul 7,45 poin') is a figure only after a word of change", () => {
    expect(check(`Realisasi indikator ${NAMA1} lebih unggul ${WRONG} poin nilai.`)).toEqual([]);
  });

  it("a difference written after its two figures ('… lebih unggul N poin') is checked as arithmetic", () => {
    const two = "Realisasi kabupaten tercapai 81,59, sedangkan realisasi provinsi 72,14.";
    expect(check(`${two} Hal ini berarti kabupaten lebih unggul 9,45 poin nilai.`)).toEqual([]);
    expect(check("Nilai 3,157 dan 3,141, lebih unggul 0,02 poin.")).toEqual([]);
    const f = check(`${two} Hal ini berarti kabupaten lebih unggul 7,45 poin nilai.`);
    expect(f.map((x) => [x.kode, x.nilaiTertulis, x.nilaiHitung])).toEqual([
      ["NASKAH_HITUNGAN_SALAH", "7,45", "9,45"],
    ]);
    // Three figures before it: which two is not said, so nothing is checked.
    expect(check("Nilai 3,157, 3,141 dan 2,9, lebih unggul 0,13 poin.")).toEqual([]);
  });

  it("a mean said of an indicator is not its figure; a sasaran's capaian is its own mean", () => {
    expect(
      check(`Tabel ${NAMA1}. Realisasi kinerja sasaran secara rata-rata mencapai ${WRONG}%.`)
    ).toEqual([]);
    expect(check(`Rata-rata capaian sasaran 1 sebesar ${fmt(s1.capaian!)}%.`)).toEqual([]);
    expect(galat(check(`Rata-rata capaian sasaran 1 sebesar ${WRONG}%.`))).toEqual([
      [WRONG, fmt(s1.capaian!)],
    ]);
  });

  it("the efisiensi of people or facilities is not the budget's (RULES §4)", () => {
    expect(
      check(
        `Efisiensi sumber daya manusia sasaran 1 sebesar ${WRONG}%.`,
        "Tabel 3.10 Efisiensi Sumber Daya Manusia",
        {
          table: [
            ["Sasaran", "% Capaian Kinerja", "% Ketersediaan SDM", "% Efisiensi"],
            ["Sasaran 1", fmt(s1.capaian!), "80,44", WRONG],
          ],
        }
      )
    ).toEqual([]);
    expect(galat(check(`Efisiensi sasaran 1 sebesar ${WRONG}%.`))).toHaveLength(1);
  });

  it("a bare '%' beside Anggaran and Realisasi (Rp) is the serapan", () => {
    const p = hasil.anggaran!.program[0];
    const table = (v: string) => ({
      table: [
        ["Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        [p.nama, fmt(p.pagu, 0), fmt(p.realisasi, 0), v],
      ],
    });
    expect(check(table(fmt(p.serapan!)))).toEqual([]);
    const f = check(table(WRONG));
    expect(f.map((x) => [x.nilaiTertulis, x.nilaiHitung, x.param])).toEqual([
      [WRONG, fmt(p.serapan!), expect.objectContaining({ angka: "serapan" })],
    ]);
  });

  it("an indicator named in quotes that the workbook does not know stops the one named before", () => {
    const before = `Indikator ${NAMA1} tercapai.`;
    expect(
      check(before, `Pada indikator “Indeks Kepuasan Lain”, realisasinya tercapai ${WRONG}.`)
    ).toEqual([]);
    expect(galat(check(before, `Realisasinya tercapai ${WRONG}.`))).toHaveLength(1);
  });

  it("'dengan nilai N' is the indicator's score: its realisasi", () => {
    const r = fmt(i1.indikator.realisasi.value);
    expect(check(`Hasil ${NAMA1} dengan nilai ${r}.`)).toEqual([]);
    expect(galat(check(`Hasil ${NAMA1} dengan nilai ${WRONG} (A).`))).toEqual([[WRONG, r]]);
  });

  it("'Rp.' does not end a sentence: the serapan after it keeps its cue", () => {
    const a = s2.anggaran!;
    expect(
      galat(
        check(
          `Sasaran 2 terealisasi sebesar Rp. ${fmt(a.realisasi, 0)},00 atau mencapai ${fmt(a.serapan!.plus(2))}%.`
        )
      )
    ).toEqual([[fmt(a.serapan!.plus(2)), fmt(a.serapan!)]]);
  });
});

/** A small office: one numeric indicator, one qualitative with a score on neither side, a budget. */
const KECIL: Laporan = {
  source: { url: "https://example.invalid/", instansi: "Inspektorat Kabupaten Contoh" },
  tahun: 2022,
  iku: {
    sheet: "IKU",
    at: [0, 0],
    values: [
      ["No", "Sasaran", "Indikator Kinerja", "Target 2022", "Realisasi 2022"],
      [1, "Meningkatnya hasil pengawasan", "Maturitas SPIP", "3,35", "3,157"],
      [null, "Meningkatnya hasil pengawasan", "Kapabilitas APIP", "Level 3", "Level 3"],
    ],
  },
  anggaran: {
    sheet: "Anggaran",
    at: [0, 0],
    values: [
      ["Sasaran", "Program", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
      [1, "Program Penyelenggaraan Pengawasan", "Pengawasan Internal", 600664770, 507455689],
      [1, "Program Penyelenggaraan Pengawasan", "Pengawasan Tujuan Tertentu", 29731000, 16602600],
    ],
  },
  printed: [],
};

async function kecil(): Promise<LkipModel> {
  const wb = writeInputPlan(plan(KECIL));
  return readModel((await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).raw);
}

describe("periksaNaskah: qualitative indicators and the office as subjects", () => {
  it("a qualitative indicator is a subject (by an abbreviation the naskah defines): a reached one may have 100", async () => {
    const m = await kecil();
    const maturitas = compute(m).sasaran[0].indikator[0].capaian;
    const f = periksaNaskah(
      m,
      naskahOf([
        `Capaian Maturitas SPIP sebesar ${fmt(maturitas)}%.`,
        "Kapabilitas Aparat Pengawas Intern Pemerintah (APIP) adalah kemampuan APIP.",
        "Untuk indikator Kapabilitas APIP telah mencapai target yaitu Level 3 sehingga capaiannya 100%.",
        `Capaian Maturitas SPIP sebesar ${WRONG}%.`,
      ])
    );
    expect(galat(f)).toEqual([[WRONG, fmt(maturitas)]]);
  });

  it("'Target X tercapai sebesar C %' is the capaian, not the target", async () => {
    const m = await kecil();
    const c = fmt(compute(m).sasaran[0].indikator[0].capaian);
    expect(periksaNaskah(m, naskahOf([`Target Maturitas SPIP tercapai sebesar ${c}%.`]))).toEqual(
      []
    );
    const f = periksaNaskah(m, naskahOf([`Target Maturitas SPIP tercapai sebesar ${WRONG}%.`]));
    expect(f.map((x) => x.param)).toEqual([expect.objectContaining({ angka: "capaian" })]);
  });

  it("the office by its name speaks of its whole budget, and does not replace the indicator carried", async () => {
    const m = await kecil();
    const h = compute(m);
    const a = h.anggaran!;
    const sentence = (serapan: string) =>
      `Adapun Jumlah APBD Inspektorat Kabupaten Contoh Tahun 2022 adalah sebesar Rp. ${fmt(a.pagu, 0)},00 dan terealisasi sebesar Rp. ${fmt(a.realisasi, 0)},00 atau mencapai ${serapan}% dengan rincian sebagai berikut :`;
    expect(periksaNaskah(m, naskahOf([sentence(fmt(a.serapan!))]))).toEqual([]);
    expect(
      galat(periksaNaskah(m, naskahOf([`Indikator Maturitas SPIP.`, sentence(WRONG)])))
    ).toEqual([[WRONG, fmt(a.serapan!)]]);
    const carried = periksaNaskah(
      m,
      naskahOf([`Maturitas SPIP Inspektorat Kabupaten Contoh.`, `Realisasinya tercapai ${WRONG}.`])
    );
    expect(galat(carried)).toEqual([
      [WRONG, fmt(h.sasaran[0].indikator[0].indikator.realisasi.value, 3)],
    ]);
  });
});

it("an indicator of a tujuan (RULES §13) is a subject too", async () => {
  const l: Laporan = {
    ...KECIL,
    iku: {
      sheet: "IKU",
      at: [0, 0],
      values: [
        ["TUJUAN", "SASARAN", "INDIKATOR TUJUAN", "TARGET", "REALISASI"],
        [
          "Meningkatkan kualitas infrastruktur",
          null,
          "Presentase infrastruktur kondisi baik",
          "84 %",
          "79,82 %",
        ],
        [
          null,
          "Meningkatnya kualitas jalan",
          "Persentase jalan dalam kondisi baik",
          "84 %",
          "80,50 %",
        ],
      ],
    },
    anggaran: undefined,
  };
  const m = readModel(
    (await loadXlsx(Buffer.from(await writeInputPlan(plan(l)).xlsx.writeBuffer()))).raw
  );
  const tujuan = compute(m).indikator.find((h) => h.indikator.sasaran === 0)!;
  const text = (c: string) =>
    `Capaian tertinggi pada indikator Persentase jalan dalam kondisi baik, dan capaian terendah pada indikator Presentase infrastruktur kondisi baik sebesar ${c} %.`;
  expect(periksaNaskah(m, naskahOf([text(fmt(tujuan.capaian))]))).toEqual([]);
  expect(galat(periksaNaskah(m, naskahOf([text(WRONG)])))).toEqual([[WRONG, fmt(tujuan.capaian)]]);
});
