/** Tables 2–7 (TABLES.md): the indicator tables, declared column by column; all numbers from compute. */
import type {
  HasilIndikator,
  HasilKualitatif,
  HasilSasaran,
  JumlahPerBand,
  LkipHasil,
} from "../compute";
import type { LkipIndikator, LkipModel } from "../model";
import type { TableCell } from "../contract";
import { bySasaran, type Column, type Declared, type TableContext } from "./define";
import { tidakDibuat } from "./reasons";
import { W, count, empty, inputFormat, num, txt } from "./table-cells";

/**
 * The No column of an indicator table (WORKBOOK.md): as written where the user numbered the
 * indicators, a blank No taking the next running number of the table (never the sasaran's
 * number). Returns null when no indicator has a No: the table then numbers its sasaran.
 */
function nomorIndikator(rows: readonly { no: LkipIndikator["no"] }[]): TableCell[] | null {
  if (!rows.some((r) => r.no !== null)) return null;
  let last = 0;
  return rows.map(({ no }) => {
    if (no === null) return count(++last, { align: "center" });
    const v = no.value;
    const n = typeof v === "number" ? v : /^\s*\d+\.?\s*$/.test(v) ? parseInt(v, 10) : NaN;
    last = Number.isInteger(n) ? n : last + 1;
    return typeof v === "number" ? count(v, { align: "center" }) : txt(v, { align: "center" });
  });
}

