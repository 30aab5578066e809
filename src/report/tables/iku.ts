/** Tables 2–7 (TABLES.md): the indicator tables, declared column by column; all numbers from compute. */
import type { HasilIndikator, HasilSasaran, JumlahPerBand, LkipHasil } from "../compute";
import type { LkipIndikator, LkipModel } from "../model";
import type { TableCell } from "../contract";
import { bySasaran, type Column, type Declared, type TableContext } from "./define";
import { W, count, empty, inputFormat, num, txt } from "./table-cells";

/** No as written (number or text), or the sasaran's number. */
export function noCell(ind: LkipIndikator): TableCell {
  return typeof ind.no.value === "number"
    ? count(ind.no.value, { align: "center" })
    : txt(ind.no.value, { align: "center" });
}

export function rounding(model: LkipModel): string {
  return model.settings.pembulatan === "TRUNC"
    ? "Angka persen dipotong (TRUNC) pada 2 desimal; rata-rata dan jumlah dihitung dari angka yang tercetak."
    : "Angka persen dibulatkan (ROUND) pada 2 desimal; rata-rata dan jumlah dihitung dari angka yang tercetak.";
}

function arahNote(hasil: LkipHasil): string[] {
  return hasil.indikator.some((h) => h.indikator.arah.value === "turun")
    ? [
        "Indikator berarah turun (makin rendah makin baik): capaian = (2 × target − realisasi) / target × 100.",
      ]
    : [];
}

function bobotNote(model: LkipModel): string[] {
  if (!model.kolomIku.bobot) return [];
  if (model.indikator.length > 0 && model.indikator.every((i) => i.bobot?.value.isZero()))
    return [
      "Baris Rata-rata tidak dicetak: semua Bobot bernilai 0, jadi rata-rata tertimbang tidak dapat dihitung.",
    ];
  return ["Rata-rata capaian ditimbang dengan kolom Bobot."];
}

const input = (d: LkipIndikator["target"]["value"]) => num(d, inputFormat(d));

/** One row per indicator, with the sasaran it belongs to. */
interface IndikatorRow {
  s: HasilSasaran;
  h: HasilIndikator;
}

/** Tabel 2 — Capaian Indikator Kinerja Utama. */
export function tabelCapaianIku({ model, hasil }: TableContext): Declared {
  const r = hasil.rataRata;
  // One No per sasaran (merged over its rows) unless the user numbered its indicators themselves.
  const ownNo = (s: HasilSasaran) => s.indikator.some((h) => h.indikator.no.lokasi !== null);
  const columns: Column<IndikatorRow>[] = [
    {
      header: "No",
      width: W.no,
      cell: ({ s, h }) =>
        ownNo(s) ? noCell(h.indikator) : count(s.sasaran.nomor, { align: "center" }),
      mergeBy: ({ s }) => (ownNo(s) ? null : bySasaran(s)),
    },
    {
      header: "Sasaran Strategis",
      width: W.sasaran,
      cell: ({ s }) => txt(s.sasaran.teks),
      mergeBy: ({ s }) => bySasaran(s),
    },
    { header: "Indikator", width: W.indikator, cell: ({ h }) => txt(h.indikator.nama.value) },
    {
      header: "Satuan",
      width: W.satuan,
      cell: ({ h }) => txt(h.indikator.satuan?.value ?? null, { align: "center" }),
    },
    {
      header: "Formulasi",
      width: W.formulasi,
      cell: ({ h }) => txt(h.indikator.formulasi?.value ?? null),
    },
    {
      header: "Target",
      width: W.nilai,
      cell: ({ h }) => input(h.indikator.target.value),
      closing: r ? num(r.target) : undefined,
    },
    {
      header: "Realisasi",
      width: W.nilai,
      cell: ({ h }) => input(h.indikator.realisasi.value),
      closing: r ? num(r.realisasi) : undefined,
    },
    {
      header: "% Capaian",
      width: W.nilai,
      cell: ({ h }) => num(h.capaian),
      closing: r ? num(r.capaian) : undefined,
    },
  ];
  return {
    columns,
    rows: hasil.sasaran.flatMap((s) => s.indikator.map((h) => ({ s, h }))),
    closing: r ? "Rata-rata" : undefined,
    notes: [...arahNote(hasil), ...bobotNote(model), rounding(model)],
  };
}

/** Tabel 3 — Jumlah indikator menurut predikat capaian (target scale, lowest first as in the sample). */
export function tabelPredikat({ model, hasil }: TableContext): Declared {
  const columns: Column<JumlahPerBand>[] = [
    { header: "Persentase", width: W.label, cell: (b) => txt(b.rentang, { align: "center" }) },
    { header: "Predikat", width: W.label, cell: (b) => txt(b.label) },
    {
      header: "Jumlah Indikator",
      width: W.nilai,
      cell: (b) => count(b.jumlah),
      closing: count(hasil.indikator.length),
    },
  ];
  return {
    columns,
    rows: [...hasil.perPredikat].reverse(),
    closing: "Jumlah",
    notes: [`Dihitung dari capaian yang tercetak (2 desimal). ${rounding(model)}`],
  };
}

