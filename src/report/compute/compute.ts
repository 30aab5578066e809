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
  capaianKualitatif,
  efisiensi,
  jumlah,
  predikat,
  rataRata,
  rentang,
  serapan,
} from "../../core";
import type { BarisEfisiensi, HasilEfisiensi, PredikatKualitatif, Skala } from "../../core";
import { sameTextKey } from "../model";
import type {
  BarisAnggaran,
  BarisBelanja,
  LkipIndikator,
  LkipIndikatorKualitatif,
  LkipModel,
  LkipSasaran,
  Settings,
} from "../model";
import { cariMungkinTotal, hitungTotalTertulis } from "./totals";
import type { HasilTotal, MungkinTotal } from "./totals";

export type { HasilTotal, MungkinTotal } from "./totals";

/** Tabel 6: a change read by the indicator's arah (TABLES.md): for a `turun` indicator a fall is better. */
export type ArahPerubahan = "Membaik" | "Memburuk" | "Tetap";

/** Money linked to one indicator (RULES §6, budgets per indicator): its own PMK term. */
export interface AnggaranIndikator {
  pagu: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
  efisiensi: EfisiensiSasaran | null;
  efisiensiAlasan: string | null;
}

/** A qualitative indicator (RULES §10): a predikat on the target scale, no percentage. */
export interface HasilKualitatif {
  indikator: LkipIndikatorKualitatif;
  predikat: PredikatKualitatif;
  /** The ordinal scale both words are on, or null (equal / not equal only). */
  skala: string | null;
}

export interface HasilIndikator {
  indikator: LkipIndikator;
  /** Exact capaian (src/core/README.md §2). */
  capaianExact: Decimal;
  /** As printed: rounded by the policy. Everything derived starts from this. */
  capaian: Decimal;
  /** Target scale (Tabel 3). */
  predikat: string;
  /** The chosen scale (Tabel 4, 5); null when below a custom scale's lowest band. */
  kategori: string | null;
  /** Capaian against the Target Renstra, printed; null without one. */
  capaianRenstra: Decimal | null;
  /** Realisasi minus the realisasi of the latest earlier year with a column, printed; null when that cell is blank. */
  perubahan: { dari: number; nilai: Decimal; keterangan: ArahPerubahan } | null;
  /** Budget lines that name this indicator (LKIP_ANGGARAN Indikator); null when none do. */
  anggaran: AnggaranIndikator | null;
}

export interface EfisiensiSasaran {
  hasil: HasilEfisiensi;
  /** Bounded E as printed (policy rounding). */
  nilai: Decimal;
  /** Unbounded E as printed, for the note. */
  mentah: Decimal;
  keterangan: string;
}

export interface HasilSasaran {
  sasaran: LkipSasaran;
  indikator: HasilIndikator[];
  /** Its qualitative indicators: outside its numeric capaian and efisiensi (RULES §10). */
  kualitatif: HasilKualitatif[];
  /** Some of its budget lines name an indicator: efisiensi is the Σ of per-indicator terms (RULES §6). */
  perIndikator: boolean;
  /** Mean of its indicators' printed capaian (weighted with bobot), printed; null without indicators. */
  capaian: Decimal | null;
  kategori: string | null;
  /** Exact sums of its budget lines (leaves; a program's total only when it has no leaves). null = no lines. */
  pagu: Decimal | null;
  realisasi: Decimal | null;
  serapan: Decimal | null;
  efisiensi: EfisiensiSasaran | null;
  /** Why efisiensi is null (plain Indonesian), when it is. */
  efisiensiAlasan: string | null;
}

export interface HasilBaris {
  baris: BarisAnggaran;
  serapan: Decimal | null;
}

export interface HasilProgram {
  sasaran: number | null;
  /** The sasaran's text (from LKIP_IKU, else as written in LKIP_ANGGARAN). */
  sasaranTeks: string;
  nama: string;
  lokasi: string;
  leaves: HasilBaris[];
  /** Its program total rows (only Program filled). */
  totals: HasilBaris[];
  /** Σ leaves, or Σ totals when it has no leaves. */
  pagu: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
  /** Σ of the leaves (null without leaves): what the checker compares the program totals with. */
  paguLeaves: Decimal | null;
  realisasiLeaves: Decimal | null;
}

export interface HasilAnggaran {
  program: HasilProgram[];
  pagu: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
}

export interface HasilBelanja {
  baris: { baris: BarisBelanja; serapan: Decimal | null }[];
  pagu: Decimal;
  realisasi: Decimal | null;
  serapan: Decimal | null;
}

export interface RataRata {
  /** Mean target and realisasi: null unless every indicator has the same Satuan (RULES §6). */
  target: Decimal | null;
  realisasi: Decimal | null;
  /** Why target and realisasi are not averaged, when they are not. */
  alasanTarget: string | null;
  capaian: Decimal;
  predikat: string;
  kategori: string | null;
}

