/** Tables 1 and 8–11 (TABLES.md): the tables that join indicators and budget, declared column by column. */
import { formatAngka } from "../../core";
import type {
  HasilAnggaran,
  HasilRow,
  HasilIndikator,
  HasilProgram,
  HasilSasaran,
} from "../compute";
import { coreText, type TableCell } from "../contract";
import { kualitatifNote, nomorSasaran, rounding, sasaranDanTujuan, tujuanOf } from "./iku";
import { bySasaran, type Column, type Declared, type TableContext } from "./define";
import { tidakDibuat } from "./reasons";
import { W, count, empty, inputFormat, num, rupiahFormat, txt } from "./table-cells";

/** The budget tables are declared only with LKIP_ANGGARAN (TABLE_SPECS.needs says so first). */
const TANPA_ANGGARAN = {
  reason: tidakDibuat("SUMBER_KOSONG", { sumber: "LKIP_ANGGARAN", lihatTemuan: false }),
};

const nomorCell = (s: HasilSasaran) => nomorSasaran(s);

/** The i-th item of a list, or its last one below the end (null for an empty list). */
function atOrLast<T>(xs: T[], i: number): { i: number; x: T } | null {
  const k = Math.min(i, xs.length - 1);
  return k < 0 ? null : { i: k, x: xs[k] };
}

/** Tabel 1 — Perjanjian Kinerja: per sasaran its indicators beside its programs. */
export function tabelPerjanjianKinerja({ model, hasil }: TableContext): Declared {
  const ang = hasil.anggaran;
  if (!ang) return TANPA_ANGGARAN;
  const fmt = rupiahFormat([ang.pagu, ...ang.program.map((p) => p.pagu)]);
  // A sasaran has max(indicators, programs, 1) rows; the last indicator (and the last program)
  // is merged over the rows left below it.
  interface Row {
    s: HasilSasaran;
    h: { i: number; h: HasilIndikator } | null;
    p: { i: number; p: HasilProgram } | null;
  }
  const rows: Row[] = sasaranDanTujuan(model, hasil).flatMap((s) => {
    const programs = ang.program.filter((p) => p.sasaran === s.sasaran.nomor);
    const n = Math.max(s.indikator.length, programs.length, 1);
    return Array.from({ length: n }, (_, i) => {
      const h = atOrLast(s.indikator, i);
      const p = atOrLast(programs, i);
      return { s, h: h && { i: h.i, h: h.x }, p: p && { i: p.i, p: p.x } };
    });
  });
  const byIndikator = ({ s, h }: Row) => (h ? `${s.sasaran.nomor}:${h.i}` : null);
  const byProgram = ({ s, p }: Row) => (p ? `${s.sasaran.nomor}:${p.i}` : null);
  const columns: Column<Row>[] = [
    { header: "No", width: W.no, cell: ({ s }) => nomorCell(s), mergeBy: ({ s }) => bySasaran(s) },
    {
      header: "Sasaran",
      width: W.sasaran,
      cell: ({ s }) => txt(s.sasaran.teks),
      mergeBy: ({ s }) => bySasaran(s),
    },
    {
      header: "Indikator Kinerja",
      width: W.indikator,
      cell: ({ h }) => (h ? txt(h.h.indikator.nama.value) : empty()),
      mergeBy: byIndikator,
    },
    {
      header: "Satuan",
      width: W.satuan,
      cell: ({ h }) =>
        h ? txt(h.h.indikator.satuan?.value ?? null, { align: "center" }) : empty(),
      mergeBy: byIndikator,
    },
    {
      header: "Target",
      width: W.nilai,
      cell: ({ h }) => {
        const t = h?.h.indikator.target;
        if (t?.label !== undefined) return txt(t.label, { align: "center" });
        return t ? num(t.value, inputFormat(t.value)) : empty();
      },
      mergeBy: byIndikator,
    },
    {
      header: "Program",
      width: W.program,
      cell: ({ p }) => (p ? txt(p.p.nama) : empty()),
      mergeBy: byProgram,
    },
    {
      header: "Anggaran (Rp)",
      width: W.rupiah,
      cell: ({ p }) => (p ? num(p.p.pagu, fmt) : empty()),
      mergeBy: byProgram,
      closing: num(ang.pagu, fmt),
    },
  ];
  return {
    columns,
    rows,
    groupOf: tujuanOf(model),
    closing: "TOTAL",
    notes: ["Anggaran program = jumlah pagu kegiatan/sub kegiatannya."],
  };
}