/** Why qualitative indicators are not in a mean or count (RULES §10), when there are any. */
export function kualitatifNote(hasil: LkipHasil, apa: string): string[] {
  const n = hasil.kualitatif.length;
  return n > 0
    ? [
        `${n} indikator kualitatif (target dan realisasi berupa teks, mis. WTP atau BB) tidak ikut ${apa}: tidak ada capaian dalam persen untuknya.`,
      ]
    : [];
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

/** A target or realisasi as the workbook gives it: its label when it is a score (RULES §10). */
const input = (cell: LkipIndikator["target"]) =>
  cell.label !== undefined
    ? txt(cell.label, { align: "center" })
    : num(cell.value, inputFormat(cell.value));

/** One row of Tabel 2: a numeric or a qualitative indicator, with the sasaran it belongs to. */
type IndikatorRow =
  | { s: HasilSasaran; jenis: "angka"; h: HasilIndikator; no: LkipIndikator["no"] }
  | { s: HasilSasaran; jenis: "kualitatif"; k: HasilKualitatif; no: LkipIndikator["no"] };

/** A sasaran's indicators, numeric and qualitative, in the order the workbook lists them. */
function rowIndikator(s: HasilSasaran): IndikatorRow[] {
  const rows: (IndikatorRow & { urutan: number })[] = [
    ...s.indikator.map((h) => ({
      s,
      jenis: "angka" as const,
      h,
      no: h.indikator.no,
      urutan: h.indikator.urutan,
    })),
    ...s.kualitatif.map((k) => ({
      s,
      jenis: "kualitatif" as const,
      k,
      no: k.indikator.no,
      urutan: k.indikator.urutan,
    })),
  ];
  return rows.sort((a, b) => a.urutan - b.urutan);
}

const namaOf = (r: IndikatorRow) => (r.jenis === "angka" ? r.h.indikator : r.k.indikator);

/**
 * RULES §13: the sasaran, and before each tujuan's first sasaran that tujuan's own indicators as
 * a row group without a sasaran (numbered 0 and below, so no sasaran number or budget is theirs).
 */
export function sasaranDanTujuan(model: LkipModel, hasil: LkipHasil): HasilSasaran[] {
  const out = [...hasil.sasaran];
  model.indikatorTujuan.forEach((t, i) => {
    const rows: HasilSasaran = {
      sasaran: {
        nomor: -i,
        teks: "",
        lokasi: t.tujuan.lokasi,
        indikator: t.indikator,
        kualitatif: t.kualitatif,
        tujuan: t.tujuan,
      },
      indikator: t.indikator.map((x) => hasil.indikator[x]),
      kualitatif: t.kualitatif.map((x) => hasil.kualitatif[x]),
      perIndikator: false,
      capaian: null,
      kategori: null,
      anggaran: null,
      efisiensi: { dihitung: false, reason: { kode: "INDIKATOR_TUJUAN" } },
    };
    const first = Math.min(
      ...rows.indikator.map((h) => h.indikator.urutan),
      ...rows.kualitatif.map((k) => k.indikator.urutan)
    );
    const urutanOf = (s: HasilSasaran) =>
      Math.min(
        ...s.indikator.map((h) => h.indikator.urutan),
        ...s.kualitatif.map((k) => k.indikator.urutan)
      );
    let at = out.findIndex(
      (s) => s.sasaran.nomor > 0 && s.sasaran.tujuan?.lokasi === t.tujuan.lokasi
    );
    if (at < 0) at = out.findIndex((s) => urutanOf(s) > first);
    out.splice(at < 0 ? out.length : at, 0, rows);
  });
  return out;
}

/** A sasaran's number, blank for a tujuan's own indicators (RULES §13). */
export const nomorSasaran = (s: HasilSasaran): TableCell =>
  s.sasaran.nomor > 0 ? count(s.sasaran.nomor, { align: "center" }) : empty();

/** Tujuan as a group row above its sasaran, where the report gives one (WORKBOOK.md). */
export function tujuanOf(model: LkipModel) {
  return (row: { s: HasilSasaran }): string | null =>
    model.kolomIku.tujuan && row.s.sasaran.tujuan ? `Tujuan: ${row.s.sasaran.tujuan.value}` : null;
}

/** Tabel 2 — Capaian Indikator Kinerja Utama. */
export function tabelCapaianIku({ model, hasil }: TableContext): Declared {
  const r = hasil.rataRata;
  const rows = sasaranDanTujuan(model, hasil).flatMap(rowIndikator);
  const nomor = nomorIndikator(rows);
  const noOf = new Map(rows.map((row, i) => [row, nomor?.[i] ?? null]));
  const columns: Column<IndikatorRow>[] = [
    {
      header: "No",
      width: W.no,
      cell: (row) => noOf.get(row) ?? nomorSasaran(row.s),
      mergeBy: ({ s }) => (nomor ? null : bySasaran(s)),
    },
    {
      header: "Sasaran Strategis",
      width: W.sasaran,
      cell: ({ s }) => txt(s.sasaran.teks),
      mergeBy: ({ s }) => bySasaran(s),
    },
    { header: "Indikator", width: W.indikator, cell: (row) => txt(namaOf(row).nama.value) },
    {
      header: "Satuan",
      width: W.satuan,
      cell: (row) => txt(namaOf(row).satuan?.value ?? null, { align: "center" }),
    },
    {
      header: "Formulasi",
      width: W.formulasi,
      cell: (row) => txt(namaOf(row).formulasi?.value ?? null),
    },
    {
      header: "Target",
      width: W.nilai,
      cell: (row) =>
        row.jenis === "angka"
          ? input(row.h.indikator.target)
          : txt(row.k.indikator.target.value, { align: "center" }),
      // RULES §6: left empty (with a note) when the indicators' Satuan differ.
      closing: r ? (r.target ? num(r.target) : empty()) : undefined,
    },
    {
      header: "Realisasi",
      width: W.nilai,
      cell: (row) =>
        row.jenis === "angka"
          ? input(row.h.indikator.realisasi)
          : txt(row.k.indikator.realisasi.value, { align: "center" }),
      closing: r ? (r.realisasi ? num(r.realisasi) : empty()) : undefined,
    },
    {
      header: "% Capaian",
      width: W.nilai,
      // RULES §10: no percentage is invented for a qualitative indicator; its cell prints the label.
      cell: (row) =>
        row.jenis === "angka" ? num(row.h.capaian) : txt(row.k.predikat, { align: "center" }),
      closing: r ? num(r.capaian) : undefined,
    },
  ];
  return {
    columns,
    rows,
    groupOf: tujuanOf(model),
    closing: r ? "Rata-rata" : undefined,
    notes: [
      ...arahNote(hasil),
      ...bobotNote(model),
      ...(r?.reasonTarget
        ? [`Rata-rata target dan realisasi tidak dicetak: ${r.reasonTarget}.`]
        : []),
      ...kualitatifNote(hasil, "dalam rata-rata capaian"),
      rounding(model),
    ],
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
      closing: count(hasil.indikator.length + hasil.kualitatif.length),
    },
  ];
  const n = hasil.kualitatif.length;
  return {
    columns,
    rows: [...hasil.perPredikat].reverse(),
    closing: "Jumlah",
    notes: [
      `Dihitung dari capaian yang tercetak (2 desimal). ${rounding(model)}`,
      ...(n > 0
        ? [
            `Termasuk ${n} indikator kualitatif, dihitung menurut realisasinya terhadap target pada skalanya (di atas / sama / di bawah).`,
          ]
        : []),
    ],
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
  notes.push(...kualitatifNote(hasil, "dalam jumlah per kategori"), rounding(model));
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
    { header: "Target", width: W.nilai, cell: ({ h }) => input(h.indikator.target) },
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
    notes: [
      ...arahNote(hasil),
      ...bobotNote(model),
      ...kualitatifNote(hasil, "dalam tabel ini"),
      rounding(model),
    ],
  };
}

