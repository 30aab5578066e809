/** LKIP_ANGGARAN rows → budget lines linked to their sasaran (WORKBOOK.md). */
import { RowReader, cellError, cellText, isBlankCell, sameTextKey, sourceRef } from "./row-reader";
import { columnsFound, resolveHeaders, kolomCalon } from "./columns";
import type { PilihanKolom } from "./columns";
import { formatAngka, type Decimal } from "../../core";
import { miripTotal, totalTertulis, walkRows } from "./totals";
import type {
  BarisAnggaran,
  BarisDitinggal,
  KolomCalon,
  LkipIndikator,
  LkipSasaran,
  Sel,
  TotalTertulis,
} from "./types";
import { parseRef, temuan } from "../contract";
import type { Finding, Milik, RawRange } from "../contract";

export interface AnggaranRead {
  calon: KolomCalon[];
  baris: BarisAnggaran[] | null;
  findings: Finding[];
  leftOut: BarisDitinggal[];
  /** Printed totals inside the range (src/core/README.md §11): never budget lines. */
  totalTertulis: TotalTertulis[];
}

export function readAnggaran(
  range: RawRange & { source: "LKIP_ANGGARAN" },
  tahun: number,
  sasaran: LkipSasaran[],
  indikator: LkipIndikator[] = [],
  pilihan: PilihanKolom = {}
): AnggaranRead {
  const h = resolveHeaders(range, tahun, pilihan);
  const k = h.columns;
  const out: AnggaranRead = {
    baris: null,
    calon: kolomCalon(range, h),
    findings: [...h.findings],
    leftOut: [],
    totalTertulis: [],
  };
  // Required, so found whenever nothing is missing.
  const wajib = columnsFound(k, ["sasaran", "program", "pagu", "realisasi"] as const);
  if (h.missing.length > 0 || wajib === null) return out;
  const baris: BarisAnggaran[] = [];

  // A blank Sasaran or Program under a filled one continues it (merged cells read blank below their top).
  let lastSasaran: Sel<string> | null = null;
  let lastProgram: Sel<string> | null = null;
  const ditinggal: string[] = [];
  const programSaja: {
    r: number;
    dari: { baris: number; ditinggal: number };
    program: string;
    sasaran: string;
    total: TotalTertulis;
  }[] = [];
  walkRows(
    range,
    "LKIP_ANGGARAN",
    { pagu: k.pagu, realisasi: k.realisasi, serapan: k.serapan },
    { read: () => baris.map((_, i) => i), leftOut: () => ditinggal },
    out.totalTertulis,
    (row, r) => {
      const kegiatan = row.text(k.kegiatan, "Kegiatan", false);
      const subKegiatan = row.text(k.subKegiatan, "Sub Kegiatan", false);
      const leaf = kegiatan !== null || subKegiatan !== null;

      const sasaranCell = row.cell(k.sasaran);
      const carrySasaran: boolean = isBlankCell(sasaranCell) && lastSasaran !== null;
      const sasaranTertulis: Sel<string> | null = carrySasaran
        ? lastSasaran
        : row.text(k.sasaran, "Sasaran", true);
      let nomor: number | null = null;
      if (sasaranTertulis !== null) {
        lastSasaran = sasaranTertulis;
        nomor = matchSasaran(row, wajib.sasaran, sasaranTertulis, sasaran);
      }

      // Only a leaf continues the program above: a row with nothing but numbers names nothing.
      const carryProgram: boolean =
        isBlankCell(row.cell(k.program)) && leaf && lastProgram !== null;
      const program: Sel<string> | null = carryProgram
        ? lastProgram
        : row.text(k.program, "Program", true);
      if (program !== null) lastProgram = program;

      // Whose amount it is, for the message: the most specific name the line has.
      const milik: Milik = subKegiatan
        ? { jenis: "subKegiatan", nama: subKegiatan.value }
        : kegiatan
          ? { jenis: "kegiatan", nama: kegiatan.value }
          : { jenis: "program", nama: program?.value ?? "" };
      // A program line that prints only its percentage (its money blank) over leaves below it
      // stands for them (§11): a printed total, never a line with two empty cells. Settled below.
      const serapanTertulis = row.raw(k.serapan);
      if (
        !leaf &&
        program !== null &&
        sasaranTertulis !== null &&
        serapanTertulis !== null &&
        row.problems.length === 0 &&
        isBlankCell(row.cell(k.pagu)) &&
        isBlankCell(row.cell(k.realisasi))
      ) {
        const teks = cellText(row.cell(k.program));
        programSaja.push({
          r,
          dari: { baris: baris.length, ditinggal: out.leftOut.length },
          program: sameTextKey(program.value),
          sasaran: sameTextKey(sasaranTertulis.value),
          total: totalTertulis(
            row,
            {
              jenis: "jumlah",
              keseluruhan: false,
              teks: teks || program.value,
              col: wajib.program,
            },
            "LKIP_ANGGARAN",
            { serapan: k.serapan },
            { cakupan: [], cakupanKualitatif: [], ditinggal: [] }
          ),
        });
        return;
      }
      const pagu = nonNegative(row, wajib.pagu, "Pagu", milik);
      const realisasi = nonNegative(row, wajib.realisasi, "Realisasi", milik);
      // WORKBOOK.md: an Indikator cell links the line to one indicator of its sasaran.
      const indikatorSel = row.text(k.indikator, "Indikator", false);
      const indikatorIndex =
        indikatorSel && nomor !== null && k.indikator !== undefined
          ? matchIndikator(row, k.indikator, indikatorSel, nomor, sasaran, indikator)
          : null;

      row.sebutTotal(miripTotal(range.values[r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      if (row.problems.length > 0 || !sasaranTertulis || !program || !pagu || !realisasi) {
        const left: BarisDitinggal = {
          source: "LKIP_ANGGARAN",
          lokasi: row.rowAddr(),
          temuan: row.problems,
        };
        const programTeks =
          program?.value ??
          (isBlankCell(row.cell(k.program)) ? null : cellText(row.cell(k.program)));
        if (programTeks) left.program = programTeks;
        out.leftOut.push(left);
        ditinggal.push(row.rowAddr());
        return;
      }
      const line: BarisAnggaran = {
        sasaran: nomor,
        sasaranTertulis,
        program,
        indikator: indikatorSel,
        indikatorIndex,
        kegiatan,
        subKegiatan,
        pagu,
        realisasi,
        leaf,
        baris: row.rowAddr(),
      };
      if (serapanTertulis) line.serapanTertulis = serapanTertulis;
      baris.push(line);
    }
  );
  for (const p of programSaja) {
    const sama = (program: string | undefined, sasaran: string) =>
      program !== undefined && sameTextKey(program) === p.program && sasaran === p.sasaran;
    const cakupanProgram = baris.flatMap((b, i) =>
      i >= p.dari.baris && b.leaf && sama(b.program.value, sameTextKey(b.sasaranTertulis.value))
        ? [i]
        : []
    );
    if (cakupanProgram.length === 0) {
      // No leaf below it: an ordinary program line whose Pagu and Realisasi are not filled in.
      const row = new RowReader(range, p.r);
      row.decimal(k.pagu, "Pagu", true);
      row.decimal(k.realisasi, "Realisasi", true);
      row.sebutTotal(miripTotal(range.values[p.r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      out.leftOut.push({
        source: "LKIP_ANGGARAN",
        lokasi: row.rowAddr(),
        temuan: row.problems,
        program: p.total.label.value,
      });
      continue;
    }
    const ditinggalProgram = out.leftOut
      .slice(p.dari.ditinggal)
      .filter((l) => l.program !== undefined && sameTextKey(l.program) === p.program)
      .map((l) => l.lokasi);
    out.totalTertulis.push({ ...p.total, cakupan: cakupanProgram, ditinggal: ditinggalProgram });
  }
  if (baris.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan(
        "SUMBER_KOSONG",
        { sumber: "LKIP_ANGGARAN" },
        { sumber: "LKIP_ANGGARAN", sel: sourceRef(range) }
      )
    );
  }
  out.baris = baris;
  return out;
}

/**
 * Money is never negative (src/core/README.md §4): a negative Pagu or Realisasi is a galat at its
 * cell and its line stays out of every sum, in `tabel` as in `periksa`.
 */
function nonNegative(
  row: RowReader,
  c: number,
  kolom: "Pagu" | "Realisasi",
  milik: Milik
): Sel<Decimal> | null {
  const sel = row.decimal(c, kolom, true);
  if (sel === null || !sel.value.isNegative() || sel.value.isZero()) return sel;
  const nilai = formatAngka(sel.value, sel.value.isInteger() ? 0 : 2);
  row.problems.push(
    temuan(
      "ANGGARAN_NEGATIF",
      { kolom, milik, nilai },
      { sumber: "LKIP_ANGGARAN", sel: row.ref(c), tertulis: nilai }
    )
  );
  return null;
}

/**
 * The sasaran a budget line belongs to: its number in LKIP_IKU order, or its text. With no
 * sasaran read from LKIP_IKU there is nothing to match (that problem is reported there), so null.
 */
function matchSasaran(
  row: RowReader,
  c: number,
  tertulis: Sel<string>,
  sasaran: LkipSasaran[]
): number | null {
  if (sasaran.length === 0) return null;
  const cell = row.cell(c);
  const asNumber =
    typeof cell === "number"
      ? cell
      : /^\s*\d+\.?\s*$/.test(tertulis.value)
        ? parseInt(tertulis.value, 10)
        : null;
  if (asNumber !== null) {
    if (Number.isInteger(asNumber) && asNumber >= 1 && asNumber <= sasaran.length) return asNumber;
  } else {
    const key = sameTextKey(tertulis.value);
    const found = sasaran.find((s) => sameTextKey(s.teks) === key);
    if (found) return found.nomor;
  }
  const terbawaDari = tertulis.lokasi !== row.addr(c) ? parseRef(tertulis.lokasi) : null;
  row.problem(
    "SASARAN_TIDAK_COCOK",
    {
      teks: tertulis.value,
      jumlah: sasaran.length,
      ...(terbawaDari ? { terbawaDari } : {}),
    },
    c,
    isBlankCell(cell) || cellError(cell) !== null ? null : cell
  );
  return null;
}

/**
 * The indicator a budget line names: one of its sasaran's indicators, by name (or by its No).
 * A name that matches none is a galat at its cell; the line still counts for its sasaran.
 */
function matchIndikator(
  row: RowReader,
  c: number,
  tertulis: Sel<string>,
  nomor: number,
  sasaran: LkipSasaran[],
  indikator: LkipIndikator[]
): number | null {
  const s = sasaran[nomor - 1];
  if (!s) return null;
  const key = sameTextKey(tertulis.value);
  const own = s.indikator.map((i) => indikator[i]).filter((x): x is LkipIndikator => !!x);
  const found =
    own.find((ind) => sameTextKey(ind.nama.value) === key) ??
    own.find((ind) => ind.no !== null && sameTextKey(String(ind.no.value)) === key);
  if (found) return found.index;
  // A qualitative indicator has no efisiensi of its own (src/core/README.md §10): the line stays the sasaran's.
  if (s.kualitatif.length > 0) return null;
  row.problem(
    "INDIKATOR_TIDAK_COCOK",
    { tertulis: tertulis.value, sasaran: nomor },
    c,
    tertulis.value,
    false
  );
  return null;
}

/** The sasaran a budget line belongs to, as a key: its number when matched, else its written text. */
export function sasaranKey(line: BarisAnggaran): string {
  return line.sasaran !== null
    ? `n:${line.sasaran}`
    : `t:${sameTextKey(line.sasaranTertulis.value)}`;
}
