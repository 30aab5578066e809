/** Tables 1 and 8–11 (TABLES.md): the tables that join indicators and budget. */
import { formatAngka } from "../../core";
import type { HasilProgram, HasilSasaran, LkipHasil } from "../compute";
import type { LkipModel } from "../model";
import { rounding } from "./iku";
import {
  W,
  closingRow,
  count,
  empty,
  hdr,
  inputFormat,
  num,
  rupiahFormat,
  txt,
  vmerge,
} from "./table-cells";
import type { Built } from "./table-cells";
import type { Merge, TableCell } from "../contract";

/** Merge the cells of one item over the rows it owns beyond its own (the last item of a list). */
function spanLast(
  start: number,
  index: number,
  count: number,
  rows: number,
  cols: number[]
): Merge[] {
  if (index !== count - 1 || count >= rows) return [];
  return cols.map((col) => ({ row: start + index, col, rows: rows - index, cols: 1 }));
}

/** Tabel 1 — Perjanjian Kinerja: per sasaran its indicators beside its programs. */
export function tabelPerjanjianKinerja(model: LkipModel, hasil: LkipHasil): Built {
  const ang = hasil.anggaran!;
  const fmt = rupiahFormat([ang.pagu, ...ang.program.map((p) => p.pagu)]);
  const header = [
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Program", "Anggaran (Rp)"].map(hdr),
  ];
  const body: TableCell[][] = [];
  const merges: Merge[] = [];
  for (const s of hasil.sasaran) {
    const programs = ang.program.filter((p) => p.sasaran === s.sasaran.nomor);
    const rows = Math.max(s.indikator.length, programs.length, 1);
    const start = header.length + body.length;
    for (let i = 0; i < rows; i++) {
      const h = s.indikator[i];
      const p = programs[i];
      body.push([
        i === 0 ? count(s.sasaran.nomor, { align: "center" }) : empty(),
        i === 0 ? txt(s.sasaran.teks) : empty(),
        h ? txt(h.indikator.nama.value) : empty(),
        h ? txt(h.indikator.satuan?.value ?? null, { align: "center" }) : empty(),
        h ? num(h.indikator.target.value, inputFormat(h.indikator.target.value)) : empty(),
        p ? txt(p.nama) : empty(),
        p ? num(p.pagu, fmt) : empty(),
      ]);
    }
    merges.push(...vmerge(start, 0, rows), ...vmerge(start, 1, rows));
    s.indikator.forEach((_, i) =>
      merges.push(...spanLast(start, i, s.indikator.length, rows, [2, 3, 4]))
    );
    programs.forEach((_, i) => merges.push(...spanLast(start, i, programs.length, rows, [5, 6])));
  }
  merges.push(closingRow(header.length, body, "TOTAL", 6, [num(ang.pagu, fmt)]));
  return {
    header,
    body,
    merges,
    widths: [W.no, W.sasaran, W.indikator, W.satuan, W.nilai, W.program, W.rupiah],
    notes: ["Anggaran program = jumlah pagu kegiatan/sub kegiatannya."],
  };
}

/** Rows of a per-sasaran table with one row per indicator and the sasaran's cells merged. */
function perSasaran(
  hasil: LkipHasil,
  headerRows: number,
  sasaranCells: (s: HasilSasaran) => TableCell[],
  sasaranCols: number[],
  after: (s: HasilSasaran) => TableCell[],
  afterCols: number[]
): { body: TableCell[][]; merges: Merge[] } {
  const body: TableCell[][] = [];
  const merges: Merge[] = [];
  for (const s of hasil.sasaran) {
    const names = s.indikator.length > 0 ? s.indikator.map((h) => h.indikator.nama.value) : [null];
    const start = headerRows + body.length;
    names.forEach((nama, i) => {
      const blank = (n: number) => Array.from({ length: n }, () => empty());
      const first = i === 0;
      const pre = first ? sasaranCells(s) : blank(sasaranCols.length);
      const post = first ? after(s) : blank(afterCols.length);
      body.push([...pre, txt(nama), ...post]);
    });
    for (const col of [...sasaranCols, ...afterCols])
      merges.push(...vmerge(start, col, names.length));
  }
  return { body, merges };
}

const pct = (s: string) => `${s} %`;

