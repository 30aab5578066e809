/**
 * Quarterly progress (RULES §14) as Tabel 13 prints it: realisasi and target s.d. TW n by jenis,
 * capaian against the quarterly target s.d. TW n or, named so, against the year's target, serapan
 * s.d. TW n. Computed from what is printed (§1): capaian from the rounded s.d. figures.
 */
import {
  Decimal,
  LkipError,
  bulatkan,
  capaian,
  jumlah,
  predikat,
  sampaiTriwulan,
  serapan,
  type DasarCapaian,
} from "../../core";
import type { CoreReason } from "../../core";
import type { TriwulanRow, LkipModel, Triwulanan } from "../model";

export interface HasilTriwulanRow {
  row: TriwulanRow;
  /** Realisasi s.d. TW n as printed (policy rounding); null when no quarter up to n has one. */
  realisasi: Decimal | null;
  /** The last quarter up to n with a value (what the s.d. figure actually runs to). */
  sampai: number | null;
  /** Target s.d. TW n as printed, when the row has quarterly targets up to n. */
  targetTw: Decimal | null;
  /** Capaian s.d. TW n as printed; null with `alasan`, or when there is nothing to measure. */
  capaian: Decimal | null;
  dasar: DasarCapaian | null;
  kategori: string | null;
  /** Why there is no capaian (Indonesian, e.g. "target 0"), when there is a realisasi. */
  reason: CoreReason | null;
  /** Capaian s.d. each quarter 1..n (null where there is none): the chart's series. */
  perTriwulan: (Decimal | null)[];
  /** Budget: Σ spending TW I..n and serapan (printed); null without budget on the row. */
  anggaran: { realisasi: Decimal; serapan: Decimal | null } | null;
}

export interface HasilTriwulan {
  /** The quarter the figures run to (1–4). */
  n: number;
  /** n came from LKIP_INFO Triwulan (or the pane), not from the last quarter with a value. */
  dipilih: boolean;
  rows: HasilTriwulanRow[];
  /** Some row is measured against its quarterly target / against the year's target. */
  adaDasarTriwulan: boolean;
  adaDasarTahunan: boolean;
  /** Budget columns exist: totals of pagu and spending s.d. TW n. */
  anggaran: { pagu: Decimal; realisasi: Decimal; serapan: Decimal | null } | null;
}

export function hitungTriwulan(model: LkipModel): HasilTriwulan | null {
  const t = model.triwulan;
  if (!t) return null;
  const st = model.settings;
  const n = st.triwulan ?? t.terakhir;
  if (n === null || n === undefined) return null;
  const bulat = (d: Decimal) => bulatkan(d, st.pembulatan, 2);
  const nilai = (q: Triwulanan) => q.map((s) => s?.value ?? null);

  const rows = t.rows.map((b): HasilTriwulanRow => {
    const at = (k: number) => sdTriwulan(b, k, bulat);
    const here = at(n);
    const perTriwulan = Array.from({ length: n }, (_, i) => at(i + 1).capaian);
    const pagu = b.pagu?.value ?? null;
    const spent = sampaiTriwulan(nilai(b.anggaranTw), "kumulatif", n);
    const anggaran =
      pagu !== null && spent !== null
        ? {
            realisasi: spent.nilai,
            serapan: tryOrNull(() => bulat(serapan([pagu], [spent.nilai]))),
          }
        : null;
    return {
      row: b,
      ...here,
      kategori: here.capaian === null ? null : tryOrNull(() => predikat(here.capaian!, st.skala)),
      perTriwulan,
      anggaran,
    };
  });

  let anggaran: HasilTriwulan["anggaran"] = null;
  if (t.adaAnggaran) {
    const withPagu = rows.filter((h) => h.row.pagu !== null);
    const p = jumlah(withPagu.map((h) => h.row.pagu!.value));
    const r = jumlah(withPagu.flatMap((h) => (h.anggaran ? [h.anggaran.realisasi] : [])));
    anggaran = { pagu: p, realisasi: r, serapan: tryOrNull(() => bulat(serapan([p], [r]))) };
  }
  return {
    n,
    dipilih: typeof st.triwulan === "number",
    rows,
    adaDasarTriwulan: rows.some((h) => h.dasar === "triwulan"),
    adaDasarTahunan: rows.some((h) => h.dasar === "tahunan"),
    anggaran,
  };
}

/** The s.d. TW k figures of one row, as printed. */
function sdTriwulan(b: TriwulanRow, k: number, bulat: (d: Decimal) => Decimal) {
  const nilai = (q: Triwulanan) => q.map((s) => s?.value ?? null);
  const r = sampaiTriwulan(nilai(b.realisasiTw), b.jenis.value, k);
  const tq = sampaiTriwulan(nilai(b.targetTw), b.jenis.value, k);
  const realisasi = r ? bulat(r.nilai) : null;
  const targetTw = tq ? bulat(tq.nilai) : null;
  const out = {
    realisasi,
    sampai: r?.triwulan ?? null,
    targetTw,
    capaian: null as Decimal | null,
    dasar: null as DasarCapaian | null,
    reason: null as CoreReason | null,
  };
  const target = targetTw ?? b.target?.value ?? null;
  if (realisasi === null || target === null) return out;
  out.dasar = targetTw !== null ? "triwulan" : "tahunan";
  try {
    out.capaian = bulat(capaian(target, realisasi, b.arah.value));
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    out.reason = e.reason;
  }
  return out;
}

function tryOrNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof LkipError) return null;
    throw e;
  }
}
