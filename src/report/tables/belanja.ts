/** Tabel 12 — Komposisi belanja (TABLES.md), declared column by column. */
import type { HasilBelanja } from "../compute";
import { rounding } from "./iku";
import type { Column, Declared, TableContext } from "./define";
import { tidakDibuat } from "./reasons";
import { W, count, num, rupiahFormat, txt } from "./table-cells";

export function tabelBelanja({ model, hasil }: TableContext): Declared {
  const b = hasil.belanja;
  if (!b)
    return { reason: tidakDibuat("SUMBER_KOSONG", { sumber: "LKIP_BELANJA", lihatTemuan: false }) };
  const fmt = rupiahFormat([
    b.pagu,
    b.realisasi?.jumlah ?? null,
    ...b.row.flatMap((x) => [x.row.pagu.value, x.row.realisasi?.value ?? null]),
  ]);
  const rows = b.row.map((x, i) => ({ x, no: i + 1 }));
  type Row = { x: HasilBelanja["row"][number]; no: number };
  const total = b.realisasi;
  const realisasi: Column<Row>[] =
    total === null
      ? []
      : [
          {
            header: "Realisasi (Rp)",
            width: W.rupiah,
            cell: ({ x }) => num(x.row.realisasi?.value ?? null, fmt),
            closing: num(total.jumlah, fmt),
          },
          {
            header: "%",
            width: W.nilai,
            cell: ({ x }) => num(x.serapan),
            closing: num(total.serapan),
          },
        ];
  const columns: Column<Row>[] = [
    { header: "No", width: W.no, cell: ({ no }) => count(no, { align: "center" }) },
    { header: "Jenis Belanja", width: W.program, cell: ({ x }) => txt(x.row.jenis.value) },
    {
      header: "Jumlah (Rp)",
      width: W.rupiah,
      cell: ({ x }) => num(x.row.pagu.value, fmt),
      closing: num(b.pagu, fmt),
    },
    ...realisasi,
  ];
  return {
    columns,
    rows,
    closing: "Total",
    notes: b.realisasi !== null ? [`% = realisasi / jumlah × 100. ${rounding(model)}`] : [],
  };
}
