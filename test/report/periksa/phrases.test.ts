import { describe, expect, it } from "vitest";
import {
  FRASA_MAKIN_RENDAH_MAKIN_BAIK,
  FRASA_PEMBALIK,
  frasaMakinRendah,
  satuanPersen,
} from "../../../src/report/periksa/phrases";

describe("frasaMakinRendah", () => {
  it("finds the phrase, case and punctuation ignored", () => {
    expect(frasaMakinRendah("Angka Kematian Ibu (AKI)")).toBe("angka kematian");
    expect(frasaMakinRendah("Persentase Penduduk Miskin (P0)")).toBe("persentase penduduk miskin");
    expect(frasaMakinRendah("Tingkat  pengangguran-terbuka")).toBe("tingkat pengangguran");
  });

  it("a name about the reduction or the handling reads higher-is-better", () => {
    for (const p of FRASA_PEMBALIK)
      expect(frasaMakinRendah(`Persentase ${p} angka kematian bayi`), p).toBeNull();
  });

  it("nothing for ordinary names, and only whole words", () => {
    expect(frasaMakinRendah("Nilai SAKIP Dinsos")).toBeNull();
    expect(frasaMakinRendah("Persentase PPKS yang mampu berusaha")).toBeNull();
    expect(frasaMakinRendah("Prevalensinya")).toBeNull();
  });

  it("the dictionary is lower-case data without duplicates", () => {
    expect(new Set(FRASA_MAKIN_RENDAH_MAKIN_BAIK).size).toBe(FRASA_MAKIN_RENDAH_MAKIN_BAIK.length);
    for (const f of FRASA_MAKIN_RENDAH_MAKIN_BAIK) expect(f).toBe(f.toLowerCase().trim());
  });
});

describe("satuanPersen", () => {
  it("Persen, %, Persentase in any case are percent; other units are not", () => {
    for (const s of ["Persen", " persen ", "%", "PERSENTASE"])
      expect(satuanPersen(s), s).toBe(true);
    for (const s of ["Nilai", "KK", "Orang", "Indeks"]) expect(satuanPersen(s), s).toBe(false);
  });
});
