/**
 * readModel: a RawWorkbook (what a gateway read) → the LKIP model. Nothing is computed here but
 * what reading needs; every problem becomes a finding at its cell and the rest goes on.
 */
import { sourceAddress } from "./row-reader";
import { readAnggaran } from "./anggaran";
import { readBelanja } from "./belanja";
import { readIku } from "./iku";
import { readSettings } from "./settings";
import { readHeaderRows, tahunFromHeaders, withOneHeaderRow } from "./recognize";
import { outsideRows } from "./outside";
import { normalizeHeader } from "./columns";
import type { PilihanKolom } from "./columns";
import { applyMerges } from "./merges";
import { percentAsPrinted } from "./percent";
import type { LkipModel, Settings } from "./types";
import { temuan } from "../contract";
import type { RawRange, RawWorkbook } from "../contract";

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
    settingsLokasi: s.lokasi,
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
    kolomDipilih: pilihan,
    kolomCalon: [],
    findings: [...raw.problems, ...s.findings],
    leftOut: [],
    perluas: {},
  };
  // Without a Tahun in LKIP_INFO (or the pane), "Target 2024"-style headers give the year.
  const ikuHeaders = raw.ranges.LKIP_IKU
    ? withOneHeaderRow(raw.ranges.LKIP_IKU, s.settings.tahun, pilihan).values[0]
    : undefined;
  const dariJudul = ikuHeaders ? tahunFromHeaders(ikuHeaders) : null;
  const infoHasTahun = (raw.ranges.LKIP_INFO?.values ?? []).some(
    (row) => typeof row[0] === "string" && normalizeHeader(row[0]) === "tahun"
  );
  if (dariJudul !== null && !infoHasTahun && overrides.tahun === undefined) {
    s.settings.tahun = dariJudul;
    model.tahunDariJudul = true;
  }
  const tahun = s.settings.tahun;
  for (const name of ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_INFO", "LKIP_BELANJA"] as const) {
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
  for (const name of ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA"] as const) {
    const range = ranges[name];
    if (!range) continue;
    const h = readHeaderRows(range, tahun, pilihan);
    const m = applyMerges(percentAsPrinted(h.range, tahun, pilihan), tahun, pilihan);
    ranges[name] = m.range;
    model.findings.push(...h.findings, ...m.findings);
  }

  for (const name of ["LKIP_IKU", "LKIP_ANGGARAN"] as const) {
    // A gateway that found the source unusable has said so already (with the reason).
    const alreadySaid = raw.problems.some((p) => p.sumber === name);
    if (!raw.ranges[name] && !alreadySaid) {
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
    model.sumber.LKIP_ANGGARAN = sumber(raw.ranges.LKIP_ANGGARAN!, r.baris !== null);
    model.anggaran = r.baris;
    model.totalTertulis.push(...r.totalTertulis);
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }

  const belanja = ranges.LKIP_BELANJA;
  if (belanja) {
    const r = readBelanja(belanja as RawRange & { source: "LKIP_BELANJA" }, tahun, pilihan);
    model.kolomCalon.push(...r.calon);
    model.sumber.LKIP_BELANJA = sumber(raw.ranges.LKIP_BELANJA!, r.baris !== null);
    model.belanja = r.baris;
    model.belanjaAdaRealisasi = r.adaRealisasi;
    model.totalTertulis.push(...r.totalTertulis);
    model.findings.push(...r.findings);
    model.leftOut.push(...r.leftOut);
  }
  return model;
}

function sumber(range: RawRange, dipakai: boolean) {
  return { lokasi: sourceAddress(range), kind: range.kind, dipakai };
}
