/**
 * readModel: a RawWorkbook (what a gateway read) → the LKIP model. Nothing is computed here but
 * what reading needs; every problem becomes a finding at its cell and the rest goes on.
 */
import { sourceAddress } from "./row-reader";
import { readAnggaran } from "./anggaran";
import { readBelanja } from "./belanja";
import { readIku } from "./iku";
import { readTriwulan } from "./triwulan";
import { isTahun, readSettings } from "./settings";
import { readHeaderRows, tahunFromHeaders, withOneHeaderRow } from "./recognize";
import { outsideRows } from "./outside";
import { headerText } from "./columns";
import type { PilihanKolom } from "./columns";
import { applyMerges } from "./merges";
import { percentAsPrinted } from "./percent";
import type { LkipModel, Settings, TahunAsal } from "./types";
import { parseRef, temuan } from "../contract";
import type { Finding, RawRange, RawWorkbook } from "../contract";

export type * from "./types";

/** What the reader takes besides the workbook: column choices not (yet) saved in LKIP_INFO. */
export interface ReadOptions {
  /** `lkip --kolom`, the pane's choice before saving: over the `Kolom …` rows of LKIP_INFO. */
  kolom?: PilihanKolom;
}

export function readModel(
  raw: RawWorkbook,
  overrides: Partial<Settings> = {},
  options: ReadOptions = {}
): LkipModel {
  const s = readSettings(raw.ranges.LKIP_INFO, overrides);
  const pilihan: PilihanKolom = { ...s.kolom, ...options.kolom };
  const model: LkipModel = {
    settings: s.settings,
    settingsAddress: s.lokasi,
    sumber: {},
    sasaran: [],
    indikatorTujuan: [],
    indikator: [],
    kualitatif: [],
    tahunLalu: [],
    kolomIku: {
      satuan: false,
      formulasi: false,
      targetRenstra: false,
      targetAkhirRenstra: false,
      bobot: false,
      tujuan: false,
      standarNasional: false,
    },
    tahunRenstra: null,
    totalTertulis: [],
    anggaran: null,
    belanja: null,
    belanjaAdaRealisasi: false,
    triwulan: null,
    kolomDipilih: pilihan,
    kolomCalon: [],
    findings: [...raw.problems, ...s.findings],
    leftOut: [],
    perluas: {},
  };
  // The report year is said, never guessed (issue 21): LKIP_INFO or the caller, else a
  // "Target 2024"-style header of LKIP_IKU, else a title above a source; else nobody gave it.
  const asal = tahunAsal(raw, s, overrides, pilihan);
  model.tahunAsal = asal;
  if (asal.jenis === "judul" || asal.jenis === "judulLembar") {
    s.settings.tahun = asal.tahun;
    model.tahunDariJudul = asal.jenis === "judul";
  }
  // Said by the edges (lkip, the pane's settings) from model.tahunAsal; here only its absence.
  if (asal.jenis === "tidakAda") model.findings.push(temuan("TAHUN_TIDAK_ADA", {}, {}));
  const tahun = s.settings.tahun;
  for (const name of [
    "LKIP_IKU",
    "LKIP_ANGGARAN",
    "LKIP_INFO",
    "LKIP_BELANJA",
    "LKIP_TRIWULAN",
  ] as const) {
    const range = raw.ranges[name];
    const out = range ? outsideRows(range, tahun) : null;
    if (!out) continue;
    model.findings.push(out.finding);
    model.perluas[name] = out.perluas;
  }

  // Before any row is read: a two-row header (group headers, years) is read as one, its cells
  // keeping their addresses; then RULES §9, percent-formatted cells of percent-point columns as
  // printed, then §12, merged cells of the sources (a merged Target copies the value as printed).
  const ranges = { ...raw.ranges };
  for (const name of ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA", "LKIP_TRIWULAN"] as const) {
    const range = ranges[name];
    if (!range) continue;
    const h = readHeaderRows(range, tahun, pilihan);
    const m = applyMerges(percentAsPrinted(h.range, tahun, pilihan), tahun, pilihan);
    ranges[name] = m.range;
    model.findings.push(...h.findings, ...m.findings);
  }

  // Mid-year a workbook holds only LKIP_TRIWULAN (WORKBOOK.md): it is complete without the others.
  const quarterly = raw.ranges.LKIP_TRIWULAN !== undefined;
  for (const name of ["LKIP_IKU", "LKIP_ANGGARAN"] as const) {
    // A gateway that found the source unusable has said so already (with the reason).
    const alreadySaid = raw.problems.some((p) => p.sumber === name);
    if (!raw.ranges[name] && !alreadySaid && !quarterly) {
      model.findings.push(temuan("SUMBER_TIDAK_ADA", { sumber: name }, { sumber: name }));
    }
  }
  const info = raw.ranges.LKIP_INFO;
  if (info) model.sumber.LKIP_INFO = sumber(info, true);

  const iku = ranges.LKIP_IKU;
  if (iku) {
    const r = readIku(iku as RawRange & { source: "LKIP_IKU" }, tahun, pilihan);
    model.kolomCalon.push(...r.calon);
    model.sumber.LKIP_IKU = sumber(raw.ranges.LKIP_IKU!, r.usable);
    model.sasaran = r.sasaran;
    model.indikatorTujuan = r.indikatorTujuan;
    model.indikator = r.indikator;
    model.kualitatif = r.kualitatif;
    model.tahunLalu = r.tahunLalu;
    model.kolomIku = r.kolom;
    model.tahunRenstra = r.tahunRenstra;
    model.totalTertulis.push(...r.totalTertulis);
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }

  const anggaran = ranges.LKIP_ANGGARAN;
  if (anggaran) {
    const r = readAnggaran(
      anggaran as RawRange & { source: "LKIP_ANGGARAN" },
      tahun,
      model.sasaran,
      model.indikator,
      pilihan
    );
    model.kolomCalon.push(...r.calon);
    model.sumber.LKIP_ANGGARAN = sumber(raw.ranges.LKIP_ANGGARAN!, r.rows !== null);
    model.anggaran = r.rows;
    model.totalTertulis.push(...r.totalTertulis);
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }

  const belanja = ranges.LKIP_BELANJA;
  if (belanja) {
    const r = readBelanja(belanja as RawRange & { source: "LKIP_BELANJA" }, tahun, pilihan);
    model.kolomCalon.push(...r.calon);
    model.sumber.LKIP_BELANJA = sumber(raw.ranges.LKIP_BELANJA!, r.rows !== null);
    model.belanja = r.rows;
    model.belanjaAdaRealisasi = r.adaRealisasi;
    model.totalTertulis.push(...r.totalTertulis);
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }
  const triwulan = ranges.LKIP_TRIWULAN;
  if (triwulan) {
    const r = readTriwulan(triwulan as RawRange & { source: "LKIP_TRIWULAN" }, tahun, {
      sasaran: model.sasaran,
      indikator: model.indikator,
      ada: model.indikator.length > 0,
    });
    model.sumber.LKIP_TRIWULAN = sumber(raw.ranges.LKIP_TRIWULAN!, r.triwulan !== null);
    model.triwulan = r.triwulan;
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }
  return model;
}

