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
import type { EfisiensiRow, Skala } from "../../core";
import { sameTextKey, sasaranKey } from "../model";
import type { AnggaranRow, LkipIndikator, LkipModel, LkipSasaran, Settings } from "../model";
import { cariMungkinTotal, hitungTotalTertulis } from "./totals";
import { hitungTriwulan } from "./triwulan";
import type {
  AnggaranSasaran,
  ArahPerubahan,
  EfisiensiSasaran,
  HasilAnggaran,
  HasilRow,
  HasilBelanja,
  HasilIndikator,
  HasilKualitatif,
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
  const kualitatif: HasilKualitatif[] = model.kualitatif.map((ind) => ({
    indikator: ind,
    ...capaianKualitatif(ind.target.value, ind.realisasi.value),
  }));
  const anggaran = model.anggaran ? hitungAnggaran(model.anggaran, model.sasaran, bulat) : null;
  const sasaran = model.sasaran.map((s) => hitungSasaran(s, indikator, kualitatif, anggaran, st));

  let rata: RataRata | null = null;
  if (indikator.length > 0) {
    const bobot = model.kolomIku.bobot ? bobotOf(indikator) : undefined;
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
        reasonTarget: satu ? null : "satuan berbeda: rata-rata target dan realisasi tidak bermakna",
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
    // With a Realisasi column every row kept has one (the reader leaves the others out).
    const realisasiRows = rows.flatMap((b) => (b.realisasi ? [b.realisasi.value] : []));
    const total = jumlah(realisasiRows);
    belanja = {
      row: rows.map((b) => ({
        row: b,
        serapan: b.realisasi ? serapanOf([b.pagu.value], [b.realisasi.value], bulat) : null,
      })),
      pagu,
      realisasi: model.belanjaAdaRealisasi
        ? { jumlah: total, serapan: serapanOf([pagu], [total], bulat) }
        : null,
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
    triwulan: hitungTriwulan(model),
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

  // RULES §6: lines naming an indicator are that indicator's PMK term; the rest are the sasaran's,
  // with the sasaran's capaian. Without any such line this is the one term it always was.
  const counted = programs.flatMap((p) => (p.leaves.length > 0 ? p.leaves : p.totals));
  const perIndikator = counted.some((b) => b.row.indikatorIndex !== null);
  const terms: EfisiensiRow[] = [];
  if (perIndikator) {
    for (const h of indikator) {
      const own = counted.filter((b) => b.row.indikatorIndex === h.indikator.index);
      if (own.length === 0) continue;
      const pagu = jumlah(own.map((b) => b.row.pagu.value));
      const realisasi = jumlah(own.map((b) => b.row.realisasi.value));
      const term = { pagu, capaian: h.capaian, realisasi };
      terms.push(term);
      h.anggaran = {
        pagu,
        realisasi,
        serapan: serapanOf([pagu], [realisasi], bulat),
        efisiensi: efisiensiOf([term], { capaian: h.capaian, pagu, realisasi }, st),
      };
    }
  }
  const rest = counted.filter((b) => !perIndikator || b.row.indikatorIndex === null);
  if (cap !== null && rest.length > 0)
    terms.push({
      pagu: jumlah(rest.map((b) => b.row.pagu.value)),
      capaian: cap,
      realisasi: jumlah(rest.map((b) => b.row.realisasi.value)),
    });

  type Tanpa = "BOBOT_INDIKATOR_NOL" | "SEMUA_KUALITATIF" | "TANPA_INDIKATOR";
  const tidak = (
    kode: Tanpa | "TANPA_ANGGARAN_TERTAUT" | "TANPA_LKIP_ANGGARAN"
  ): EfisiensiSasaran => ({
    dihitung: false,
    reason: { kode },
  });
  const efisiensiS: EfisiensiSasaran =
    cap === null
      ? tidak(
          indikator.length > 0
            ? "BOBOT_INDIKATOR_NOL"
            : kualitatif.length > 0
              ? "SEMUA_KUALITATIF"
              : "TANPA_INDIKATOR"
        )
      : ang === null
        ? tidak(anggaran !== null ? "TANPA_ANGGARAN_TERTAUT" : "TANPA_LKIP_ANGGARAN")
        : efisiensiOf(terms, { capaian: cap, pagu: ang.pagu, realisasi: ang.realisasi }, st);
  return {
    sasaran: s,
    indikator,
    kualitatif,
    perIndikator,
    capaian: cap,
    kategori: cap ? kategoriOf(cap, st.skala) : null,
    anggaran: ang,
    efisiensi: efisiensiS,
  };
}

/**
 * PMK 214/PMK.02/2017 over the terms (RULES §4, §6), as printed, or why it cannot be computed;
 * `dari` is what it is said to be computed from (a sasaran's capaian and its whole budget).
 */
function efisiensiOf(
  terms: EfisiensiRow[],
  dari: { capaian: Decimal; pagu: Decimal; realisasi: Decimal },
  st: Settings
): EfisiensiSasaran {
  try {
    const hasil = efisiensi(terms, st.batasiCapaian);
    const nilai = bulatkan(hasil.nilai, st.pembulatan, 2);
    return {
      dihitung: true,
      hasil,
      nilai,
      mentah: bulatkan(hasil.mentah, st.pembulatan, 2),
      keterangan: predikat(nilai, SKALA.efisiensi),
      ...dari,
    };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    // §4: a negative capaian (or an overflow) has no efisiensi; the reason goes in the table.
    return {
      dihitung: false,
      reason: e.code === "#DIV/0!" ? { kode: "PAGU_KALI_CAPAIAN_NOL" } : e.reason,
    };
  }
}

/** The indicators' Bobot when every one has it; undefined = unweighted. */
function bobotOf(indikator: HasilIndikator[]): Decimal[] | undefined {
  const bobot = indikator.flatMap((h) => (h.indikator.bobot ? [h.indikator.bobot.value] : []));
  return bobot.length === indikator.length ? bobot : undefined;
}

function hitungAnggaran(
  lines: AnggaranRow[],
  sasaran: LkipSasaran[],
  bulat: (d: Decimal) => Decimal
): HasilAnggaran {
  // A program is one (sasaran, program name) pair, in order of first appearance.
  const groups = new Map<string, AnggaranRow[]>();
  for (const line of lines) {
    const key = `${sasaranKey(line)}|${sameTextKey(line.program.value)}`;
    const g = groups.get(key);
    if (g) g.push(line);
    else groups.set(key, [line]);
  }
  const withSerapan = (b: AnggaranRow): HasilRow => ({
    row: b,
    serapan: serapanOf([b.pagu.value], [b.realisasi.value], bulat),
  });
  const sum = (xs: AnggaranRow[], f: (b: AnggaranRow) => Decimal) => jumlah(xs.map(f));

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
