/**
 * Printed totals typed inside the ranges (src/core/README.md §11): each is compared with what it
 * stands for, at its own cell; a budget line that equals the sum of the lines above it is a
 * probable total nobody labelled. Every number comes from compute.ts.
 */
import { Decimal } from "../../core";
import type { HasilTotal, LkipHasil, MungkinTotal } from "../compute";
import type { LkipModel, Sel } from "../model";
import { bacaTertulis, bandingkanPersen, kutip, persen, rupiah, temuan } from "./tertulis";
import type { Finding, RawCell } from "../contract";

export function periksaTotal(model: LkipModel, hasil: LkipHasil): Finding[] {
  const out: Finding[] = [];
  for (const h of hasil.totalTertulis) out.push(...satuTotal(model, h));
  for (const m of hasil.mungkinTotal) out.push(mungkinTotal(m));
  return out;
}

/** "baris JUMLAH ('Anggaran'!A12:F12), yang mewakili 8 baris di atasnya". */
function namaTotal(h: HasilTotal): string {
  const t = h.total;
  const n = t.cakupan.length + t.cakupanKualitatif.length;
  const apa = t.keseluruhan ? "seluruh" : "";
  return `baris ${kutip(t.label.value)} (${t.baris}), yang mewakili ${apa ? `${apa} ` : ""}${n} baris data di atasnya`;
}

function satuTotal(model: LkipModel, h: HasilTotal): Finding[] {
  const t = h.total;
  const out: (Finding | null)[] = [];
  const belum =
    t.ditinggal.length > 0
      ? ` ${t.ditinggal.length} baris di bagiannya tidak terbaca (${t.ditinggal.slice(0, 3).join(", ")}${t.ditinggal.length > 3 ? ", …" : ""}); perbaiki baris itu lebih dahulu, karena total ini tidak dapat cocok tanpanya.`
      : "";
  const uang = (label: string, sel: Sel<RawCell> | undefined, benar: Decimal | null) => {
    if (!sel || benar === null) return;
    const baca = bacaTertulis(sel, label);
    if (!baca.ok) {
      out.push(baca.temuan);
      return;
    }
    if (baca.nilai.eq(benar)) return;
    out.push(
      temuan(
        t.ditinggal.length > 0 ? "peringatan" : "galat",
        "TOTAL_TERTULIS_BEDA",
        sel.lokasi,
        `${label} di ${namaTotal(h)}, tertulis ${rupiah(baca.nilai)} di ${sel.lokasi}, padahal jumlahnya ${rupiah(benar)}. Baris total tidak ikut dijumlahkan; tabel memakai ${rupiah(benar)}.${belum || ` Ganti dengan ${rupiah(benar)}, atau periksa baris di atasnya.`}`,
        { tertulis: rupiah(baca.nilai), hitung: rupiah(benar) }
      )
    );
  };
  const persenBanding = (
    kolom: string,
    sel: Sel<RawCell> | undefined,
    benar: Decimal | null,
    rumus: string
  ) => {
    if (!sel || benar === null) return;
    out.push(
      bandingkanPersen({
        kode: "TOTAL_TERTULIS_BEDA",
        kolom,
        milik: namaTotal(h),
        sel,
        benar,
        rumus,
        pembulatan: model.settings.pembulatan,
      })
    );
  };

  if (t.source === "LKIP_ANGGARAN" || t.source === "LKIP_BELANJA") {
    uang("Pagu", t.nilai.pagu, h.pagu);
    uang("Realisasi", t.nilai.realisasi, h.realisasi);
    if (h.pagu && h.realisasi)
      persenBanding(
        "Serapan",
        t.nilai.serapan,
        h.serapan,
        `serapannya Σ Realisasi ${rupiah(h.realisasi)} / Σ Pagu ${rupiah(h.pagu)} × 100 = ${h.serapan ? persen(h.serapan) : "-"}`
      );
  } else if (t.source === "LKIP_IKU") {
    const apa = t.jenis === "rata" ? "rata-rata" : "jumlah";
    persenBanding(
      "Capaian",
      t.nilai.capaian,
      h.capaian,
      `rata-rata capaian tercetak ${t.cakupan.length} indikatornya = ${h.capaian ? persen(h.capaian) : "-"}`
    );
    if (h.alasan !== null && (t.nilai.target || t.nilai.realisasi)) {
      const sel = (t.nilai.target ?? t.nilai.realisasi)!;
      out.push(
        temuan(
          "peringatan",
          "TOTAL_TANPA_MAKNA",
          sel.lokasi,
          `${apa[0].toUpperCase()}${apa.slice(1)} target/realisasi di ${namaTotal(h)} tertulis di ${sel.lokasi}, padahal ${h.alasan}: ${apa} angka bersatuan berbeda tidak bermakna (src/core/README.md §6). Kosongkan sel itu.`
        )
      );
    } else {
      persenBanding(
        "Target",
        t.nilai.target,
        h.target,
        `${apa} targetnya ${h.target ? persen(h.target) : "-"}`
      );
      persenBanding(
        "Realisasi",
        t.nilai.realisasi,
        h.realisasiKinerja,
        `${apa} realisasinya ${h.realisasiKinerja ? persen(h.realisasiKinerja) : "-"}`
      );
    }
  }
  const found = out.filter((f): f is Finding => f !== null);
  // Said once, so that a user who wonders why the row vanished from the sums finds the reason.
  found.push(
    temuan(
      "info",
      "TOTAL_TERTULIS",
      t.label.lokasi,
      `${kapitalAwal(namaTotal(h))} dikenali sebagai baris total tercetak: tidak dihitung sebagai data (src/core/README.md §11).`
    )
  );
  return found;
}

function kapitalAwal(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function mungkinTotal(m: MungkinTotal): Finding {
  const b = m.baris;
  const nama = b.subKegiatan?.value ?? b.kegiatan?.value ?? b.program.value;
  return temuan(
    "peringatan",
    "MUNGKIN_TOTAL",
    b.pagu.lokasi,
    m.arah === "atas"
      ? `Baris ${kutip(nama)} (${b.baris}) berpagu ${rupiah(b.pagu.value)} dan berealisasi ${rupiah(b.realisasi.value)}, sama dengan jumlah ${m.jumlahBaris} baris di atasnya (mulai ${m.dari}): tampaknya baris total. Kini ia dihitung sebagai baris anggaran, sehingga setiap jumlah menjadi dua kali lipat. Bila memang baris total, tulis "Jumlah" (atau "Total") sebagai satu-satunya teks di baris itu, atau keluarkan baris itu dari rentang LKIP_ANGGARAN.`
      : `Baris kegiatan ${kutip(nama)} (${b.baris}) berpagu ${rupiah(b.pagu.value)} dan berealisasi ${rupiah(b.realisasi.value)}, sama dengan jumlah ${m.jumlahBaris} sub kegiatan di bawahnya (mulai ${m.dari}): tampaknya jumlah rinciannya. Baris berisi Kegiatan dan baris berisi Sub Kegiatan sama-sama dihitung, sehingga anggaran kegiatan ini terhitung dua kali. Hapus pagu dan realisasi baris kegiatan itu, atau isi kolom Kegiatan pada baris sub kegiatannya dan hapus baris kegiatan itu.`,
    { tertulis: rupiah(b.pagu.value) }
  );
}
