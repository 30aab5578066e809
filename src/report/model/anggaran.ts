/** LKIP_ANGGARAN rows → budget lines linked to their sasaran (WORKBOOK.md). */
import { RowReader, cellError, cellText, isBlankCell, sameTextKey, sourceRef } from "./row-reader";
import { columnsFound, resolveHeaders, kolomCalon } from "./columns";
import type { PilihanKolom } from "./columns";
import { formatAngka, type Decimal } from "../../core";
import { miripTotal, totalTertulis, walkRows } from "./totals";
import { isMixedBudget, namedLevel, type Band } from "./layout";
import type {
  AnggaranRow,
  LeftOutRow,
  KolomCalon,
  LkipIndikator,
  LkipSasaran,
  Cell,
  TotalTertulis,
} from "./types";
import { parseRef, temuan } from "../contract";
import type { Finding, Milik, RawCell, RawRange } from "../contract";

export interface AnggaranRead {
  calon: KolomCalon[];
  rows: AnggaranRow[] | null;
  findings: Finding[];
  leftOut: LeftOutRow[];
  /** Printed totals inside the range (src/core/README.md §11): never budget lines. */
  totalTertulis: TotalTertulis[];
}

/**
 * A column holding two levels ("Sasaran/ Program", WORKBOOK.md "Layouts as printed") read as two:
 * the upper level's text moves to a column added at the end of each row, the lower stays. A text
 * that names its level ("Sasaran : …", "Program …") is that level; otherwise a row with money is
 * the lower level, a row without the upper.
 */
function splitTwoLevels(
  range: RawRange,
  dua: { atas: string; bawah: string; col: number },
  money: number[]
): { range: RawRange; col: number } {
  const extra = range.values[0]?.length ?? 0;
  const values = range.values.map((row, r): RawCell[] => {
    const padded = [...row, ...Array<RawCell>(Math.max(0, extra - row.length)).fill(null)];
    const cell = row[dua.col] ?? null;
    if (r === 0 || isBlankCell(cell) || cellError(cell) !== null) return [...padded, null];
    const named = namedLevel(cellText(cell));
    const upperWords = dua.atas === "program" ? ["program"] : ["tujuan", "sasaran"];
    const atas =
      named.jenis !== null && upperWords.includes(named.jenis)
        ? true
        : named.jenis === dua.bawah
          ? false
          : money.every((c) => isBlankCell(row[c] ?? null));
    if (!atas) return [...padded, null];
    padded[dua.col] = null;
    return [...padded, named.teks];
  });
  return { range: { ...range, values }, col: extra };
}