/** Where the report year came from, as a finding at its cell (for lkip and the pane). */
export function tahunDipakai(model: LkipModel): Finding | null {
  const asal = model.tahunAsal;
  if (!asal || asal.jenis === "tidakAda") return null;
  const tahun = model.settings.tahun;
  if (asal.jenis === "pilihan") return temuan("TAHUN_DIPAKAI", { tahun, asal }, {});
  const a =
    asal.jenis === "judul"
      ? { jenis: "judul" as const, judul: asal.judul }
      : asal.jenis === "judulLembar"
        ? { jenis: "judulLembar" as const, teks: asal.teks }
        : { jenis: "info" as const };
  return temuan("TAHUN_DIPAKAI", { tahun, asal: a }, { cell: asal.cell });
}

/** Where the report year comes from (see readModel); the first that gives one. */
function tahunAsal(
  raw: RawWorkbook,
  s: ReturnType<typeof readSettings>,
  overrides: Partial<Settings>,
  pilihan: PilihanKolom
): TahunAsal {
  if (overrides.tahun !== undefined) return { jenis: "pilihan" };
  const info = s.lokasi.tahun !== undefined ? parseRef(s.lokasi.tahun) : null;
  if (info) return { jenis: "info", cell: info };
  const iku = raw.ranges.LKIP_IKU;
  if (iku) {
    const one = withOneHeaderRow(iku, s.settings.tahun, pilihan);
    const headers = one.values[0] ?? [];
    const y = tahunFromHeaders(headers);
    if (y !== null) {
      const c = headers.findIndex((h) => tahunFromHeaders([h]) === y);
      const col = Math.max(0, c);
      return {
        jenis: "judul",
        tahun: y,
        judul: headerText(headers[col]) ?? String(y),
        cell: { sheet: one.sheet, row: one.row, col: one.col + col },
      };
    }
  }
  for (const t of raw.titles ?? []) {
    const y = tahunDiJudul(t.text);
    if (y !== null) return { jenis: "judulLembar", tahun: y, teks: t.text.trim(), cell: t.cell };
  }
  return { jenis: "tidakAda" };
}

/** "CAPAIAN KINERJA TAHUN 2021", "LKjIP 2021": a title that names the report's year. */
function tahunDiJudul(text: string): number | null {
  const m = /\b((?:19|20)\d{2})\b/.exec(text);
  if (!m || !/tahun|lkip|lkjip|laporan|kinerja|capaian|realisasi|target/i.test(text)) return null;
  return isTahun(Number(m[1])) ? Number(m[1]) : null;
}

function sumber(range: RawRange, dipakai: boolean) {
  return { lokasi: sourceAddress(range), kind: range.kind, dipakai };
}