/** One row per indicator of a sasaran (one row without a name when it has none). */
interface SasaranRow {
  s: HasilSasaran;
  nama: string | null;
}

function sasaranRows(sasaran: HasilSasaran[]): SasaranRow[] {
  return sasaran.flatMap((s): SasaranRow[] =>
    s.indikator.length > 0
      ? s.indikator.map((h) => ({ s, nama: h.indikator.nama.value }))
      : [{ s, nama: null }]
  );
}

/** A column with one cell per sasaran, merged over its indicators' rows. */
function perSasaran(
  header: string,
  width: number,
  cell: (s: HasilSasaran) => TableCell
): Column<SasaranRow> {
  return { header, width, cell: ({ s }) => cell(s), mergeBy: ({ s }) => bySasaran(s) };
}

const indikatorColumn: Column<SasaranRow> = {
  header: "Indikator",
  width: W.indikator,
  cell: ({ nama }) => txt(nama),
};

const pct = (s: string) => `${s} %`;

/**
 * A row of Tabel 8: a sasaran's indicator, or — when its budget lines name indicators (RULES §6)
 * — each indicator with its own budget and efisiensi, then the sasaran as their Σ.
 */
interface EfisiensiRow {
  s: HasilSasaran;
  nama: string | null;
  /** Set on the per-indicator rows of a sasaran budgeted per indicator. */
  h: HasilIndikator | null;
  /** The Σ row of a sasaran budgeted per indicator. */
  jumlah: boolean;
}

function efisiensiRows(sasaran: HasilSasaran[]): EfisiensiRow[] {
  return sasaran.flatMap((s): EfisiensiRow[] => {
    if (!s.perIndikator) return sasaranRows([s]).map((r) => ({ ...r, h: null, jumlah: false }));
    return [
      ...s.indikator.map((h) => ({ s, nama: h.indikator.nama.value, h, jumlah: false })),
      { s, nama: "Jumlah sasaran (Σ)", h: null, jumlah: true },
    ];
  });
}

/** Tabel 8 — Efisiensi sumber daya, with the note src/core/README.md §4 and TABLES.md ask for. */
export function tabelEfisiensi({ model, hasil }: TableContext): Declared {
  // A sasaran budgeted per indicator has a figure per row; any other, one merged over its rows.
  const perRow = (r: EfisiensiRow) => (r.s.perIndikator ? null : bySasaran(r.s));
  const efCell = (e: HasilSasaran["efisiensi"] | undefined) =>
    e?.dihitung ? num(e.nilai) : empty();
  const ketCell = (e: HasilSasaran["efisiensi"] | undefined) =>
    txt(
      e === undefined ? null : e.dihitung ? e.keterangan : `Tidak dihitung: ${coreText(e.reason)}`,
      {
        align: "center",
      }
    );
  const columns: Column<EfisiensiRow>[] = [
    { header: "No", width: W.no, cell: ({ s }) => nomorCell(s), mergeBy: ({ s }) => bySasaran(s) },
    {
      header: "Sasaran",
      width: W.sasaran,
      cell: ({ s }) => txt(s.sasaran.teks),
      mergeBy: ({ s }) => bySasaran(s),
    },
    {
      header: "Indikator",
      width: W.indikator,
      cell: ({ nama, jumlah }) => txt(nama, jumlah ? { bold: true } : {}),
    },
    {
      header: "Capaian Kinerja (%)",
      width: W.nilai,
      cell: ({ s, h }) => num(h ? h.capaian : s.capaian),
      mergeBy: perRow,
    },
    {
      header: "Penyerapan Anggaran (%)",
      width: W.nilai,
      cell: ({ s, h }) => num(h ? (h.anggaran?.serapan ?? null) : (s.anggaran?.serapan ?? null)),
      mergeBy: perRow,
    },
    {
      header: "Tingkat Efisiensi (%)",
      width: W.nilai,
      cell: ({ s, h }) => efCell(h ? h.anggaran?.efisiensi : s.efisiensi),
      mergeBy: perRow,
    },
    {
      header: "Keterangan",
      width: W.label,
      cell: ({ s, h }) =>
        h && !h.anggaran
          ? txt("Tanpa anggaran sendiri", { align: "center" })
          : ketCell(h ? h.anggaran?.efisiensi : s.efisiensi),
      mergeBy: perRow,
    },
  ];
  const notes = [
    "Tingkat efisiensi E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100 % (PMK 214/PMK.02/2017); PAK = pagu anggaran sasaran, CK = capaian kinerja sasaran, RAK = realisasi anggaran sasaran.",
    "E dibatasi paling tinggi 20 % dan paling rendah −20 %. E ≥ 0: Efisien; E < 0: Tidak efisien.",
  ];
  if (hasil.sasaran.some((s) => s.perIndikator))
    notes.push(
      "Bila baris anggaran menyebut indikatornya, setiap indikator memakai pagu, realisasi dan capaiannya sendiri, dan baris Jumlah sasaran adalah Σ suku-suku itu (ditambah anggaran sasaran yang tidak menyebut indikator, dengan capaian sasaran)."
    );
  if (model.settings.batasiCapaian)
    notes.push(
      "Capaian kinerja di atas 100 % dihitung sebagai 100 % (Batasi Capaian Efisiensi = Ya)."
    );
  if (hasil.sasaran.some((s) => s.indikator.length > 1)) {
    notes.push(
      `Capaian kinerja sasaran = rata-rata capaian indikatornya${model.kolomIku.bobot ? " (ditimbang dengan Bobot)" : ""}.`
    );
  }
  for (const s of hasil.sasaran) {
    const bounded: [string, HasilSasaran["efisiensi"] | undefined][] = [
      [`Sasaran ${s.sasaran.nomor} (${s.sasaran.teks})`, s.efisiensi],
      ...s.indikator.map((h): [string, HasilSasaran["efisiensi"] | undefined] => [
        `Indikator "${h.indikator.nama.value}"`,
        h.anggaran?.efisiensi,
      ]),
    ];
    for (const [siapa, e] of bounded) {
      if (e?.dihitung && e.hasil.dibatasi) {
        notes.push(
          `${siapa}: E tanpa batas ${pct(formatAngka(e.mentah))}, dibatasi menjadi ${pct(formatAngka(e.nilai))}.`
        );
      }
    }
  }
  notes.push(...kualitatifNote(hasil, "dalam capaian kinerja dan efisiensi"), rounding(model));
  return { columns, rows: efisiensiRows(hasil.sasaran), groupOf: tujuanOf(model), notes };
}