export interface JumlahPerBand {
  label: string;
  rentang: string;
  jumlah: number;
}

export interface LkipHasil {
  settings: Settings;
  indikator: HasilIndikator[];
  /** Qualitative indicators (RULES §10), in their own list; counted only in perPredikat. */
  kualitatif: HasilKualitatif[];
  sasaran: HasilSasaran[];
  /** Printed totals typed inside the ranges, with what they stand for (RULES §11). */
  totalTertulis: HasilTotal[];
  /** Budget lines that equal the sum of the lines above them: likely unlabelled totals (RULES §11). */
  mungkinTotal: MungkinTotal[];
  /** null without indicators (or when Σ bobot = 0). */
  rataRata: RataRata | null;
  /** Target scale, highest band first. */
  perPredikat: JumlahPerBand[];
  /** The chosen scale, highest band first. */
  perKategori: JumlahPerBand[];
  /** Indicators whose kategori is null (below a custom scale). */
  tanpaKategori: number;
  /** null without LKIP_ANGGARAN. */
  anggaran: HasilAnggaran | null;
  /** null without LKIP_BELANJA. */
  belanja: HasilBelanja | null;
}

export function compute(model: LkipModel): LkipHasil {
  const st = model.settings;
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);

  const tahunLalu = model.tahunLalu.length > 0 ? model.tahunLalu[model.tahunLalu.length - 1] : null;
  const indikator = model.indikator.map((ind) => hitungIndikator(ind, st, tahunLalu));
  const kualitatif: HasilKualitatif[] = model.kualitatif.map((ind) => ({
    indikator: ind,
    ...capaianKualitatif(ind.target.value, ind.realisasi.value),
  }));
  const anggaran = model.anggaran ? hitungAnggaran(model.anggaran, model.sasaran, bulat) : null;
  const sasaran = model.sasaran.map((s) => hitungSasaran(s, indikator, kualitatif, anggaran, st));

  let rata: RataRata | null = null;
  if (indikator.length > 0) {
    const bobot = model.kolomIku.bobot ? indikator.map((h) => h.indikator.bobot!.value) : undefined;
    const mean = (xs: Decimal[]) => tryOrNull(() => bulat(rataRata(xs, bobot)));
    const c = mean(indikator.map((h) => h.capaian));
    // RULES §6: a mean of targets across units (a score with a percentage) means nothing.
    const satuan = new Set(indikator.map((h) => sameTextKey(h.indikator.satuan?.value ?? "")));
    const satu = satuan.size === 1;
    const t = satu ? mean(indikator.map((h) => h.indikator.target.value)) : null;
    const r = satu ? mean(indikator.map((h) => h.indikator.realisasi.value)) : null;
    if (c) {
      rata = {
        target: t,
        realisasi: r,
        alasanTarget: satu ? null : "satuan berbeda: rata-rata target dan realisasi tidak bermakna",
        capaian: c,
        predikat: predikat(c, SKALA.target),
        kategori: kategoriOf(c, st.skala),
      };
    }
  }

  const count = (
    skala: Skala,
    labelOf: (h: HasilIndikator) => string | null,
    lain: string[] = []
  ): JumlahPerBand[] =>
    rentang(skala).map((b) => ({
      ...b,
      jumlah:
        indikator.filter((h) => labelOf(h) === b.label).length +
        lain.filter((l) => l === b.label).length,
    }));

  let belanja: HasilBelanja | null = null;
  if (model.belanja) {
    const rows = model.belanja;
    const pagu = jumlah(rows.map((b) => b.pagu.value));
    const adaRealisasi = model.belanjaAdaRealisasi;
    const realisasi = adaRealisasi ? jumlah(rows.map((b) => b.realisasi!.value)) : null;
    belanja = {
      baris: rows.map((b) => ({
        baris: b,
        serapan: b.realisasi ? serapanOf([b.pagu.value], [b.realisasi.value], bulat) : null,
      })),
      pagu,
      realisasi,
      serapan: realisasi ? serapanOf([pagu], [realisasi], bulat) : null,
    };
  }

  const serapanDua = (p: Decimal, r: Decimal) => serapanOf([p], [r], bulat);
  return {
    settings: st,
    indikator,
    kualitatif,
    sasaran,
    totalTertulis: hitungTotalTertulis(model, (i) => indikator[i].capaian, bulat, serapanDua),
    mungkinTotal: cariMungkinTotal(model),
    rataRata: rata,
    // RULES §10: qualitative indicators are counted in the predikat table, on the same three rows.
    perPredikat: count(
      SKALA.target,
      (h) => h.predikat,
      kualitatif.map((k) => k.predikat)
    ),
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
      ? perubahanOf(ind, lalu.tahun, bulat(ind.realisasi.value.minus(lalu.nilai.value)))
      : null,
    anggaran: null,
  };
}

