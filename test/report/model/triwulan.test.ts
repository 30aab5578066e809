/** LKIP_TRIWULAN (WORKBOOK.md): both header forms, jenis, links to LKIP_IKU, a mid-year workbook. */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { flatAll } from "../contract/flat";
import type { RawWorkbook } from "../../../src/report/contract/types";
import { sampleRaw } from "../sample/sample-raw";
import { QUARTERLY, info, oneRowRange, quarterlyWorkbook, twoRowRange } from "./triwulan-raw";

const values = (q: ({ value: { toNumber(): number } } | null)[]) =>
  q.map((s) => (s === null ? null : s.value.toNumber()));

describe.each(["one", "two"] as const)("LKIP_TRIWULAN, %s-row header", (form) => {
  const model = readModel(quarterlyWorkbook(form));

  it("is a complete workbook on its own (mid-year): no galat, no source missing", () => {
    expect(flatAll(model.findings).filter((f) => f.tingkat !== "info")).toEqual([]);
    expect(model.leftOut).toEqual([]);
    expect(model.sumber.LKIP_TRIWULAN?.dipakai).toBe(true);
  });

  it("reads every quarter, blanks as blank (never 0), targets and budget per quarter", () => {
    const t = model.triwulan!;
    expect(t.rows.map((b) => b.nama.value)).toEqual(QUARTERLY.map((q) => q.indikator));
    t.rows.forEach((b, i) => {
      expect(values(b.realisasiTw)).toEqual(QUARTERLY[i].realisasiTw);
      expect(b.target?.value.toNumber()).toBe(QUARTERLY[i].target);
    });
    expect(values(t.rows[0].targetTw)).toEqual(QUARTERLY[0].targetTw);
    expect(values(t.rows[0].anggaranTw)).toEqual(QUARTERLY[0].anggaranTw);
    expect(t.rows[0].pagu?.value.toNumber()).toBe(QUARTERLY[0].pagu);
    expect(t.adaTargetTw).toBe(true);
    expect(t.adaAnggaran).toBe(true);
    expect(t.terakhir).toBe(3);
  });

  it("reads jenis and arah; a blank jenis is akhir with an info at its cell", () => {
    const t = model.triwulan!;
    expect(t.rows.map((b) => b.jenis.value)).toEqual(["kumulatif", "akhir", "rata-rata", "akhir"]);
    expect(t.rows[3].jenis.tertulis).toBe(false);
    expect(t.rows[2].arah.value).toBe("turun");
    const info = flatAll(model.findings).filter((f) => f.kode === "JENIS_KOSONG");
    expect(info).toHaveLength(1);
    // Jenis is the 5th column; the 4th data row sits below the header row(s).
    const at = form === "one" ? "'Triwulan'!E5" : "'Evaluasi Renja'!F9";
    expect(info[0].lokasi).toBe(at);
    expect(info[0].pesan).toContain("Indeks kepuasan masyarakat");
  });
});

describe("LKIP_TRIWULAN with LKIP_IKU", () => {
  it("takes Sasaran, Satuan, Arah and Target from LKIP_IKU when its row leaves them blank", () => {
    const raw = sampleRaw();
    const iku = readModel(raw).indikator[0];
    const range = oneRowRange([
      {
        sasaran: "",
        indikator: iku.nama.value.toUpperCase(),
        satuan: "",
        jenis: "akhir",
        target: null as unknown as number,
        realisasiTw: [1, 2, null, null],
      },
      {
        sasaran: "Lain",
        indikator: "Indikator yang tidak ada di IKU",
        satuan: "Orang",
        jenis: "kumulatif",
        target: 10,
        realisasiTw: [1, null, null, null],
      },
    ]);
    const model = readModel({ ...raw, ranges: { ...raw.ranges, LKIP_TRIWULAN: range } });
    const [linked, alone] = model.triwulan!.rows;
    expect(linked.iku).toBe(iku.index);
    expect(linked.target?.lokasi).toBe(iku.target.lokasi);
    expect(linked.satuan?.value).toBe(iku.satuan?.value);
    expect(linked.sasaran?.value).toBe(model.sasaran[0].teks);
    expect(alone.iku).toBeNull();
    const f = flatAll(model.findings).filter((x) => x.kode === "TRIWULAN_TANPA_IKU");
    expect(f.map((x) => x.lokasi)).toEqual(["'Triwulan'!C3"]);
  });
});

describe("LKIP_TRIWULAN problems", () => {
  it("an unknown jenis leaves the row out, named at its cell", () => {
    const raw = quarterlyWorkbook("one");
    raw.ranges.LKIP_TRIWULAN!.values[1][4] = "tren";
    const model = readModel(raw);
    expect(model.triwulan!.rows).toHaveLength(QUARTERLY.length - 1);
    const f = flatAll(model.findings).find((x) => x.kode === "JENIS_TIDAK_DIKENAL");
    expect(f?.lokasi).toBe("'Triwulan'!E2");
    expect(model.leftOut.map((l) => l.lokasi)).toEqual([expect.stringContaining("'Triwulan'!A2")]);
  });

  it("without a realisasi quarter column the source is unusable, and says which headers would do", () => {
    const raw: RawWorkbook = {
      ranges: {
        LKIP_TRIWULAN: {
          source: "LKIP_TRIWULAN",
          kind: "name",
          sheet: "T",
          row: 0,
          col: 0,
          values: [
            ["Indikator", "Realisasi"],
            ["A", 1],
          ],
        },
        LKIP_INFO: info(),
      },
      problems: [],
    };
    const model = readModel(raw);
    expect(model.triwulan).toBeNull();
    const f = flatAll(model.findings).find((x) => x.kode === "KOLOM_TIDAK_ADA");
    expect(f?.pesan).toContain("Realisasi TW I");
  });

  it("LKIP_INFO Triwulan is read (1–4, I–IV); another value is a galat at its cell", () => {
    expect(readModel(quarterlyWorkbook("one", 2)).settings.triwulan).toBe(2);
    const raw = quarterlyWorkbook("two");
    raw.ranges.LKIP_INFO!.values.push(["Triwulan", "III"]);
    expect(readModel(raw).settings.triwulan).toBe(3);
    raw.ranges.LKIP_INFO!.values[2][1] = "5";
    const m = readModel(raw);
    expect(m.settings.triwulan).toBeUndefined();
    expect(flatAll(m.findings).find((x) => x.kode === "PENGATURAN_TIDAK_SAH")?.lokasi).toBe(
      "'Info'!B3"
    );
  });

  it("percent-formatted quarters are read as the percent points they print (RULES §9)", () => {
    const range = twoRowRange();
    range.values[3][11] = 0.881; // KPM TW I as a fraction, shown 88,10 %
    range.percent = range.values.map((row, r) => row.map((_, c) => r === 3 && c === 11));
    const model = readModel({ ranges: { LKIP_TRIWULAN: range, LKIP_INFO: info() }, problems: [] });
    expect(model.triwulan!.rows[1].realisasiTw[0]?.value.toNumber()).toBe(88.1);
  });
});