export function readAnggaran(
  source: RawRange & { source: "LKIP_ANGGARAN" },
  tahun: number,
  sasaran: LkipSasaran[],
  indikator: LkipIndikator[] = [],
  pilihan: PilihanKolom = {}
): AnggaranRead {
  const h = resolveHeaders(source, tahun, pilihan);
  const k = { ...h.columns };
  let range: RawRange = source;
  let alias: Map<number, number> | undefined;
  if (h.duaTingkat && k.pagu !== undefined && k.realisasi !== undefined) {
    const split = splitTwoLevels(source, h.duaTingkat, [k.pagu, k.realisasi]);
    range = split.range;
    k[h.duaTingkat.atas] = split.col;
    alias = new Map([[split.col, h.duaTingkat.col]]);
  }
  // WORKBOOK.md "Mixed tables": a budget table that prints its indicators' performance too.
  const mixed = isMixedBudget(source, tahun, pilihan);
  const valueCols = new Set(
    (["pagu", "realisasi", "serapan", "kegiatan", "subKegiatan", "indikator"] as const).flatMap(
      (key) => (k[key] !== undefined && k[key] !== k.program ? [k[key]] : [])
    )
  );
  const out: AnggaranRead = {
    rows: null,
    calon: kolomCalon(source, h),
    findings: [...h.findings],
    leftOut: [],
    totalTertulis: [],
  };
  // Required, so found whenever nothing is missing.
  const wajib = columnsFound(k, ["sasaran", "program", "pagu", "realisasi"] as const);
  if (h.missing.length > 0 || wajib === null) return out;
  const rows: AnggaranRow[] = [];

  // A blank Sasaran or Program under a filled one continues it (merged cells read blank below their top).
  let lastSasaran: Cell<string> | null = null;
  let lastProgram: Cell<string> | null = null;
  // A program band carries over every row below it; a sasaran set on a row that is no budget line
  // (a mixed table's indicator row) is an assumption for the lines below, said at each.
  let programDariPita = false;
  let sasaranDiluarRow = false;
  const readBand = (row: RowReader, band: Band) => {
    const named = namedLevel(band.teks);
    const cell = { value: named.teks, lokasi: row.addr(band.col) };
    const jenis =
      named.jenis === "tujuan" || named.jenis === "sasaran"
        ? named.jenis
        : band.col === k.sasaran && band.col !== k.program
          ? "sasaran"
          : "program";
    if (named.jenis === null && band.col !== k.sasaran && band.col !== k.program)
      out.findings.push(
        temuan(
          "BARIS_PITA",
          { jenis, teks: named.teks },
          { sumber: "LKIP_ANGGARAN", cell: row.ref(band.col), tertulis: band.teks }
        )
      );
    if (jenis === "sasaran") {
      lastSasaran = cell;
      lastProgram = null;
      programDariPita = false;
      sasaranDiluarRow = false;
    } else if (jenis === "program") {
      lastProgram = cell;
      programDariPita = true;
    }
  };
  const leftOut: string[] = [];
  const programSaja: {
    r: number;
    dari: { row: number; leftOut: number };
    program: string;
    sasaran: string;
    total: TotalTertulis;
  }[] = [];
  walkRows(
    range,
    "LKIP_ANGGARAN",
    { pagu: k.pagu, realisasi: k.realisasi, serapan: k.serapan },
    { read: () => rows.map((_, i) => i), leftOut: () => leftOut },
    out.totalTertulis,
    (row, r) => {
      // A mixed table's row without money (an indicator's performance, a "Rata-rata capaian"
      // row) is not a budget line; the sasaran or program it names still heads the rows below.
      if (mixed && isBlankCell(row.cell(k.pagu)) && isBlankCell(row.cell(k.realisasi))) {
        const s = row.cell(k.sasaran);
        if (!isBlankCell(s) && cellError(s) === null) {
          lastSasaran = { value: namedLevel(cellText(s)).teks, lokasi: row.addr(wajib.sasaran) };
          lastProgram = null;
          sasaranDiluarRow = true;
        }
        const p = row.cell(k.program);
        if (!isBlankCell(p) && cellError(p) === null && k.program !== k.sasaran) {
          lastProgram = { value: cellText(p), lokasi: row.addr(wajib.program) };
          programDariPita = true;
        }
        return;
      }
      const kegiatan = row.text(k.kegiatan, "Kegiatan", false);
      const subKegiatan = row.text(k.subKegiatan, "Sub Kegiatan", false);
      const leaf = kegiatan !== null || subKegiatan !== null;

      const sasaranCell = row.cell(k.sasaran);
      const carrySasaran: boolean = isBlankCell(sasaranCell) && lastSasaran !== null;
      const ditulis: Cell<string> | null = carrySasaran
        ? null
        : row.text(k.sasaran, "Sasaran", true);
      const sasaranTertulis: Cell<string> | null = carrySasaran
        ? lastSasaran
        : ditulis && { ...ditulis, value: namedLevel(ditulis.value).teks };
      if (!carrySasaran) sasaranDiluarRow = false;
      const dari = carrySasaran && sasaranDiluarRow ? parseRef(lastSasaran?.lokasi ?? "") : null;
      if (dari !== null && lastSasaran !== null)
        row.valueProblems.push(
          temuan(
            "SASARAN_DIANGGAP",
            { teks: lastSasaran.value, dari },
            { sumber: "LKIP_ANGGARAN", cell: row.ref(wajib.program) }
          )
        );
      let nomor: number | null = null;
      if (sasaranTertulis !== null) {
        lastSasaran = sasaranTertulis;
        nomor = matchSasaran(row, wajib.sasaran, sasaranTertulis, sasaran);
      }

      // Only a leaf continues the program above: a row with nothing but numbers names nothing.
      const carryProgram: boolean =
        isBlankCell(row.cell(k.program)) && (leaf || programDariPita) && lastProgram !== null;
      const program: Cell<string> | null = carryProgram
        ? lastProgram
        : row.text(k.program, "Program", true);
      if (program !== null && !carryProgram) {
        lastProgram = program;
        programDariPita = false;
      }

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
          dari: { row: rows.length, leftOut: out.leftOut.length },
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
            { cakupan: [], cakupanKualitatif: [], leftOut: [] }
          ),
        });
        return;
      }
      const pagu = nonNegative(row, wajib.pagu, "Pagu", milik);
      const realisasi = nonNegative(row, wajib.realisasi, "Realisasi", milik);
      // WORKBOOK.md: an Indikator cell links the line to one indicator of its sasaran.
      const indikatorCell = row.text(k.indikator, "Indikator", false);
      const indikatorIndex =
        indikatorCell && nomor !== null && k.indikator !== undefined
          ? matchIndikator(row, k.indikator, indikatorCell, nomor, sasaran, indikator)
          : null;

      row.sebutTotal(() => miripTotal(range.values[r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      if (row.problems.length > 0 || !sasaranTertulis || !program || !pagu || !realisasi) {
        const left: LeftOutRow = {
          source: "LKIP_ANGGARAN",
          lokasi: row.rowAddr(),
          temuan: row.problems,
        };
        const programTeks =
          program?.value ??
          (isBlankCell(row.cell(k.program)) ? null : cellText(row.cell(k.program)));
        if (programTeks) left.program = programTeks;
        out.leftOut.push(left);
        leftOut.push(row.rowAddr());
        return;
      }
      const line: AnggaranRow = {
        sasaran: nomor,
        sasaranTertulis,
        program,
        indikator: indikatorCell,
        indikatorIndex,
        kegiatan,
        subKegiatan,
        pagu,
        realisasi,
        leaf,
        row: row.rowAddr(),
      };
      if (serapanTertulis) line.serapanTertulis = serapanTertulis;
      rows.push(line);
    },
    { alias, band: { heading: (c) => !valueCols.has(c), read: readBand } }
  );
  for (const p of programSaja) {
    const sama = (program: string | undefined, sasaran: string) =>
      program !== undefined && sameTextKey(program) === p.program && sasaran === p.sasaran;
    const cakupanProgram = rows.flatMap((b, i) =>
      i >= p.dari.row && b.leaf && sama(b.program.value, sameTextKey(b.sasaranTertulis.value))
        ? [i]
        : []
    );
    if (cakupanProgram.length === 0) {
      // No leaf below it: an ordinary program line whose Pagu and Realisasi are not filled in.
      const row = new RowReader(range, p.r);
      row.decimal(k.pagu, "Pagu", true);
      row.decimal(k.realisasi, "Realisasi", true);
      row.sebutTotal(() => miripTotal(range.values[p.r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      out.leftOut.push({
        source: "LKIP_ANGGARAN",
        lokasi: row.rowAddr(),
        temuan: row.problems,
        program: p.total.label.value,
      });
      continue;
    }
    const leftOutProgram = out.leftOut
      .slice(p.dari.leftOut)
      .filter((l) => l.program !== undefined && sameTextKey(l.program) === p.program)
      .map((l) => l.lokasi);
    out.totalTertulis.push({ ...p.total, cakupan: cakupanProgram, leftOut: leftOutProgram });
  }
  if (rows.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan(
        "SUMBER_KOSONG",
        { sumber: "LKIP_ANGGARAN" },
        { sumber: "LKIP_ANGGARAN", cell: sourceRef(source) }
      )
    );
  }
  out.rows = rows;
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
): Cell<Decimal> | null {
  const cell = row.decimal(c, kolom, true);
  if (cell === null || !cell.value.isNegative() || cell.value.isZero()) return cell;
  const nilai = formatAngka(cell.value, cell.value.isInteger() ? 0 : 2);
  row.problems.push(
    temuan(
      "ANGGARAN_NEGATIF",
      { kolom, milik, nilai },
      { sumber: "LKIP_ANGGARAN", cell: row.ref(c), tertulis: nilai }
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
  tertulis: Cell<string>,
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
  tertulis: Cell<string>,
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
export function sasaranKey(line: AnggaranRow): string {
  return line.sasaran !== null
    ? `n:${line.sasaran}`
    : `t:${sameTextKey(line.sasaranTertulis.value)}`;
}