/** Tabel 9 — Program dan kegiatan penunjang, per sasaran. */
export function tabelProgramKegiatan({ model, hasil }: TableContext): Declared {
  const ang = hasil.anggaran;
  if (!ang) return TANPA_ANGGARAN;
  const fmt = rupiahFormat([
    ang.pagu,
    ang.realisasi,
    ...ang.program.flatMap((p) => [
      p.pagu,
      p.realisasi,
      ...p.leaves.flatMap((l) => [l.row.pagu.value, l.row.realisasi.value]),
    ]),
  ]);
  interface Row {
    group: string;
    no: number;
    p: HasilProgram;
    leaf: HasilRow | null;
  }
  let no = 0;
  const rows: Row[] = programGroups(hasil.sasaran, ang).flatMap((g) =>
    g.programs.flatMap((p) => {
      no += 1;
      const leaves = p.leaves.length > 0 ? p.leaves : [null];
      return leaves.map((leaf) => ({ group: g.label, no, p, leaf }));
    })
  );
  const PROGRAM = "Program";
  const KEGIATAN = "Kegiatan / Sub Kegiatan";
  const program = (
    header: string,
    width: number,
    cell: (p: HasilProgram, no: number) => TableCell,
    closing?: TableCell
  ): Column<Row> => ({
    header,
    group: header === "No" ? undefined : PROGRAM,
    width,
    cell: (r) => cell(r.p, r.no),
    mergeBy: (r) => r.no,
    closing,
  });
  const leaf = (header: string, width: number, cell: (l: HasilRow) => TableCell): Column<Row> => ({
    header,
    group: KEGIATAN,
    width,
    cell: (r) => (r.leaf ? cell(r.leaf) : empty()),
  });
  const columns: Column<Row>[] = [
    program("No", W.no, (_, n) => count(n, { align: "center" })),
    program("Nama Program", W.program, (p) => txt(p.nama)),
    program("Pagu (Rp)", W.rupiah, (p) => num(p.pagu, fmt), num(ang.pagu, fmt)),
    program("Realisasi (Rp)", W.rupiah, (p) => num(p.realisasi, fmt), num(ang.realisasi, fmt)),
    program("%", W.nilai, (p) => num(p.serapan), num(ang.serapan)),
    leaf("Nama Kegiatan / Sub Kegiatan", W.program, (l) =>
      txt((l.row.subKegiatan ?? l.row.kegiatan)?.value ?? null)
    ),
    leaf("Pagu (Rp)", W.rupiah, (l) => num(l.row.pagu.value, fmt)),
    leaf("Realisasi (Rp)", W.rupiah, (l) => num(l.row.realisasi.value, fmt)),
    leaf("%", W.nilai, (l) => num(l.serapan)),
  ];
  const notes = [
    "Pagu dan realisasi program = jumlah kegiatan/sub kegiatannya; % = realisasi / pagu × 100.",
  ];
  if (ang.program.some((p) => p.leaves.length === 0))
    notes.push("Program tanpa rincian kegiatan memakai baris total programnya.");
  notes.push(rounding(model));
  return { columns, rows, groupOf: (r: Row) => r.group, closing: "Total", notes };
}

