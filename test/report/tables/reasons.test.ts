import { describe, expect, it } from "vitest";
import {
  LEFT_OUT_CODES,
  REASONS,
  reasonText,
  tidakDibuat,
} from "../../../src/report/tables/reasons";
import { buildTables } from "../../../src/report/tables/specs";
import { readModel } from "../../../src/report/model/read-model";
import { sampleRaw } from "../sample/sample-raw";
import { REASON_SAMPLES as SAMPLES } from "./reason-samples";

const ALL = Object.values(SAMPLES).flat();

/** Words that only an Indonesian sentence has (the source names and column titles are the same in both). */
const INDONESIAN =
  /\b(tidak|kosong|semua|kolom|punya|berisi|dibaca|lihat|temuan|buku kerja|baris)\b/i;

describe("reasons a table is not built", () => {
  it("has samples for every code", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...LEFT_OUT_CODES].sort());
    expect(Object.keys(REASONS).length).toBe(LEFT_OUT_CODES.length);
  });

  it.each(ALL.map((r) => [r.kode, r] as const))(
    "%s: Indonesian by default, English without Indonesian words",
    (_, r) => {
      const id = reasonText(r);
      const en = reasonText(r, "en");
      expect(reasonText(r, "id")).toBe(id);
      expect(id).toMatch(INDONESIAN);
      expect(en).not.toMatch(INDONESIAN);
      expect(en).not.toBe(id);
      for (const s of [id, en]) expect(s).toMatch(/\.$/);
    }
  );

  it("names the source in both languages", () => {
    for (const r of ALL.filter((x) => "sumber" in x.param)) {
      const sumber = (r.param as { sumber: string }).sumber;
      expect(reasonText(r)).toContain(sumber);
      expect(reasonText(r, "en")).toContain(sumber);
    }
  });

  it("keeps the Indonesian words the tables gave before they became data", () => {
    expect(reasonText(tidakDibuat("SUMBER_TIDAK_ADA", { sumber: "LKIP_ANGGARAN" }))).toBe(
      "LKIP_ANGGARAN tidak ada di buku kerja."
    );
    expect(
      reasonText(tidakDibuat("SUMBER_KOSONG", { sumber: "LKIP_BELANJA", lihatTemuan: true }))
    ).toBe("LKIP_BELANJA tidak berisi baris yang dapat dibaca (lihat temuan).");
    expect(reasonText(tidakDibuat("TAHUN_LALU_TIDAK_ADA", {}))).toBe(
      'LKIP_IKU tidak punya kolom Realisasi tahun sebelumnya (misalnya "Realisasi Tahun Lalu").'
    );
  });

  it("is what buildTables carries for a table left out, in either language", () => {
    const raw = sampleRaw();
    raw.ranges.LKIP_IKU!.values = raw.ranges.LKIP_IKU!.values.map((row) => row.slice(0, 8));
    delete raw.ranges.LKIP_BELANJA;
    const { leftOut } = buildTables(readModel(raw));
    expect(leftOut.map((l) => [l.id, l.reason])).toEqual([
      [6, tidakDibuat("TAHUN_LALU_TIDAK_ADA", {})],
      [7, tidakDibuat("RENSTRA_TIDAK_ADA", {})],
      [12, tidakDibuat("SUMBER_TIDAK_ADA", { sumber: "LKIP_BELANJA" })],
      [13, tidakDibuat("SUMBER_TIDAK_ADA", { sumber: "LKIP_TRIWULAN" })],
    ]);
    expect(reasonText(leftOut[2].reason, "en")).toBe("LKIP_BELANJA is not in the workbook.");
  });
});
