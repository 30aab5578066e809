/** The checker on LKIP_TRIWULAN (RULES §14, §0): IKU against s.d. TW IV, running totals, fractions. */
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import { flatAll } from "../contract/flat";
import { sampleRaw } from "../sample/sample-raw";
import { oneRowRange, type Quarterly } from "../model/triwulan-raw";

/** The sample (annual) with quarters for its first indicator. */
function withQuarters(q: Partial<Quarterly>) {
  const raw = sampleRaw();
  const iku = readModel(raw).indikator[0];
  const row: Quarterly = {
    sasaran: "",
    indikator: iku.nama.value,
    satuan: "",
    jenis: "akhir",
    target: null as unknown as number,
    realisasiTw: [null, null, null, null],
    ...q,
  };
  raw.ranges.LKIP_TRIWULAN = oneRowRange([row]);
  return { iku, findings: flatAll(periksa(readModel(raw))) };
}
const of = (fs: ReturnType<typeof flatAll>, kode: string) => fs.filter((f) => f.kode === kode);

describe("periksa on LKIP_TRIWULAN", () => {
  it("LKIP_IKU Realisasi against realisasi s.d. TW IV: a peringatan naming both cells", () => {
    const { iku, findings } = withQuarters({ jenis: "akhir", realisasiTw: [80, 85, 90, 91.5] });
    const f = of(findings, "TRIWULAN_BEDA_IKU");
    expect(f).toHaveLength(1);
    expect(f[0].tingkat).toBe("peringatan");
    expect(f[0].lokasi).toBe("'Triwulan'!O2"); // Realisasi TW IV
    expect(f[0].pesan).toContain(iku.realisasi.lokasi.replace(/\$/g, ""));
    expect(f[0].nilai_hitung).toBe("91,5");
  });

  it("agreeing figures, or TW IV not filled yet, give nothing", () => {
    const r = readModel(sampleRaw()).indikator[0].realisasi.value.toNumber();
    expect(
      of(withQuarters({ realisasiTw: [80, 85, 90, r] }).findings, "TRIWULAN_BEDA_IKU")
    ).toEqual([]);
    expect(
      of(withQuarters({ realisasiTw: [80, 85, 90, null] }).findings, "TRIWULAN_BEDA_IKU")
    ).toEqual([]);
  });

  it("a kumulatif indicator typed as running totals (rising, last = the year's)", () => {
    const r = readModel(sampleRaw()).indikator[0].realisasi.value.toNumber();
    const { findings } = withQuarters({
      jenis: "kumulatif",
      realisasiTw: [r / 4, r / 2, (3 * r) / 4, r],
    });
    const f = of(findings, "KUMULATIF_BERJALAN");
    expect(f).toHaveLength(1);
    expect(f[0].lokasi).toBe("'Triwulan'!L2:O2");
    // …and the sum then differs from LKIP_IKU as well.
    expect(of(findings, "TRIWULAN_BEDA_IKU")).toHaveLength(1);
  });

  it("a quarter typed as a fraction beside percent points", () => {
    const { findings } = withQuarters({
      satuan: "Persen",
      target: 90,
      realisasiTw: [88.1, 0.904, 91.2, null],
    });
    const f = of(findings, "CAMPUR_PECAHAN_PERSEN");
    expect(f).toHaveLength(1);
    expect(f[0].lokasi).toBe("'Triwulan'!M2");
    expect(f[0].nilai_hitung).toBe("90,40");
  });
});
