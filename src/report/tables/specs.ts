/**
 * buildTables: the 12 standard tables of TABLES.md from the model, numbered in the order they
 * are written. A table whose inputs are absent is left out with the reason.
 */
import { compute } from "../compute";
import type { LkipHasil } from "../compute";
import type { LkipModel } from "../model";
import { tabelBelanja } from "./belanja";
import { tabelTriwulan } from "./triwulan";
import {
  tabelAnggaranSasaran,
  tabelEfektivitas,
  tabelEfisiensi,
  tabelPerjanjianKinerja,
  tabelProgramKegiatan,
} from "./anggaran";
import {
  tabelCapaianIku,
  tabelCapaianKategori,
  tabelKategori,
  tabelPredikat,
  tabelRenstra,
  tabelTahunLalu,
} from "./iku";
import { chartsFor } from "./charts";
import { renderTable, type Declared, type TableContext } from "./define";
import { judul } from "./table-cells";
import { tidakDibuat, type LeftOutReason } from "./reasons";
import type { ChartSpec, SourceName, TableDesc } from "../contract";
import { TABLE_NAMES, type TableName } from "./names";

/** One standard table: TABLE_NAMES' entry and its declaration (define.ts). */
export interface TableSpec extends TableName {
  declare: (ctx: TableContext) => Declared;
}

const DECLARE: Record<number, TableSpec["declare"]> = {
  1: tabelPerjanjianKinerja,
  2: tabelCapaianIku,
  3: tabelPredikat,
  4: tabelKategori,
  5: tabelCapaianKategori,
  6: tabelTahunLalu,
  7: tabelRenstra,
  8: tabelEfisiensi,
  9: tabelProgramKegiatan,
  10: tabelAnggaranSasaran,
  11: tabelEfektivitas,
  12: tabelBelanja,
  13: tabelTriwulan,
};

export const TABLE_SPECS: readonly TableSpec[] = TABLE_NAMES.map((t) => ({
  ...t,
  declare: DECLARE[t.id],
}));

/** A table not built and why. */
export interface LeftOut {
  id: number;
  title: string;
  reason: LeftOutReason;
}

export interface BuildResult {
  tables: TableDesc[];
  /** Tables not built, each with its reason as data (reasonText gives the words). */
  leftOut: LeftOut[];
  /** The numbers the tables print, for the summary and the checker. */
  hasil: LkipHasil;
  /** The charts of the tables written, from `hasil` (never read back from the cells). */
  charts: ChartSpec[];
}

export function buildTables(
  model: LkipModel,
  opts: {
    tables?: number[];
    hasil?: LkipHasil;
    /** The declarations to build from; TABLE_SPECS unless given. */
    specs?: readonly TableSpec[];
    /** false: decide which tables can be made, without their cells (the rekap prints none). */
    render?: boolean;
  } = {}
): BuildResult {
  const hasil = opts.hasil ?? compute(model);
  const wanted = opts.tables ? new Set(opts.tables) : null;
  const out: BuildResult = { tables: [], leftOut: [], hasil, charts: [] };
  for (const spec of opts.specs ?? TABLE_SPECS) {
    if (wanted && !wanted.has(spec.id)) continue;
    const missing = spec.needs.map((s) => sourceProblem(model, s)).find((r) => r !== null);
    const declared = missing ? { reason: missing } : spec.declare({ model, hasil });
    if ("reason" in declared) {
      out.leftOut.push({ id: spec.id, title: spec.nama, reason: declared.reason });
      continue;
    }
    if (opts.render === false) continue;
    out.tables.push({
      id: spec.id,
      title: `Tabel ${out.tables.length + 1} — ${judul(declared.nama ?? spec.nama, model.settings)}`,
      ...renderTable(declared),
      notes: declared.notes,
    });
  }
  if (opts.render === false) return out;
  out.charts = chartsFor(
    hasil,
    out.tables.map((t) => t.id)
  );
  return out;
}

/** Why a source cannot feed tables (reasonText says it in words); null when it can. */
function sourceProblem(model: LkipModel, source: SourceName): LeftOutReason | null {
  const info = model.sumber[source];
  if (!info) return tidakDibuat("SUMBER_TIDAK_ADA", { sumber: source });
  if (!info.dipakai) return tidakDibuat("SUMBER_TIDAK_TERBACA", { sumber: source });
  const kosong = (sumber: "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN") =>
    tidakDibuat("SUMBER_KOSONG", { sumber, lihatTemuan: true });
  switch (source) {
    case "LKIP_IKU":
      return model.indikator.length > 0 ? null : kosong(source);
    case "LKIP_ANGGARAN":
      return model.anggaran && model.anggaran.length > 0 ? null : kosong(source);
    case "LKIP_BELANJA":
      return model.belanja && model.belanja.length > 0 ? null : kosong(source);
    case "LKIP_TRIWULAN":
      return model.triwulan && model.triwulan.rows.length > 0 ? null : kosong(source);
    default:
      return null;
  }
}
