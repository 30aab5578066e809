/**
 * Printed totals typed inside the ranges (src/core/README.md §11): each is compared with what it
 * stands for, at its own cell; a budget line that equals the sum of the lines above it is a
 * probable total nobody labelled. Every number comes from compute.ts.
 */
import { bulatkan } from "../../core";
import type { Decimal } from "../../core";
import type { HasilTotal, LkipHasil, MungkinTotal } from "../compute";
import type { LkipModel, Cell } from "../model";
import { bacaTertulis, persen, refOf, rupiah, tertulisTeks } from "./tertulis";
import { temuan } from "../contract";
import type { Finding, RawCell } from "../contract";

export function periksaTotal(model: LkipModel, hasil: LkipHasil): Finding[] {
  const out: Finding[] = [];
  for (const h of hasil.totalTertulis) out.push(...satuTotal(model, hasil, h));
  for (const m of hasil.mungkinTotal) out.push(mungkinTotal(m));
  return out;
}

type Kolom = "Pagu" | "Realisasi" | "Serapan" | "Capaian" | "Target";

/**
 * The figure the tables print for a column over the whole source (the budget tables' Jumlah,
 * Tabel 2's Rata-rata), or null: a message says "the tables print X" only when they do.
 */
function dicetakTabel(hasil: LkipHasil, h: HasilTotal, kolom: Kolom): Decimal | null {
  const t = h.total;
  if (t.source === "LKIP_ANGGARAN") {
    const a = hasil.anggaran;
    if (!a) return null;
    return kolom === "Pagu" ? a.pagu : kolom === "Realisasi" ? a.realisasi : a.serapan;
  }
  if (t.source === "LKIP_BELANJA") {
    const b = hasil.belanja;
    if (!b) return null;
    if (kolom === "Pagu") return b.pagu;
    return (kolom === "Realisasi" ? b.realisasi?.jumlah : b.realisasi?.serapan) ?? null;
  }
  // LKIP_IKU: no table prints a sum of capaian, target or realisasi; the Rata-rata row a mean.
  const r = hasil.rataRata;
  if (t.jenis !== "rata" || !r) return null;
  return kolom === "Capaian" ? r.capaian : kolom === "Target" ? r.target : r.realisasi;
}

function satuTotal(model: LkipModel, hasil: LkipHasil, h: HasilTotal): Finding[] {
  const t = h.total;
  const out: Finding[] = [];
  const uangSumber = t.source === "LKIP_ANGGARAN" || t.source === "LKIP_BELANJA";
  const beda = (
    kolom: Kolom,
    cell: Cell<RawCell>,
    tertulis: string,
    benar: Decimal,
    hitung: string
  ) => {
    // What compute/totals.ts made of the rows: money always sums, indicators by their label.
    const wakil =
      kolom === "Serapan" ? "serapan" : uangSumber || t.jenis === "jumlah" ? "jumlah" : "rata";
    const diTabel = dicetakTabel(hasil, h, kolom)?.eq(benar) ?? false;
    out.push(
      temuan(
        "TOTAL_TERTULIS_BEDA",
        {
          kolom,
          label: t.label.value,
          row: t.row,
          tertulis,
          hitung,
          wakil,
          diTabel,
          leftOut: t.leftOut,
        },
        { sumber: t.source, cell: refOf(cell.lokasi), tertulis, hitung }
      )
    );
  };
  /** Money: exact. */
  const uang = (kolom: Kolom, cell: Cell<RawCell> | undefined, benar: Decimal | null) => {
    if (!cell || benar === null) return;
    const baca = bacaTertulis(cell, kolom);
    if (!baca.ok) return void out.push(baca.temuan);
    if (!baca.nilai.eq(benar)) beda(kolom, cell, rupiah(baca.nilai), benar, rupiah(benar));
  };
  /** Percent points and means: at the printed precision (or the coarser one typed). */
  const poin = (kolom: Kolom, cell: Cell<RawCell> | undefined, benar: Decimal | null) => {
    if (!cell || benar === null) return;
    const baca = bacaTertulis(cell, kolom);
    if (!baca.ok) return void out.push(baca.temuan);
    const p = model.settings.pembulatan;
    const dp = Math.min(2, baca.nilai.decimalPlaces());
    if (!bulatkan(baca.nilai, p, dp).eq(bulatkan(benar, p, dp)))
      beda(kolom, cell, tertulisTeks(cell.value), benar, persen(benar));
  };

  if (uangSumber) {
    uang("Pagu", t.nilai.pagu, h.pagu);
    uang("Realisasi", t.nilai.realisasi, h.realisasi);
    poin("Serapan", t.nilai.serapan, h.serapan);
  } else {
    poin("Capaian", t.nilai.capaian, h.capaian);
    const typed = t.nilai.target ?? t.nilai.realisasi;
    if (h.reason !== null && typed) {
      out.push(
        temuan(
          "TOTAL_TANPA_MAKNA",
          { label: t.label.value, row: t.row },
          { sumber: t.source, cell: refOf(typed.lokasi) }
        )
      );
    } else {
      poin("Target", t.nilai.target, h.target);
      poin("Realisasi", t.nilai.realisasi, h.realisasiKinerja);
    }
  }
  // Said once, so that a user who wonders why the row vanished from the sums finds the reason.
  out.push(
    temuan(
      "TOTAL_TERTULIS",
      {
        label: t.label.value,
        row: t.row,
        jumlahRow: t.cakupan.length + t.cakupanKualitatif.length,
      },
      { sumber: t.source, cell: refOf(t.label.lokasi) }
    )
  );
  return out;
}

function mungkinTotal(m: MungkinTotal): Finding {
  const b = m.row;
  return temuan(
    "MUNGKIN_TOTAL",
    {
      nama: b.subKegiatan?.value ?? b.kegiatan?.value ?? b.program.value,
      row: b.row,
      pagu: rupiah(b.pagu.value),
      realisasi: rupiah(b.realisasi.value),
      jumlahRow: m.jumlahRow,
      dari: m.dari,
      arah: m.arah,
    },
    { sumber: "LKIP_ANGGARAN", cell: refOf(b.pagu.lokasi), tertulis: rupiah(b.pagu.value) }
  );
}