/** Tabel 8 — Efisiensi sumber daya, with the note src/core/README.md §4 and TABLES.md ask for. */
export function tabelEfisiensi(model: LkipModel, hasil: LkipHasil): Built {
  const header = [
    [
      "No",
      "Sasaran",
      "Indikator",
      "Capaian Kinerja (%)",
      "Penyerapan Anggaran (%)",
      "Tingkat Efisiensi (%)",
      "Keterangan",
    ].map(hdr),
  ];
  const { body, merges } = perSasaran(
    hasil,
    header.length,
    (s) => [count(s.sasaran.nomor, { align: "center" }), txt(s.sasaran.teks)],
    [0, 1],
    (s) => [
      num(s.capaian),
      num(s.serapan),
      num(s.efisiensi?.nilai ?? null),
      txt(s.efisiensi ? s.efisiensi.keterangan : `Tidak dihitung: ${s.efisiensiAlasan}`, {
        align: "center",
      }),
    ],
    [3, 4, 5, 6]
  );
  const notes = [
    "Tingkat efisiensi E = Σ((PAK × CK) − RAK) / Σ(PAK × CK) × 100 % (PMK 214/PMK.02/2017); PAK = pagu anggaran sasaran, CK = capaian kinerja sasaran, RAK = realisasi anggaran sasaran.",
    "E dibatasi paling tinggi 20 % dan paling rendah −20 %. E ≥ 0: Efisien; E < 0: Tidak efisien.",
  ];
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
    const e = s.efisiensi;
    if (e?.hasil.dibatasi) {
      notes.push(
        `Sasaran ${s.sasaran.nomor} (${s.sasaran.teks}): E tanpa batas ${pct(formatAngka(e.mentah))}, dibatasi menjadi ${pct(formatAngka(e.nilai))}.`
      );
    }
  }
  notes.push(rounding(model));
  return {
    header,
    body,
    merges,
    widths: [W.no, W.sasaran, W.indikator, W.nilai, W.nilai, W.nilai, W.label],
    notes,
  };
}

/** Tabel 9 — Program dan kegiatan penunjang, per sasaran. */
export function tabelProgramKegiatan(model: LkipModel, hasil: LkipHasil): Built {
  const ang = hasil.anggaran!;
  const fmt = rupiahFormat([
    ang.pagu,
    ang.realisasi,
    ...ang.program.flatMap((p) => [
      p.pagu,
      p.realisasi,
      ...p.leaves.flatMap((l) => [l.baris.pagu.value, l.baris.realisasi.value]),
    ]),
  ]);
  const B = { bold: true };
  const header: TableCell[][] = [
    [
      hdr("No"),
      hdr("Program"),
      empty(B),
      empty(B),
      empty(B),
      hdr("Kegiatan / Sub Kegiatan"),
      empty(B),
      empty(B),
      empty(B),
    ],
    [
      empty(B),
      ...[
        "Nama Program",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "%",
        "Nama Kegiatan / Sub Kegiatan",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "%",
      ].map(hdr),
    ],
  ];
  const merges: Merge[] = [
    { row: 0, col: 0, rows: 2, cols: 1 },
    { row: 0, col: 1, rows: 1, cols: 4 },
    { row: 0, col: 5, rows: 1, cols: 4 },
  ];
  const body: TableCell[][] = [];
  const at = () => header.length + body.length;

  // Groups in sasaran order; lines with no sasaran number (no LKIP_IKU) by their written text.
  const groups: { label: string; programs: HasilProgram[] }[] = [];
  for (const s of hasil.sasaran) {
    const programs = ang.program.filter((p) => p.sasaran === s.sasaran.nomor);
    if (programs.length > 0)
      groups.push({ label: `Sasaran ${s.sasaran.nomor}: ${s.sasaran.teks}`, programs });
  }
  for (const p of ang.program.filter((p) => p.sasaran === null)) {
    const g = groups.find((x) => x.label === `Sasaran: ${p.sasaranTeks}`);
    if (g) g.programs.push(p);
    else groups.push({ label: `Sasaran: ${p.sasaranTeks}`, programs: [p] });
  }

  let no = 0;
  for (const g of groups) {
    merges.push({ row: at(), col: 0, rows: 1, cols: 9 });
    body.push([
      txt(g.label, { bold: true, align: "left" }),
      ...Array.from({ length: 8 }, () => empty()),
    ]);
    for (const p of g.programs) {
      no += 1;
      const start = at();
      const leaves = p.leaves.length > 0 ? p.leaves : [null];
      leaves.forEach((l, i) => {
        const progCells =
          i === 0
            ? [
                count(no, { align: "center" }),
                txt(p.nama),
                num(p.pagu, fmt),
                num(p.realisasi, fmt),
                num(p.serapan),
              ]
            : Array.from({ length: 5 }, () => empty());
        const nama = l ? (l.baris.subKegiatan ?? l.baris.kegiatan)!.value : null;
        const leafCells = l
          ? [
              txt(nama),
              num(l.baris.pagu.value, fmt),
              num(l.baris.realisasi.value, fmt),
              num(l.serapan),
            ]
          : [empty(), empty(), empty(), empty()];
        body.push([...progCells, ...leafCells]);
      });
      for (let c = 0; c < 5; c++) merges.push(...vmerge(start, c, leaves.length));
    }
  }
  merges.push(
    closingRow(header.length, body, "Total", 2, [
      num(ang.pagu, fmt),
      num(ang.realisasi, fmt),
      num(ang.serapan),
      empty(),
      empty(),
      empty(),
      empty(),
    ])
  );
  const notes = [
    "Pagu dan realisasi program = jumlah kegiatan/sub kegiatannya; % = realisasi / pagu × 100.",
  ];
  if (ang.program.some((p) => p.leaves.length === 0))
    notes.push("Program tanpa rincian kegiatan memakai baris total programnya.");
  notes.push(rounding(model));
  return {
    header,
    body,
    merges,
    widths: [W.no, W.program, W.rupiah, W.rupiah, W.nilai, W.program, W.rupiah, W.rupiah, W.nilai],
    notes,
  };
}