function perubahanOf(
  ind: LkipIndikator,
  dari: number,
  nilai: Decimal
): NonNullable<HasilIndikator["perubahan"]> {
  const naik = ind.arah.value !== "turun";
  const keterangan: ArahPerubahan = nilai.isZero()
    ? "Tetap"
    : nilai.isPositive() === naik
      ? "Membaik"
      : "Memburuk";
  return { dari, nilai, keterangan };
}

function hitungSasaran(
  s: LkipSasaran,
  semua: HasilIndikator[],
  semuaKualitatif: HasilKualitatif[],
  anggaran: HasilAnggaran | null,
  st: Settings
): HasilSasaran {
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);
  const indikator = s.indikator.map((i) => semua[i]);
  const kualitatif = s.kualitatif.map((i) => semuaKualitatif[i]);
  const bobot = indikator.every((h) => h.indikator.bobot)
    ? indikator.map((h) => h.indikator.bobot!.value)
    : undefined;
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
  const pagu = programs.length > 0 ? jumlah(programs.map((p) => p.pagu)) : null;
  const realisasi = programs.length > 0 ? jumlah(programs.map((p) => p.realisasi)) : null;

  // RULES §6: lines naming an indicator are that indicator's PMK term; the rest are the sasaran's.
  const counted = programs.flatMap((p) => (p.leaves.length > 0 ? p.leaves : p.totals));
  const perIndikator = counted.some((b) => b.baris.indikatorIndex !== null);
  const terms: BarisEfisiensi[] = [];
  if (perIndikator) {
    for (const h of indikator) {
      const own = counted.filter((b) => b.baris.indikatorIndex === h.indikator.index);
      if (own.length === 0) continue;
      const p = jumlah(own.map((b) => b.baris.pagu.value));
      const r = jumlah(own.map((b) => b.baris.realisasi.value));
      const term = { pagu: p, capaian: h.capaian, realisasi: r };
      terms.push(term);
      const e = efisiensiOf([term], st);
      h.anggaran = {
        pagu: p,
        realisasi: r,
        serapan: serapanOf([p], [r], bulat),
        efisiensi: e,
        efisiensiAlasan: e ? null : "pagu × capaian = 0",
      };
    }
  }
  const rest = perIndikator ? counted.filter((b) => b.baris.indikatorIndex === null) : counted;

  let ef: EfisiensiSasaran | null = null;
  let alasan: string | null = null;
  if (cap === null)
    alasan =
      indikator.length === 0
        ? kualitatif.length > 0
          ? "semua indikatornya kualitatif, tanpa capaian dalam persen"
          : "tidak ada indikator yang terbaca"
        : "jumlah bobot indikatornya 0";
  else if (pagu === null || realisasi === null)
    alasan = anggaran ? "tidak ada anggaran yang tertaut" : "LKIP_ANGGARAN tidak ada";
  else {
    if (rest.length > 0 || !perIndikator) {
      terms.push({
        pagu: perIndikator ? jumlah(rest.map((b) => b.baris.pagu.value)) : pagu,
        capaian: cap,
        realisasi: perIndikator ? jumlah(rest.map((b) => b.baris.realisasi.value)) : realisasi,
      });
    }
    ef = efisiensiOf(terms, st);
    if (!ef) alasan = "pagu × capaian = 0";
  }
  return {
    sasaran: s,
    indikator,
    kualitatif,
    perIndikator,
    capaian: cap,
    kategori: cap ? kategoriOf(cap, st.skala) : null,
    pagu,
    realisasi,
    serapan: pagu && realisasi ? serapanOf([pagu], [realisasi], bulat) : null,
    efisiensi: ef,
    efisiensiAlasan: alasan,
  };
}

function efisiensiOf(terms: BarisEfisiensi[], st: Settings): EfisiensiSasaran | null {
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);
  try {
    const hasil = efisiensi(terms, st.batasiCapaian);
    const nilai = bulat(hasil.nilai);
    return {
      hasil,
      nilai,
      mentah: bulat(hasil.mentah),
      keterangan: predikat(nilai, SKALA.efisiensi),
    };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    return null;
  }
}

function hitungAnggaran(
  lines: BarisAnggaran[],
  sasaran: LkipSasaran[],
  bulat: (d: Decimal) => Decimal
): HasilAnggaran {
  // A program is one (sasaran, program name) pair, in order of first appearance.
  const groups = new Map<string, BarisAnggaran[]>();
  for (const line of lines) {
    const sKey =
      line.sasaran !== null ? `n:${line.sasaran}` : `t:${sameTextKey(line.sasaranTertulis.value)}`;
    const key = `${sKey}|${sameTextKey(line.program.value)}`;
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
      paguLeaves: leaves.length > 0 ? pagu : null,
      realisasiLeaves: leaves.length > 0 ? realisasi : null,
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
