/**
 * Checks on LKIP_TRIWULAN (RULES §14): the year's realisasi in LKIP_IKU against realisasi s.d.
 * TW IV; a `kumulatif` indicator whose quarters were typed as running totals; a quarter typed as a
 * fraction beside percent points (RULES §0).
 */
import { Decimal, formatAngka, sampaiTriwulan } from "../../core";
import type { LkipModel, Cell, TriwulanRow } from "../model";
import { temuan } from "../contract";
import type { Finding } from "../contract";
import { satuanPersen } from "./phrases";
import { apaAdanya, campurPecahan, refOf } from "./tertulis";

const ROMAWI = ["I", "II", "III", "IV"];

export function periksaTriwulan(model: LkipModel): Finding[] {
  const t = model.triwulan;
  if (!t) return [];
  const out: Finding[] = [];
  for (const b of t.rows) {
    const iku = b.iku !== null ? model.indikator[b.iku] : null;
    const quarters = b.realisasiTw.map((s) => s?.value ?? null);
    const filled = b.realisasiTw.filter((s): s is Cell<Decimal> => s !== null);
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
            cell: refOf(b.realisasiTw[3].lokasi),
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
              cell: { ...first, rows: 1, cols: last.col - first.col + 1 },
            }
          )
        );
      }
    }

    const campur = campurPecahanTriwulan(b);
    if (campur) out.push(campur);
  }
  return out;
}

/** RULES §0 in a quarterly row of a percent indicator: a value ≤ 1,5 that reads like the others × 100. */
function campurPecahanTriwulan(b: TriwulanRow): Finding | null {
  if (!b.satuan || !satuanPersen(b.satuan.value)) return null;
  return campurPecahan(
    b.nama.value,
    [
      ...(b.target ? [{ label: "Target", cell: b.target }] : []),
      ...b.targetTw.flatMap((s, i) => (s ? [{ label: `Target TW ${ROMAWI[i]}`, cell: s }] : [])),
      ...b.realisasiTw.flatMap((s, i) =>
        s ? [{ label: `Realisasi TW ${ROMAWI[i]}`, cell: s }] : []
      ),
    ],
    "LKIP_TRIWULAN"
  );
}
