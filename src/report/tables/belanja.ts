/** Tabel 12 — Komposisi belanja (TABLES.md). */
import type { LkipHasil } from "../compute";
import type { LkipModel } from "../model";
import { rounding } from "./iku";
import { W, closingRow, count, hdr, num, rupiahFormat, txt } from "./table-cells";
import type { Built } from "./table-cells";

export function tabelBelanja(model: LkipModel, hasil: LkipHasil): Built {
  const b = hasil.belanja!;
  const ada = b.realisasi !== null;
  const fmt = rupiahFormat([
    b.pagu,
    b.realisasi,
    ...b.baris.flatMap((x) => [x.baris.pagu.value, x.baris.realisasi?.value ?? null]),
  ]);
  const names = ["No", "Jenis Belanja", "Jumlah (Rp)", ...(ada ? ["Realisasi (Rp)", "%"] : [])];
  const body = b.baris.map((x, i) => [
    count(i + 1, { align: "center" }),
    txt(x.baris.jenis.value),
    num(x.baris.pagu.value, fmt),
    ...(ada ? [num(x.baris.realisasi?.value ?? null, fmt), num(x.serapan)] : []),
  ]);
  const total = closingRow(1, body, "Total", 2, [
    num(b.pagu, fmt),
    ...(ada ? [num(b.realisasi, fmt), num(b.serapan)] : []),
  ]);
  return {
    header: [names.map(hdr)],
    body,
    merges: [total],
    widths: [W.no, W.program, W.rupiah, ...(ada ? [W.rupiah, W.nilai] : [])],
    notes: ada ? [`% = realisasi / jumlah × 100. ${rounding(model)}`] : [],
  };
}
