/**
 * Checks on LKIP_TRIWULAN (RULES §14): the year's realisasi in LKIP_IKU against realisasi s.d.
 * TW IV; a `kumulatif` indicator whose quarters were typed as running totals; a quarter typed as a
 * fraction beside percent points (RULES §0).
 */
import { Decimal, formatAngka, sampaiTriwulan } from "../../core";
import type { LkipModel, Sel, BarisTriwulan } from "../model";
import { temuan } from "../contract";
import type { Finding, NilaiSel } from "../contract";
import { satuanPersen } from "./phrases";
import { apaAdanya, persen, refOf, tampakPecahan } from "./tertulis";

const ROMAWI = ["I", "II", "III", "IV"];

export function periksaTriwulan(model: LkipModel): Finding[] {
  const t = model.triwulan;
  if (!t) return [];
  const out: Finding[] = [];
  for (const b of t.baris) {
    const iku = b.iku !== null ? model.indikator[b.iku] : null;
    const quarters = b.realisasiTw.map((s) => s?.value ?? null);
    const filled = b.realisasiTw.filter((s): s is Sel<Decimal> => s !== null);
    const sd4 = sampaiTriwulan(quarters, b.jenis.value, 4);
    const lastCell = filled[filled.length - 1];

    // The year's realisasi is realisasi s.d. TW IV: only once TW IV has a value.
    if (iku && b.realisasiTw[3] !== null && sd4 && !sd4.nilai.eq(iku.realisasi.value)) {
      out.push(
        temuan(
          "TRIWULAN_BEDA_IKU",
          {
            nama: b.nama.value,
            iku: refOf(iku.realisasi.lokasi)!,
            nilaiIku: apaAdanya(iku.realisasi.value),
            sdTw4: apaAdanya(sd4.nilai),
            jenis: b.jenis.value,
          },
          {
            sumber: "LKIP_TRIWULAN",
            sel: refOf(b.realisasiTw[3].lokasi),
            tertulis: apaAdanya(iku.realisasi.value),
            hitung: apaAdanya(sd4.nilai),
          }
        )
      );
    }

    // Running totals: each quarter ≥ the one before, and the last one is the year's realisasi.
    if (b.jenis.value === "kumulatif" && iku && filled.length >= 2 && sd4) {
      const naik = filled.every((s, i) => i === 0 || s.value.gte(filled[i - 1].value));
      if (naik && lastCell.value.eq(iku.realisasi.value) && !sd4.nilai.eq(lastCell.value)) {
        const first = refOf(filled[0].lokasi)!;
        const last = refOf(lastCell.lokasi)!;
        out.push(
          temuan(
            "KUMULATIF_BERJALAN",
            {
              nama: b.nama.value,
              jumlah: formatAngka(sd4.nilai, Math.max(0, sd4.nilai.decimalPlaces())),
              akhir: apaAdanya(lastCell.value),
            },
            {
              sumber: "LKIP_TRIWULAN",
              sel: { ...first, rows: 1, cols: last.col - first.col + 1 },
            }
          )
        );
      }
    }

    const campur = campurPecahan(b);
    if (campur) out.push(campur);
  }
  return out;
}

/** RULES §0 in a quarterly row of a percent indicator: a value ≤ 1,5 that reads like the others × 100. */
function campurPecahan(b: BarisTriwulan): Finding | null {
  if (!b.satuan || !satuanPersen(b.satuan.value)) return null;
  const nilai: { label: string; sel: Sel<Decimal> }[] = [
    ...(b.target ? [{ label: "Target", sel: b.target }] : []),
    ...b.targetTw.flatMap((s, i) => (s ? [{ label: `Target TW ${ROMAWI[i]}`, sel: s }] : [])),
    ...b.realisasiTw.flatMap((s, i) => (s ? [{ label: `Realisasi TW ${ROMAWI[i]}`, sel: s }] : [])),
  ].filter((n) => !n.sel.value.isZero());
  const poin = nilai.filter((n) => !tampakPecahan(n.sel.value));
  if (poin.length === 0) return null;
  const sorted = poin.map((n) => n.sel.value).sort((x, y) => x.comparedTo(y));
  const acuan = sorted[Math.floor(sorted.length / 2)];
  const pecahan = nilai.filter((n) => {
    if (!tampakPecahan(n.sel.value)) return false;
    const kali = n.sel.value.times(100).abs();
    return kali.gte(acuan.abs().div(3)) && kali.lte(acuan.abs().times(3));
  });
  if (pecahan.length === 0) return null;
  const daftar = (xs: typeof nilai): NilaiSel[] =>
    xs.map((n) => ({ label: n.label, nilai: apaAdanya(n.sel.value), sel: refOf(n.sel.lokasi)! }));
  const f = pecahan[0];
  const sebagaiPoin = persen(f.sel.value.times(100));
  return temuan(
    "CAMPUR_PECAHAN_PERSEN",
    {
      nama: b.nama.value,
      pecahan: daftar(pecahan),
      poin: daftar(poin),
      contoh: { tertulis: apaAdanya(f.sel.value), persen: sebagaiPoin },
    },
    {
      sumber: "LKIP_TRIWULAN",
      sel: refOf(f.sel.lokasi),
      tertulis: apaAdanya(f.sel.value),
      hitung: sebagaiPoin,
    }
  );
}
