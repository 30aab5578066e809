/**
 * What a printed total stands for (src/core/README.md §11), and budget lines that look like an
 * unrecognised total. Computed here so that the checker only compares.
 */
import { Decimal, jumlah, rataRata } from "../../core";
import { sameTextKey } from "../model";
import type { AnggaranRow, LkipModel, TotalTertulis } from "../model";

/** The figures a printed total should show, computed from the rows it stands for. */
export interface HasilTotal {
  total: TotalTertulis;
  /** Money (LKIP_ANGGARAN, LKIP_BELANJA): exact sums of the rows it covers, counted as the tables count them. */
  pagu: Decimal | null;
  realisasi: Decimal | null;
  /** Σ realisasi / Σ pagu, printed; null without money or with pagu 0. */
  serapan: Decimal | null;
  /** LKIP_IKU: mean (Rata-rata) or sum (Jumlah) of target and realisasi; null across Satuan. */
  target: Decimal | null;
  realisasiKinerja: Decimal | null;
  /** LKIP_IKU: mean (Rata-rata) or sum (Jumlah) of the printed capaian of its numeric indicators. */
  capaian: Decimal | null;
  /** Why target/realisasi are not compared (several Satuan), when they are not. */
  reason: string | null;
}

export interface MungkinTotal {
  row: AnggaranRow;
  /** How many lines it equals the sum of. */
  jumlahRow: number;
  /** The row where the lines it adds up start. */
  dari: string;
  /** "atas": the lines above it (a grand total); "bawah": the sub kegiatan under a kegiatan line. */
  arah: "atas" | "bawah";
}

type Bulat = (d: Decimal) => Decimal;