/** Programs grouped in sasaran order; lines with no sasaran number (no LKIP_IKU) by their written text. */
function programGroups(
  sasaran: HasilSasaran[],
  ang: HasilAnggaran
): { label: string; programs: HasilProgram[] }[] {
  const groups: { label: string; programs: HasilProgram[] }[] = [];
  for (const s of sasaran) {
    const programs = ang.program.filter((p) => p.sasaran === s.sasaran.nomor);
    if (programs.length > 0)
      groups.push({ label: `Sasaran ${s.sasaran.nomor}: ${s.sasaran.teks}`, programs });
  }
  for (const p of ang.program.filter((p) => p.sasaran === null)) {
    const g = groups.find((x) => x.label === `Sasaran: ${p.sasaranTeks}`);
    if (g) g.programs.push(p);
    else groups.push({ label: `Sasaran: ${p.sasaranTeks}`, programs: [p] });
  }
  return groups;
}

/** Tabel 10 — Pagu dan realisasi anggaran per sasaran. */
export function tabelAnggaranSasaran({ model, hasil }: TableContext): Declared {
  const ang = hasil.anggaran;
  if (!ang) return TANPA_ANGGARAN;
  const fmt = rupiahFormat([
    ang.pagu,
    ang.realisasi,
    ...hasil.sasaran.flatMap((s) => [s.anggaran?.pagu ?? null, s.anggaran?.realisasi ?? null]),
  ]);
  const columns: Column<HasilSasaran>[] = [
    { header: "No", width: W.no, cell: nomorCell },
    { header: "Sasaran Strategis", width: W.sasaran, cell: (s) => txt(s.sasaran.teks) },
    {
      header: "Pagu Anggaran (Rp)",
      width: W.rupiah,
      cell: (s) => num(s.anggaran?.pagu ?? null, fmt),
      closing: num(ang.pagu, fmt),
    },
    {
      header: "Realisasi Anggaran (Rp)",
      width: W.rupiah,
      cell: (s) => num(s.anggaran?.realisasi ?? null, fmt),
      closing: num(ang.realisasi, fmt),
    },
    {
      header: "%",
      width: W.nilai,
      cell: (s) => num(s.anggaran?.serapan ?? null),
      closing: num(ang.serapan),
    },
  ];
  return {
    columns,
    rows: hasil.sasaran,
    closing: "Total",
    notes: [
      `% = realisasi / pagu × 100; baris Total = Σ realisasi / Σ pagu × 100. ${rounding(model)}`,
    ],
  };
}

/** Tabel 11 — Efektivitas anggaran terhadap capaian sasaran. */
export function tabelEfektivitas({ model, hasil }: TableContext): Declared {
  const fmt = rupiahFormat(hasil.sasaran.map((s) => s.anggaran?.realisasi ?? null));
  const columns: Column<SasaranRow>[] = [
    perSasaran("No", W.no, nomorCell),
    perSasaran("Sasaran", W.sasaran, (s) => txt(s.sasaran.teks)),
    indikatorColumn,
    perSasaran("Capaian Kinerja Sasaran (%)", W.nilai, (s) => num(s.capaian)),
    perSasaran("Realisasi Anggaran (Rp)", W.rupiah, (s) => num(s.anggaran?.realisasi ?? null, fmt)),
    perSasaran("%", W.nilai, (s) => num(s.anggaran?.serapan ?? null)),
  ];
  return {
    columns,
    rows: sasaranRows(hasil.sasaran),
    notes: [`% = penyerapan anggaran sasaran (realisasi / pagu × 100). ${rounding(model)}`],
  };
}