/** Tabel 10 — Pagu dan realisasi anggaran per sasaran. */
export function tabelAnggaranSasaran(model: LkipModel, hasil: LkipHasil): Built {
  const ang = hasil.anggaran!;
  const fmt = rupiahFormat([
    ang.pagu,
    ang.realisasi,
    ...hasil.sasaran.flatMap((s) => [s.pagu, s.realisasi]),
  ]);
  const header = [
    ["No", "Sasaran Strategis", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "%"].map(hdr),
  ];
  const body = hasil.sasaran.map((s) => [
    count(s.sasaran.nomor, { align: "center" }),
    txt(s.sasaran.teks),
    num(s.pagu, fmt),
    num(s.realisasi, fmt),
    num(s.serapan),
  ]);
  const total = closingRow(header.length, body, "Total", 2, [
    num(ang.pagu, fmt),
    num(ang.realisasi, fmt),
    num(ang.serapan),
  ]);
  return {
    header,
    body,
    merges: [total],
    widths: [W.no, W.sasaran, W.rupiah, W.rupiah, W.nilai],
    notes: [
      `% = realisasi / pagu × 100; baris Total = Σ realisasi / Σ pagu × 100. ${rounding(model)}`,
    ],
  };
}

/** Tabel 11 — Efektivitas anggaran terhadap capaian sasaran. */
export function tabelEfektivitas(model: LkipModel, hasil: LkipHasil): Built {
  const fmt = rupiahFormat(hasil.sasaran.map((s) => s.realisasi));
  const header = [
    [
      "No",
      "Sasaran",
      "Indikator",
      "Capaian Kinerja Sasaran (%)",
      "Realisasi Anggaran (Rp)",
      "%",
    ].map(hdr),
  ];
  const { body, merges } = perSasaran(
    hasil,
    header.length,
    (s) => [count(s.sasaran.nomor, { align: "center" }), txt(s.sasaran.teks)],
    [0, 1],
    (s) => [num(s.capaian), num(s.realisasi, fmt), num(s.serapan)],
    [3, 4, 5]
  );
  return {
    header,
    body,
    merges,
    widths: [W.no, W.sasaran, W.indikator, W.nilai, W.rupiah, W.nilai],
    notes: [`% = penyerapan anggaran sasaran (realisasi / pagu × 100). ${rounding(model)}`],
  };
}
