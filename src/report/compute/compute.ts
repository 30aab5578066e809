/**
 * The ONE place where the report's numbers are made (src/core/README.md §1 "compute from what they print",
 * §6 aggregates). Tables and the checker read these results; nothing recomputes elsewhere.
 */
import {
  Decimal,
  LkipError,
  SKALA,
  bulatkan,
  capaian,
  efisiensi,
  jumlah,
  predikat,
  rataRata,
  rentang,
  serapan,
} from "../../core";
import type { Skala } from "../../core";
import { sameTextKey, sasaranKey } from "../model";
import type { BarisAnggaran, LkipIndikator, LkipModel, LkipSasaran, Settings } from "../model";
import type {
  AnggaranSasaran,
  EfisiensiSasaran,
  HasilAnggaran,
  HasilBaris,
  HasilBelanja,
  HasilIndikator,
  HasilProgram,
  HasilSasaran,
  JumlahPerBand,
  LkipHasil,
  RataRata,
} from "./types";

export function compute(model: LkipModel): LkipHasil {
  const st = model.settings;
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);

  const tahunLalu = model.tahunLalu.length > 0 ? model.tahunLalu[model.tahunLalu.length - 1] : null;
  const indikator = model.indikator.map((ind) => hitungIndikator(ind, st, tahunLalu));
  const anggaran = model.anggaran ? hitungAnggaran(model.anggaran, model.sasaran, bulat) : null;
  const sasaran = model.sasaran.map((s) => hitungSasaran(s, indikator, anggaran, st));

  let rata: RataRata | null = null;
  if (indikator.length > 0) {
    const bobot = model.kolomIku.bobot ? bobotOf(indikator) : undefined;
    const mean = (xs: Decimal[]) => tryOrNull(() => bulat(rataRata(xs, bobot)));
    const c = mean(indikator.map((h) => h.capaian));
    const t = mean(indikator.map((h) => h.indikator.target.value));
    const r = mean(indikator.map((h) => h.indikator.realisasi.value));
    if (c && t && r) {
      rata = {
        target: t,
        realisasi: r,
        capaian: c,
        predikat: predikat(c, SKALA.target),
        kategori: kategoriOf(c, st.skala),
      };
    }
  }

  const count = (skala: Skala, labelOf: (h: HasilIndikator) => string | null): JumlahPerBand[] =>
    rentang(skala).map((b) => ({
      ...b,
      jumlah: indikator.filter((h) => labelOf(h) === b.label).length,
    }));

  let belanja: HasilBelanja | null = null;
  if (model.belanja) {
    const rows = model.belanja;
    const pagu = jumlah(rows.map((b) => b.pagu.value));
    // With a Realisasi column every row kept has one (the reader leaves the others out).
    const realisasiRows = rows.flatMap((b) => (b.realisasi ? [b.realisasi.value] : []));
    const total = jumlah(realisasiRows);
    belanja = {
      baris: rows.map((b) => ({
        baris: b,
        serapan: b.realisasi ? serapanOf([b.pagu.value], [b.realisasi.value], bulat) : null,
      })),
      pagu,
      realisasi: model.belanjaAdaRealisasi
        ? { jumlah: total, serapan: serapanOf([pagu], [total], bulat) }
        : null,
    };
  }

  return {
    settings: st,
    indikator,
    sasaran,
    rataRata: rata,
    perPredikat: count(SKALA.target, (h) => h.predikat),
    perKategori: count(st.skala, (h) => h.kategori),
    tanpaKategori: indikator.filter((h) => h.kategori === null).length,
    anggaran,
    belanja,
  };
}

function hitungIndikator(
  ind: LkipIndikator,
  st: Settings,
  tahunLalu: number | null
): HasilIndikator {
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);
  // readModel only keeps rows whose capaian can be computed.
  const exact = capaian(ind.target.value, ind.realisasi.value, ind.arah.value);
  const printed = bulat(exact);
  const renstra = ind.targetRenstra;
  const lalu = ind.tahunLalu.find((t) => t.tahun === tahunLalu);
  return {
    indikator: ind,
    capaianExact: exact,
    capaian: printed,
    predikat: predikat(printed, SKALA.target),
    kategori: kategoriOf(printed, st.skala),
    capaianRenstra: renstra
      ? tryOrNull(() => bulat(capaian(renstra.value, ind.realisasi.value, ind.arah.value)))
      : null,
    perubahan: lalu
      ? { dari: lalu.tahun, nilai: bulat(ind.realisasi.value.minus(lalu.nilai.value)) }
      : null,
  };
}