/** Tabel 6 — Perbandingan realisasi dengan tahun sebelumnya. */
export function tabelTahunLalu({ model, hasil }: TableContext): Declared {
  const years = model.tahunLalu;
  if (years.length === 0) return { reason: tidakDibuat("TAHUN_LALU_TIDAK_ADA", {}) };
  if (!hasil.indikator.some((h) => h.indikator.tahunLalu.length > 0)) {
    return { reason: tidakDibuat("TAHUN_LALU_KOSONG", {}) };
  }
  const tahun = model.settings.tahun;
  const earlier = (y: number): Column<HasilIndikator> => ({
    header: String(y),
    group: "Realisasi",
    width: W.nilai,
    cell: (h) => {
      const v = h.indikator.tahunLalu.find((t) => t.tahun === y)?.nilai ?? null;
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
      cell: (h) => input(h.indikator.realisasi),
    },
    {
      header: "Perubahan (poin)",
      width: W.nilai,
      cell: (h) => num(h.perubahan?.nilai ?? null),
    },
    {
      // TABLES.md: read by the indicator's arah — for a turun indicator a fall is Membaik.
      header: "Keterangan",
      width: W.label,
      cell: (h) => txt(h.perubahan?.keterangan ?? null, { align: "center" }),
    },
  ];
  const last = years[years.length - 1];
  return {
    columns,
    rows: hasil.indikator,
    notes: [
      `Perubahan = Realisasi ${tahun} − Realisasi ${last}, dalam poin (satuan indikatornya). Keterangan menurut arah indikator: untuk indikator berarah turun, penurunan berarti Membaik.`,
    ],
  };
}

/** Tabel 7 — Perbandingan dengan target Renstra. */
export function tabelRenstra({ model, hasil }: TableContext): Declared {
  if (!model.kolomIku.targetRenstra) return { reason: tidakDibuat("RENSTRA_TIDAK_ADA", {}) };
  if (!hasil.indikator.some((h) => h.indikator.targetRenstra))
    return { reason: tidakDibuat("RENSTRA_KOSONG", {}) };
  // The end-of-period target gets its own column unless it is the one serving as Target Renstra.
  const akhir =
    model.kolomIku.targetAkhirRenstra &&
    hasil.indikator.some(
      (h) =>
        h.indikator.targetAkhirRenstra &&
        h.indikator.targetAkhirRenstra !== h.indikator.targetRenstra
    );
  const tahun = model.settings.tahun;
  const opt = (v: LkipIndikator["targetRenstra"]) => (v ? input(v) : empty());
  const columns: Column<HasilIndikator>[] = [
    { header: "Indikator", width: W.indikator, cell: (h) => txt(h.indikator.nama.value) },
    { header: `Target ${tahun}`, width: W.nilai, cell: (h) => input(h.indikator.target) },
    {
      header: `Realisasi ${tahun}`,
      width: W.nilai,
      cell: (h) => input(h.indikator.realisasi),
    },
    {
      // TABLES.md: the Renstra target's year, when the header names one.
      header: model.tahunRenstra ? `Target Renstra ${model.tahunRenstra}` : "Target Renstra",
      width: W.nilai,
      cell: (h) => opt(h.indikator.targetRenstra),
    },
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