/** Tabel 4 — Jumlah indikator menurut kategori (the chosen scale's bands, highest first). */
export function tabelKategori({ model, hasil }: TableContext): Declared {
  const rows = hasil.perKategori.map((b, i) => ({ b, no: i + 1 }));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: "No", width: W.no, cell: ({ no }) => count(no, { align: "center" }) },
    { header: "Kategori", width: W.label, cell: ({ b }) => txt(b.label) },
    {
      header: "Rentang Capaian",
      width: W.label,
      cell: ({ b }) => txt(b.rentang, { align: "center" }),
    },
    {
      header: "Jumlah Indikator",
      width: W.nilai,
      cell: ({ b }) => count(b.jumlah),
      closing: count(hasil.indikator.length - hasil.tanpaKategori),
    },
  ];
  const notes: string[] = [];
  if (hasil.tanpaKategori > 0)
    notes.push(
      `${hasil.tanpaKategori} indikator bercapaian di bawah rentang terendah skala dan tidak masuk kategori mana pun.`
    );
  notes.push(rounding(model));
  return { columns, rows, closing: "Jumlah", notes };
}

/** Tabel 5 — Capaian IKU menurut kategori. */
export function tabelCapaianKategori({ model, hasil }: TableContext): Declared {
  const r = hasil.rataRata;
  const rows = hasil.indikator.map((h, i) => ({ h, no: i + 1 }));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: "No", width: W.no, cell: ({ no }) => count(no, { align: "center" }) },
    { header: "IKU", width: W.indikator, cell: ({ h }) => txt(h.indikator.nama.value) },
    {
      header: "Formulasi",
      width: W.formulasi,
      cell: ({ h }) => txt(h.indikator.formulasi?.value ?? null),
    },
    { header: "Target", width: W.nilai, cell: ({ h }) => input(h.indikator.target.value) },
    {
      header: "Capaian (%)",
      width: W.nilai,
      cell: ({ h }) => num(h.capaian),
      closing: r ? num(r.capaian) : undefined,
    },
    {
      header: "Kategori",
      width: W.label,
      cell: ({ h }) => txt(h.kategori, { align: "center" }),
      closing: r ? txt(r.kategori, { align: "center" }) : undefined,
    },
  ];
  return {
    columns,
    rows,
    closing: r ? "Rata-rata" : undefined,
    notes: [...arahNote(hasil), ...bobotNote(model), rounding(model)],
  };
}

/** Tabel 6 — Perbandingan realisasi dengan tahun sebelumnya. */
export function tabelTahunLalu({ model, hasil }: TableContext): Declared {
  const years = model.tahunLalu;
  if (years.length === 0)
    return {
      reason:
        'LKIP_IKU tidak punya kolom Realisasi tahun sebelumnya (misalnya "Realisasi Tahun Lalu").',
    };
  if (!hasil.indikator.some((h) => h.indikator.tahunLalu.length > 0)) {
    return { reason: "kolom Realisasi tahun sebelumnya di LKIP_IKU kosong semua." };
  }
  const tahun = model.settings.tahun;
  const earlier = (y: number): Column<HasilIndikator> => ({
    header: String(y),
    group: "Realisasi",
    width: W.nilai,
    cell: (h) => {
      const v = h.indikator.tahunLalu.find((t) => t.tahun === y)?.nilai.value ?? null;
      return v === null ? empty() : input(v);
    },
  });
  const columns: Column<HasilIndikator>[] = [
    { header: "Indikator", width: W.indikator, cell: (h) => txt(h.indikator.nama.value) },
    {
      header: "Satuan",
      width: W.satuan,
      cell: (h) => txt(h.indikator.satuan?.value ?? null, { align: "center" }),
    },
    ...years.map(earlier),
    {
      header: String(tahun),
      group: "Realisasi",
      width: W.nilai,
      cell: (h) => input(h.indikator.realisasi.value),
    },
    {
      header: "Perubahan (poin)",
      width: W.nilai,
      cell: (h) => num(h.perubahan?.nilai ?? null),
    },
  ];
  const last = years[years.length - 1];
  return {
    columns,
    rows: hasil.indikator,
    notes: [
      `Perubahan = Realisasi ${tahun} − Realisasi ${last}, dalam poin (satuan indikatornya).`,
    ],
  };
}

/** Tabel 7 — Perbandingan dengan target Renstra. */
export function tabelRenstra({ model, hasil }: TableContext): Declared {
  if (!model.kolomIku.targetRenstra)
    return { reason: "LKIP_IKU tidak punya kolom Target Renstra." };
  if (!hasil.indikator.some((h) => h.indikator.targetRenstra))
    return { reason: "kolom Target Renstra di LKIP_IKU kosong semua." };
  const akhir =
    model.kolomIku.targetAkhirRenstra &&
    hasil.indikator.some((h) => h.indikator.targetAkhirRenstra);
  const tahun = model.settings.tahun;
  const opt = (v: LkipIndikator["targetRenstra"]) => (v ? input(v.value) : empty());
  const columns: Column<HasilIndikator>[] = [
    { header: "Indikator", width: W.indikator, cell: (h) => txt(h.indikator.nama.value) },
    { header: `Target ${tahun}`, width: W.nilai, cell: (h) => input(h.indikator.target.value) },
    {
      header: `Realisasi ${tahun}`,
      width: W.nilai,
      cell: (h) => input(h.indikator.realisasi.value),
    },
    { header: "Target Renstra", width: W.nilai, cell: (h) => opt(h.indikator.targetRenstra) },
    ...(akhir
      ? [
          {
            header: "Target Akhir Renstra",
            width: W.nilai,
            cell: (h: HasilIndikator) => opt(h.indikator.targetAkhirRenstra),
          },
        ]
      : []),
    {
      header: "Capaian terhadap Renstra (%)",
      width: W.nilai,
      cell: (h) => num(h.capaianRenstra),
    },
  ];
  return {
    columns,
    rows: hasil.indikator,
    notes: [
      `Capaian terhadap Renstra = Realisasi ${tahun} / Target Renstra × 100 (rumus capaian yang sama, menurut arah indikatornya). ${rounding(model)}`,
    ],
  };
}