function hitungSasaran(
  s: LkipSasaran,
  semua: HasilIndikator[],
  anggaran: HasilAnggaran | null,
  st: Settings
): HasilSasaran {
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);
  const indikator = s.indikator.map((i) => semua[i]);
  const bobot = bobotOf(indikator);
  const cap =
    indikator.length > 0
      ? tryOrNull(() =>
          bulat(
            rataRata(
              indikator.map((h) => h.capaian),
              bobot
            )
          )
        )
      : null;

  const programs = anggaran?.program.filter((p) => p.sasaran === s.nomor) ?? [];
  let ang: AnggaranSasaran | null = null;
  if (programs.length > 0) {
    const pagu = jumlah(programs.map((p) => p.pagu));
    const realisasi = jumlah(programs.map((p) => p.realisasi));
    ang = { pagu, realisasi, serapan: serapanOf([pagu], [realisasi], bulat) };
  }
  return {
    sasaran: s,
    indikator,
    capaian: cap,
    kategori: cap ? kategoriOf(cap, st.skala) : null,
    anggaran: ang,
    efisiensi: efisiensiSasaran(indikator.length, cap, ang, anggaran !== null, st),
  };
}

function efisiensiSasaran(
  nIndikator: number,
  capaian: Decimal | null,
  ang: AnggaranSasaran | null,
  adaAnggaran: boolean,
  st: Settings
): EfisiensiSasaran {
  const tidak = (alasan: string): EfisiensiSasaran => ({ dihitung: false, alasan });
  if (capaian === null)
    return tidak(
      nIndikator === 0 ? "tidak ada indikator yang terbaca" : "jumlah bobot indikatornya 0"
    );
  if (ang === null)
    return tidak(adaAnggaran ? "tidak ada anggaran yang tertaut" : "LKIP_ANGGARAN tidak ada");
  const { pagu, realisasi } = ang;
  try {
    const hasil = efisiensi([{ pagu, capaian, realisasi }], st.batasiCapaian);
    const nilai = bulatkan(hasil.nilai, st.pembulatan, 2);
    return {
      dihitung: true,
      hasil,
      nilai,
      mentah: bulatkan(hasil.mentah, st.pembulatan, 2),
      keterangan: predikat(nilai, SKALA.efisiensi),
      capaian,
      pagu,
      realisasi,
    };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    // §4: a negative capaian (or an overflow) has no efisiensi; the reason goes in the table.
    return tidak(e.code === "#DIV/0!" ? "pagu × capaian = 0" : e.message);
  }
}

/** The indicators' Bobot when every one has it; undefined = unweighted. */
function bobotOf(indikator: HasilIndikator[]): Decimal[] | undefined {
  const bobot = indikator.flatMap((h) => (h.indikator.bobot ? [h.indikator.bobot.value] : []));
  return bobot.length === indikator.length ? bobot : undefined;
}

function hitungAnggaran(
  lines: BarisAnggaran[],
  sasaran: LkipSasaran[],
  bulat: (d: Decimal) => Decimal
): HasilAnggaran {
  // A program is one (sasaran, program name) pair, in order of first appearance.
  const groups = new Map<string, BarisAnggaran[]>();
  for (const line of lines) {
    const key = `${sasaranKey(line)}|${sameTextKey(line.program.value)}`;
    const g = groups.get(key);
    if (g) g.push(line);
    else groups.set(key, [line]);
  }
  const withSerapan = (b: BarisAnggaran): HasilBaris => ({
    baris: b,
    serapan: serapanOf([b.pagu.value], [b.realisasi.value], bulat),
  });
  const sum = (xs: BarisAnggaran[], f: (b: BarisAnggaran) => Decimal) => jumlah(xs.map(f));

  const program: HasilProgram[] = [...groups.values()].map((g) => {
    const first = g[0];
    const leaves = g.filter((b) => b.leaf);
    const totals = g.filter((b) => !b.leaf);
    const counted = leaves.length > 0 ? leaves : totals;
    const pagu = sum(counted, (b) => b.pagu.value);
    const realisasi = sum(counted, (b) => b.realisasi.value);
    return {
      sasaran: first.sasaran,
      sasaranTeks:
        first.sasaran !== null
          ? (sasaran[first.sasaran - 1]?.teks ?? first.sasaranTertulis.value)
          : first.sasaranTertulis.value,
      nama: first.program.value,
      lokasi: first.program.lokasi,
      leaves: leaves.map(withSerapan),
      totals: totals.map(withSerapan),
      pagu,
      realisasi,
      serapan: serapanOf([pagu], [realisasi], bulat),
      leavesSum: leaves.length > 0 ? { pagu, realisasi } : null,
    };
  });
  const pagu = jumlah(program.map((p) => p.pagu));
  const realisasi = jumlah(program.map((p) => p.realisasi));
  return { program, pagu, realisasi, serapan: serapanOf([pagu], [realisasi], bulat) };
}

function serapanOf(
  pagu: Decimal[],
  realisasi: Decimal[],
  bulat: (d: Decimal) => Decimal
): Decimal | null {
  return tryOrNull(() => bulat(serapan(pagu, realisasi)));
}

function kategoriOf(nilai: Decimal, skala: Skala): string | null {
  return tryOrNull(() => predikat(nilai, skala));
}

/** A core rule that cannot give a value here (pagu 0, Σ bobot 0, below a custom scale) gives null. */
function tryOrNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof LkipError) return null;
    throw e;
  }
}