/** Money counted as compute.ts counts it: a program's leaves, or its total rows when it has none. */
function jumlahAnggaran(lines: AnggaranRow[]): { pagu: Decimal; realisasi: Decimal } {
  const groups = new Map<string, AnggaranRow[]>();
  for (const l of lines) {
    const key = programKey(l);
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  let pagu = new Decimal(0);
  let realisasi = new Decimal(0);
  for (const g of groups.values()) {
    const leaves = g.filter((l) => l.leaf);
    const counted = leaves.length > 0 ? leaves : g;
    pagu = pagu.plus(jumlah(counted.map((l) => l.pagu.value)));
    realisasi = realisasi.plus(jumlah(counted.map((l) => l.realisasi.value)));
  }
  return { pagu, realisasi };
}

function programKey(l: AnggaranRow): string {
  const s = l.sasaran !== null ? `n:${l.sasaran}` : `t:${sameTextKey(l.sasaranTertulis.value)}`;
  return `${s}|${sameTextKey(l.program.value)}`;
}

export function hitungTotalTertulis(
  model: LkipModel,
  capaianOf: (index: number) => Decimal,
  bulat: Bulat,
  serapanOf: (pagu: Decimal, realisasi: Decimal) => Decimal | null
): HasilTotal[] {
  return model.totalTertulis.map((t) => {
    const out: HasilTotal = {
      total: t,
      pagu: null,
      realisasi: null,
      serapan: null,
      target: null,
      realisasiKinerja: null,
      capaian: null,
      reason: null,
    };
    if (t.source === "LKIP_ANGGARAN" && model.anggaran) {
      const m = jumlahAnggaran(t.cakupan.map((i) => model.anggaran![i]));
      Object.assign(out, m, { serapan: serapanOf(m.pagu, m.realisasi) });
    } else if (t.source === "LKIP_BELANJA" && model.belanja) {
      const rows = t.cakupan.map((i) => model.belanja![i]);
      out.pagu = jumlah(rows.map((b) => b.pagu.value));
      out.realisasi = model.belanjaAdaRealisasi
        ? jumlah(rows.map((b) => b.realisasi!.value))
        : null;
      out.serapan = out.realisasi ? serapanOf(out.pagu, out.realisasi) : null;
    } else if (t.source === "LKIP_IKU" && t.cakupan.length > 0) {
      const ind = t.cakupan.map((i) => model.indikator[i]);
      // A Jumlah row adds up what it covers, capaian included ("Jumlah Capaian … 300,20" under
      // 104,96, 95,24 and 100,00); a Rata-rata row averages it.
      const f = t.jenis === "rata" ? (xs: Decimal[]) => bulat(rataRata(xs)) : jumlah;
      out.capaian = f(t.cakupan.map(capaianOf));
      // src/core/README.md §6: target and realisasi add up or average only within one Satuan.
      const satuan = new Set(ind.map((x) => sameTextKey(x.satuan?.value ?? "")));
      if (satuan.size > 1) out.reason = "satuan indikatornya berbeda";
      else {
        out.target = f(ind.map((x) => x.target.value));
        out.realisasiKinerja = f(ind.map((x) => x.realisasi.value));
      }
    }
    return out;
  });
}

/**
 * §11: a budget line whose pagu and realisasi both equal the sum of the lines above it (at least
 * two, since the previous printed total or from the top) is most likely a total nobody labelled
 * as one; it is counted as a line and so doubles the sums. A program's own total row after its
 * leaves is no such thing.
 */
export function cariMungkinTotal(model: LkipModel): MungkinTotal[] {
  const lines = model.anggaran ?? [];
  if (lines.length < 3) return [];
  // Segments start after each printed total: lines before it are "above" only up to it.
  const mulai = new Set<number>();
  for (const t of model.totalTertulis) {
    if (t.source !== "LKIP_ANGGARAN") continue;
    const last = t.cakupan[t.cakupan.length - 1];
    if (last !== undefined) mulai.add(last + 1);
  }
  const out: MungkinTotal[] = [];
  const hitung = () => ({
    groups: new Map<
      string,
      { leaf: [Decimal, Decimal, number]; tot: [Decimal, Decimal, number] }
    >(),
    pagu: new Decimal(0),
    realisasi: new Decimal(0),
    n: 0,
    dari: 0,
  });
  let seg = hitung();
  let all = hitung();
  const add = (acc: ReturnType<typeof hitung>, l: AnggaranRow) => {
    const key = programKey(l);
    const zero = new Decimal(0);
    const g = acc.groups.get(key) ?? { leaf: [zero, zero, 0], tot: [zero, zero, 0] };
    const before = [...(g.leaf[2] > 0 ? g.leaf : g.tot)] as [Decimal, Decimal, number];
    const slot = l.leaf ? g.leaf : g.tot;
    slot[0] = slot[0].plus(l.pagu.value);
    slot[1] = slot[1].plus(l.realisasi.value);
    slot[2] += 1;
    const after = g.leaf[2] > 0 ? g.leaf : g.tot;
    acc.groups.set(key, g);
    acc.pagu = acc.pagu.minus(before[0]).plus(after[0]);
    acc.realisasi = acc.realisasi.minus(before[1]).plus(after[1]);
    acc.n += 1;
  };
  lines.forEach((l, i) => {
    if (mulai.has(i)) {
      seg = hitung();
      seg.dari = i;
    }
    const ownProgramHasLeaves = (acc: ReturnType<typeof hitung>) =>
      !l.leaf && (acc.groups.get(programKey(l))?.leaf[2] ?? 0) > 0;
    for (const acc of seg.n >= 2 ? [seg, all] : [all]) {
      if (acc.n < 2 || ownProgramHasLeaves(acc) || acc.pagu.isZero()) continue;
      if (l.pagu.value.eq(acc.pagu) && l.realisasi.value.eq(acc.realisasi)) {
        out.push({ row: l, jumlahRow: acc.n, dari: lines[acc.dari].row, arah: "atas" });
        break;
      }
    }
    add(seg, l);
    add(all, l);
  });
  out.push(...kegiatanDiAtasRincian(lines));
  return out;
}

/**
 * A Kegiatan line followed by its Sub Kegiatan lines whose amounts add up to its own: the report
 * printed the kegiatan's total above its parts. Both are leaves by WORKBOOK.md, so it counts twice.
 */
function kegiatanDiAtasRincian(lines: AnggaranRow[]): MungkinTotal[] {
  const out: MungkinTotal[] = [];
  lines.forEach((l, i) => {
    if (!l.kegiatan || l.subKegiatan) return;
    const parts: AnggaranRow[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j];
      if (!n.subKegiatan || programKey(n) !== programKey(l)) break;
      if (n.kegiatan && sameTextKey(n.kegiatan.value) !== sameTextKey(l.kegiatan.value)) break;
      parts.push(n);
    }
    if (parts.length === 0) return;
    const pagu = jumlah(parts.map((p) => p.pagu.value));
    const realisasi = jumlah(parts.map((p) => p.realisasi.value));
    if (pagu.isZero() || !pagu.eq(l.pagu.value) || !realisasi.eq(l.realisasi.value)) return;
    out.push({ row: l, jumlahRow: parts.length, dari: parts[0].row, arah: "bawah" });
  });
  return out;
}
