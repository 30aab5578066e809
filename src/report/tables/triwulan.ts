/**
 * Tabel 13 — Capaian kinerja s.d. Triwulan n (TABLES.md, RULES §14), declared column by column;
 * every number from compute/triwulan.ts. Titled by the quarter the figures run to.
 */
import { coreText } from "../contract";
import type { HasilTriwulanRow } from "../compute";
import type { Column, Declared, TableContext } from "./define";
import { rounding } from "./iku";
import { tidakDibuat } from "./reasons";
import { W, count, empty, inputFormat, num, rupiahFormat, txt } from "./table-cells";
import type { Decimal } from "../../core";

const ROMAWI = ["I", "II", "III", "IV"] as const;

const input = (d: Decimal | null | undefined) => (d ? num(d, inputFormat(d)) : empty());

type Row = { h: HasilTriwulanRow; no: number };

export function tabelTriwulan({ model, hasil }: TableContext): Declared {
  const t = hasil.triwulan;
  if (!t) return { reason: tidakDibuat("TRIWULAN_KOSONG", {}) };
  const n = t.n;
  const tw = `TW ${ROMAWI[n - 1]}`;
  const rows: Row[] = t.rows.map((h, i) => ({ h, no: i + 1 }));
  const semuaTahunan = !t.adaDasarTriwulan;
  const quarterCols: Column<Row>[] = ROMAWI.slice(0, n).map((r, i) => ({
    header: `TW ${r}`,
    group: "Realisasi",
    width: W.nilai - 2,
    cell: ({ h }) => input(h.row.realisasiTw[i]?.value),
  }));
  const targetTw: Column<Row>[] = t.adaDasarTriwulan
    ? [
        {
          header: `Target s.d. ${tw}`,
          width: W.nilai,
          cell: ({ h }) => (h.dasar === "triwulan" ? num(h.targetTw) : empty()),
        },
      ]
    : [];
  const a = t.anggaran;
  const fmt = rupiahFormat(
    t.rows.flatMap((h) => [h.row.pagu?.value ?? null, h.anggaran?.realisasi ?? null])
  );
  const anggaran: Column<Row>[] = a
    ? [
        {
          header: "Pagu (Rp)",
          width: W.rupiah,
          cell: ({ h }) => (h.row.pagu ? num(h.row.pagu.value, fmt) : empty()),
          closing: num(a.pagu, fmt),
        },
        {
          header: `Realisasi Anggaran s.d. ${tw} (Rp)`,
          width: W.rupiah,
          cell: ({ h }) => (h.anggaran ? num(h.anggaran.realisasi, fmt) : empty()),
          closing: num(a.realisasi, fmt),
        },
        {
          header: "Serapan (%)",
          width: W.nilai,
          cell: ({ h }) => num(h.anggaran?.serapan ?? null),
          closing: num(a.serapan),
        },
      ]
    : [];
  const columns: Column<Row>[] = [
    { header: "No", width: W.no, cell: ({ no }) => count(no, { align: "center" }) },
    {
      header: "Sasaran",
      width: W.sasaran,
      cell: ({ h }) => txt(h.row.sasaran?.value ?? null),
      mergeBy: ({ h }) => (h.row.sasaran ? `s:${h.row.sasaran.value}` : null),
    },
    { header: "Indikator", width: W.indikator, cell: ({ h }) => txt(h.row.nama.value) },
    {
      header: "Satuan",
      width: W.satuan,
      cell: ({ h }) => txt(h.row.satuan?.value ?? null, { align: "center" }),
    },
    {
      header: "Jenis",
      width: W.satuan + 1,
      cell: ({ h }) => txt(h.row.jenis.value, { align: "center" }),
    },
    {
      header: "Target Tahunan",
      width: W.nilai,
      cell: ({ h }) => input(h.row.target?.value),
    },
    ...targetTw,
    ...quarterCols,
    { header: `Realisasi s.d. ${tw}`, width: W.nilai, cell: ({ h }) => num(h.realisasi) },
    {
      header: semuaTahunan
        ? `Capaian s.d. ${tw} terhadap Target Tahunan (%)`
        : `Capaian s.d. ${tw} (%)`,
      width: W.nilai + 2,
      cell: ({ h }) =>
        h.capaian !== null ? num(h.capaian) : h.reason ? txt(coreText(h.reason)) : empty(),
    },
    {
      header: "Kategori",
      width: W.label - 3,
      cell: ({ h }) => txt(h.kategori, { align: "center" }),
    },
    ...anggaran,
  ];
  return {
    nama: `Capaian Kinerja s.d. Triwulan ${ROMAWI[n - 1]}`,
    columns,
    rows,
    closing: a ? "Total" : undefined,
    notes: notes(t, tw, rounding(model)),
  };
}

function notes(t: NonNullable<TableContext["hasil"]["triwulan"]>, tw: string, bulat: string) {
  const out = [
    "Realisasi s.d. triwulan menurut jenis indikator: kumulatif = jumlah triwulan; akhir = nilai triwulan terakhir yang terisi; rata-rata = rata-rata triwulan yang terisi. Triwulan yang kosong tidak dihitung sebagai 0.",
  ];
  if (t.adaDasarTriwulan && t.adaDasarTahunan)
    out.push(
      `Capaian dihitung terhadap target s.d. ${tw} bila indikator punya target triwulan; indikator tanpa target triwulan (kolom Target s.d. ${tw} kosong) dihitung terhadap target tahunan, yaitu kemajuan menuju target tahun ini.`
    );
  else if (t.adaDasarTriwulan) out.push(`Capaian dihitung terhadap target s.d. ${tw}.`);
  else
    out.push(
      "Tanpa target triwulan, capaian dihitung terhadap target tahunan: kemajuan menuju target tahun ini, bukan capaian akhir."
    );
  const kurang = t.rows.filter((h) => h.sampai !== null && h.sampai < t.n);
  if (kurang.length > 0)
    out.push(
      `Realisasi ${kurang
        .map((h) => `"${h.row.nama.value}" sampai TW ${ROMAWI[h.sampai! - 1]}`)
        .join(", ")}: triwulan sesudahnya belum diisi.`
    );
  const kosong = t.rows.filter((h) => h.realisasi === null);
  if (kosong.length > 0) out.push(`${kosong.length} indikator belum berisi realisasi s.d. ${tw}.`);
  if (t.rows.some((h) => h.row.arah.value === "turun"))
    out.push(
      "Indikator berarah turun (makin rendah makin baik): capaian = (2 × target − realisasi) / target × 100."
    );
  if (t.anggaran)
    out.push(`Serapan = realisasi anggaran s.d. ${tw} / pagu × 100 (anggaran selalu kumulatif).`);
  out.push(
    t.dipilih
      ? `Angka s.d. ${tw}, triwulan yang dipilih (Triwulan di LKIP_INFO).`
      : `Angka s.d. ${tw}, triwulan terakhir yang berisi realisasi.`
  );
  out.push(bulat);
  return out;
}
