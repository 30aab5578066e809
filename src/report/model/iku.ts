/** LKIP_IKU rows → sasaran and indikator (WORKBOOK.md), every problem a finding at its cell. */
import {
  LkipError,
  capaianError,
  formatAngka,
  isKualitatif,
  parseArah,
  scoredPair,
  toDecimal,
} from "../../core";
import type { Arah } from "../../core";
import { RowReader, cellError, cellText, isBlankCell, sameTextKey, sourceRef } from "./row-reader";
import { columnsFound, kolomCalon, resolveHeaders } from "./columns";
import type { PilihanKolom } from "./columns";
import { miripTotal, walkRows } from "./totals";
import { namedLevel, twoLevels, bandOf, type Band } from "./layout";
import type {
  LeftOutRow,
  KolomCalon,
  LkipIndikator,
  LkipIndikatorKualitatif,
  LkipModel,
  LkipSasaran,
  LkipTujuanIndikator,
  Cell,
  TertulisIku,
  TotalTertulis,
} from "./types";
import { temuan } from "../contract";
import type { CellRef, Finding, RawRange } from "../contract";
import { indicatorMergedRows } from "./merges";

export interface IkuRead {
  sasaran: LkipSasaran[];
  indikatorTujuan: LkipTujuanIndikator[];
  indikator: LkipIndikator[];
  kualitatif: LkipIndikatorKualitatif[];
  tahunLalu: number[];
  kolom: LkipModel["kolomIku"];
  tahunRenstra: number | null;
  totalTertulis: TotalTertulis[];
  usable: boolean;
  calon: KolomCalon[];
  findings: Finding[];
  leftOut: LeftOutRow[];
}

/** An indicator row's own values; null when one it needs could not be read. */
type Fields<T> = Omit<T, "index" | "urutan" | "sasaran" | "tujuan" | "row"> | null;
type Placed = { angka: Fields<LkipIndikator> } | { kualitatif: Fields<LkipIndikatorKualitatif> };

const TERTULIS = ["capaian", "predikat", "kategori", "efisiensi", "serapan"] as const;

/** Columns of an indicator's own values: a band's text never stands in one of them. */
const VALUE_COLUMNS = [
  "indikator",
  "target",
  "realisasi",
  "satuan",
  "formulasi",
  "arah",
  "targetRenstra",
  "targetAkhirRenstra",
  "bobot",
  ...TERTULIS,
] as const;

export function readIku(
  range: RawRange & { source: "LKIP_IKU" },
  tahun: number,
  pilihan: PilihanKolom = {}
): IkuRead {
  const h = resolveHeaders(range, tahun, pilihan);
  const k = h.columns;
  // WORKBOOK.md: the end-of-period target serves as Target Renstra in the Renstra's last year.
  const tahunAkhir = h.tahunKolom.targetAkhirRenstra ?? null;
  const akhirSebagaiRenstra =
    k.targetRenstra === undefined && k.targetAkhirRenstra !== undefined && tahunAkhir === tahun;
  const renstraCol = akhirSebagaiRenstra ? k.targetAkhirRenstra : k.targetRenstra;
  const out: IkuRead = {
    sasaran: [],
    indikatorTujuan: [],
    indikator: [],
    kualitatif: [],
    tahunLalu: h.tahunLalu.map((t) => t.tahun),
    kolom: {
      satuan: k.satuan !== undefined,
      formulasi: k.formulasi !== undefined,
      targetRenstra: renstraCol !== undefined,
      targetAkhirRenstra: k.targetAkhirRenstra !== undefined,
      bobot: false,
      tujuan: k.tujuan !== undefined,
      standarNasional: k.standarNasional !== undefined,
    },
    tahunRenstra:
      renstraCol === undefined
        ? null
        : akhirSebagaiRenstra
          ? tahunAkhir
          : (h.tahunKolom.targetRenstra ?? null),
    totalTertulis: [],
    usable: h.missing.length === 0,
    calon: kolomCalon(range, h),
    findings: [...h.findings],
    leftOut: [],
  };
  // Required, so found whenever the source is usable.
  const wajib = columnsFound(k, ["sasaran", "target", "realisasi"] as const);
  if (!out.usable || wajib === null) return out;

  // A Bobot column nobody filled is no weighting at all; once one weight is there, all are needed.
  const bobotCol = k.bobot;
  const bobotAktif =
    bobotCol !== undefined &&
    range.values.slice(1).some((row) => !isBlankCell(row[bobotCol] ?? null));
  out.kolom.bobot = bobotAktif;

  let current: LkipSasaran | null = null;
  // Rows under an Indikator merged from above: that one indicator's, no indicator row of their own.
  const shared = indicatorMergedRows(range, k.indikator);
  // Where each sasaran was written, and those with an indicator row: none is dropped silently.
  const sasaranAt = new Map<LkipSasaran, { r: number; cell: CellRef }>();
  const withRows = new Set<LkipSasaran>();
  let lastKey: string | null = null;
  let tujuan: Cell<string> | null = null;
  // RULES §13: a tujuan's own indicators come before its first sasaran.
  let sasaranDalamTujuan = false;
  let milikTujuan: LkipTujuanIndikator | null = null;
  let urutan = 0;
  // A tujuan band starts a new sasaran on the next row, as a new Tujuan cell does.
  let tujuanDariPita = false;
  const valueCols = new Set<number>([
    ...VALUE_COLUMNS.flatMap((key) => (k[key] !== undefined ? [k[key]] : [])),
    ...h.tahunLalu.map((t) => t.col),
  ]);
  const heading = (c: number) => !valueCols.has(c);
  const sasaranDuaTingkat = twoLevels(range.values[0]?.[wajib.sasaran] ?? null)?.[0] === "tujuan";
  const sasaranKeys = new Set(
    range.values.slice(1).flatMap((row) => {
      const c = row[wajib.sasaran];
      return typeof c === "string" && c.trim() !== "" ? [sameTextKey(namedLevel(c).teks)] : [];
    })
  );
  /** The next row that is neither blank nor a band: does it name its own sasaran? */
  const nextNamesSasaran = (from: number): boolean => {
    for (let q = from + 1; q < range.values.length; q++) {
      const row = range.values[q];
      if (row.every((cell) => isBlankCell(cell))) continue;
      if (bandOf(row, heading)) return true;
      return !isBlankCell(row[wajib.sasaran] ?? null);
    }
    return false;
  };
  /** The next row that is not blank: a data row (no band) with a Sasaran of its own. */
  const nextRowHasSasaran = (from: number): boolean => {
    const row = range.values.slice(from + 1).find((x) => !x.every((cell) => isBlankCell(cell)));
    return row !== undefined && !bandOf(row, heading) && !isBlankCell(row[wajib.sasaran] ?? null);
  };
  // WORKBOOK.md "Layouts as printed": a tujuan or sasaran band heads the rows below it.
  const readBand = (row: RowReader, band: Band, r: number) => {
    const named = namedLevel(band.teks);
    let jenis: "tujuan" | "sasaran";
    let dianggap = false;
    if (named.jenis === "tujuan" || named.jenis === "sasaran") jenis = named.jenis;
    // Under an Indikator merged from above the row is no band: it names a sasaran sharing it.
    else if (shared.has(r) && band.col === wajib.sasaran) jenis = "sasaran";
    else if (band.col === k.tujuan || (band.col === wajib.sasaran && sasaranDuaTingkat))
      jenis = "tujuan";
    else if (band.col === wajib.sasaran && k.tujuan === undefined && nextRowHasSasaran(r)) {
      // WORKBOOK: with no Tujuan column, a band above a row naming its own sasaran is a tujuan
      // (read as that sasaran it would have no indicator); said at its cell, as it is assumed.
      jenis = "tujuan";
      dianggap = true;
    } else if (band.col === wajib.sasaran) jenis = "sasaran";
    else {
      // The reader cannot tell from the row itself: it says what it assumed, at the cell.
      dianggap = true;
      jenis =
        !sasaranKeys.has(sameTextKey(named.teks)) && nextNamesSasaran(r) ? "tujuan" : "sasaran";
    }
    const cell = { value: named.teks, lokasi: row.addr(band.col) };
    if (dianggap)
      out.findings.push(
        temuan(
          "BARIS_PITA",
          { jenis, teks: named.teks },
          { sumber: "LKIP_IKU", cell: row.ref(band.col), tertulis: band.teks }
        )
      );
    if (jenis === "tujuan") {
      // As a new Tujuan cell: the sasaran above are not continued, and the tujuan's own
      // indicators (RULES §13) may follow before its first sasaran.
      tujuan = cell;
      tujuanDariPita = true;
      out.kolom.tujuan = true;
      sasaranDalamTujuan = false;
      milikTujuan = null;
      current = null;
      lastKey = null;
      return;
    }
    sasaranDalamTujuan = true;
    current = {
      nomor: out.sasaran.length + 1,
      teks: named.teks,
      lokasi: cell.lokasi,
      indikator: [],
      kualitatif: [],
      tujuan,
    };
    out.sasaran.push(current);
    sasaranAt.set(current, { r, cell: row.ref(band.col) });
    lastKey = sameTextKey(named.teks);
    tujuanDariPita = false;
  };
  // Printed totals (src/core/README.md §11): what was read since the previous one.
  const dibaca: { angka: number[]; kualitatif: number[]; leftOut: string[] } = {
    angka: [],
    kualitatif: [],
    leftOut: [],
  };
  /**
   * Ends an indicator row, numeric or qualitative alike: its findings out, then the row left out
   * (a problem, a value missing, no owner) or numbered under its owner.
   */
  const place = (row: RowReader, r: number, ofTujuan: boolean, item: Placed): void => {
    row.sebutTotal(() => miripTotal(range.values[r]));
    out.findings.push(...row.problems, ...row.valueProblems);
    if (!ofTujuan && current) withRows.add(current);
    const pemilik = ofTujuan ? milikTujuan : current;
    const fields = "angka" in item ? item.angka : item.kualitatif;
    if (row.problems.length > 0 || pemilik === null || !fields) {
      out.leftOut.push({ source: "LKIP_IKU", lokasi: row.rowAddr(), temuan: row.problems });
      dibaca.leftOut.push(row.rowAddr());
      return;
    }
    const head = { urutan: urutan++, ...milik(ofTujuan ? milikTujuan : null, current) };
    if ("angka" in item && item.angka) {
      const index = out.indikator.length;
      pemilik.indikator.push(index);
      dibaca.angka.push(index);
      out.indikator.push({ index, ...head, ...item.angka, row: row.rowAddr() });
    } else if ("kualitatif" in item && item.kualitatif) {
      const index = out.kualitatif.length;
      pemilik.kualitatif.push(index);
      dibaca.kualitatif.push(index);
      out.kualitatif.push({ index, ...head, ...item.kualitatif, row: row.rowAddr() });
    }
  };
  walkRows(
    range,
    "LKIP_IKU",
    {
      target: k.target,
      realisasi: k.realisasi,
      capaian: k.capaian,
      predikat: k.predikat,
      kategori: k.kategori,
    },
    {
      read: () => dibaca.angka,
      readKualitatif: () => dibaca.kualitatif,
      leftOut: () => dibaca.leftOut,
    },
    out.totalTertulis,
    (row, r) => {
      // Tujuan: like Sasaran, a blank cell continues the one above; a new Tujuan starts a new sasaran.
      const tCell = row.cell(k.tujuan);
      let tujuanBaru = tujuanDariPita;
      if (k.tujuan !== undefined && cellError(tCell) === null && !isBlankCell(tCell)) {
        const teks = cellText(tCell);
        tujuanBaru = tujuan === null || sameTextKey(teks) !== sameTextKey(tujuan.value);
        if (tujuanBaru) {
          tujuan = { value: teks, lokasi: row.addr(k.tujuan) };
          sasaranDalamTujuan = false;
          milikTujuan = null;
          current = null; // a new tujuan never continues the last one's sasaran
          lastKey = null;
        }
      }

      // Sasaran: a blank cell under a filled one continues it (a merged cell reads blank below its top).
      const sCell = row.cell(k.sasaran);
      // RULES §13: Tujuan given, Indikator given, Sasaran empty, no sasaran yet in this tujuan.
      const tujuanIni = tujuan;
      const indikatorTujuan =
        tujuanIni !== null &&
        !sasaranDalamTujuan &&
        cellError(sCell) === null &&
        isBlankCell(sCell) &&
        !isBlankCell(row.cell(k.indikator));
      if (indikatorTujuan) {
        if (milikTujuan === null) {
          const t: LkipTujuanIndikator = { tujuan: tujuanIni, indikator: [], kualitatif: [] };
          milikTujuan = t;
          out.indikatorTujuan.push(t);
        }
      } else if (cellError(sCell) === null && !isBlankCell(sCell)) {
        sasaranDalamTujuan = true;
        const teks = namedLevel(cellText(sCell)).teks;
        const key = sameTextKey(teks);
        if (current === null || key !== lastKey || tujuanBaru) {
          current = {
            nomor: out.sasaran.length + 1,
            teks,
            lokasi: row.addr(wajib.sasaran),
            indikator: [],
            kualitatif: [],
            tujuan,
          };
          out.sasaran.push(current);
          sasaranAt.set(current, { r, cell: row.ref(wajib.sasaran) });
          lastKey = key;
          tujuanDariPita = false;
        }
      } else if (current === null || cellError(sCell) !== null) {
        row.text(k.sasaran, "Sasaran", true); // records the blank or the Excel error
      }

      if (shared.has(r)) return void out.findings.push(...row.problems);
      const nama = row.text(k.indikator, "Indikator", true);
      const satuan = row.text(k.satuan, "Satuan", false);
      const formulasi = row.text(k.formulasi, "Formulasi", false);
      const noCell = row.cell(k.no);
      const no: LkipIndikator["no"] =
        k.no !== undefined && !isBlankCell(noCell) && cellError(noCell) === null
          ? {
              value: typeof noCell === "number" ? noCell : cellText(noCell),
              lokasi: row.addr(k.no),
            }
          : null;
      const tertulis: TertulisIku = {};
      for (const key of TERTULIS) {
        const cell = row.raw(k[key]);
        if (cell) tertulis[key] = cell;
      }

      // src/core/README.md §10: target and realisasi both words, not numbers: a qualitative indicator.
      const tRaw = row.cell(k.target);
      const rRaw = row.cell(k.realisasi);
      // A label with a score on both sides is numeric (below); on one side only, qualitative on labels.
      if (isKualitatif(tRaw, rRaw) && scoredPair(tRaw, rRaw) === null) {
        place(row, r, indikatorTujuan, {
          kualitatif: nama && {
            no,
            nama,
            satuan,
            formulasi,
            target: { value: cellText(tRaw).trim(), lokasi: row.addr(wajib.target) },
            realisasi: { value: cellText(rRaw).trim(), lokasi: row.addr(wajib.realisasi) },
            tertulis,
          },
        });
        return;
      }

      // RULES §10: "Level 3 (3,35)" against "Level 3 (3,157)" is numeric on the two scores.
      const skor = scoredPair(tRaw, rRaw);
      const target: LkipIndikator["target"] | null = skor
        ? { value: skor.target.score, lokasi: row.addr(wajib.target), label: cellText(tRaw).trim() }
        : row.decimal(k.target, "Target", true);
      const realisasi: LkipIndikator["realisasi"] | null = skor
        ? {
            value: skor.realisasi.score,
            lokasi: row.addr(wajib.realisasi),
            label: cellText(rRaw).trim(),
          }
        : row.decimal(k.realisasi, "Realisasi", true);
      if (skor) {
        const angka = (d: typeof skor.target.score) => formatAngka(d, d.decimalPlaces());
        // §0: "(3.157)" is read as thousands like every single-dot text, and said so at its cell.
        for (const [sisi, kolom, c, cell] of [
          [skor.target, "Target", wajib.target, tRaw],
          [skor.realisasi, "Realisasi", wajib.realisasi, rRaw],
        ] as const)
          if (sisi.ribuanTitik)
            row.valueProblems.push(
              temuan(
                "TITIK_RIBUAN",
                { kolom, tertulis: cellText(cell).trim(), dibaca: angka(sisi.score) },
                {
                  sumber: "LKIP_IKU",
                  cell: row.ref(c),
                  tertulis: cellText(cell).trim(),
                  hitung: angka(sisi.score),
                }
              )
            );
        row.valueProblems.push(
          temuan(
            "SKOR_DIBACA",
            {
              target: cellText(tRaw).trim(),
              realisasi: cellText(rRaw).trim(),
              skorTarget: angka(skor.target.score),
              skorRealisasi: angka(skor.realisasi.score),
              realisasiDi: row.ref(wajib.realisasi),
            },
            { sumber: "LKIP_IKU", cell: row.ref(wajib.target), tertulis: cellText(tRaw).trim() }
          )
        );
      }
      const arah = readArah(row, k.arah);
      if (target && realisasi && arah)
        checkTarget(row, wajib.target, target.value, realisasi.value, arah.value);
      const bobot = bobotAktif ? row.decimal(bobotCol, "Bobot", true) : null;
      if (bobot && bobot.value.isNegative() && bobotCol !== undefined) {
        row.problem("BOBOT_NEGATIF", {}, bobotCol, range.values[r][bobotCol]);
      }

      const tahunLalu = h.tahunLalu.flatMap(({ tahun: y, col }) => {
        const nilai = row.decimal(col, `Realisasi ${y}`, false);
        return nilai ? [{ tahun: y, nilai }] : [];
      });
      const targetRenstra = row.decimal(renstraCol, "Target Renstra", false);
      const targetAkhirRenstra = akhirSebagaiRenstra
        ? targetRenstra
        : row.decimal(k.targetAkhirRenstra, "Target Akhir Renstra", false);
      const standarNasional = readStandar(row, k.standarNasional);

      place(row, r, indikatorTujuan, {
        angka: nama &&
          target &&
          realisasi &&
          arah && {
            no,
            nama,
            satuan,
            formulasi,
            arah,
            target,
            realisasi,
            tahunLalu,
            targetRenstra,
            targetAkhirRenstra,
            bobot,
            standarNasional,
            tertulis,
          },
      });
    },
    { band: { heading, read: readBand } }
  );
  // A sasaran row with no indicator row under it is said at its cell (info when it lies under an
  // Indikator merged from above: that one indicator is listed once, under its top row's sasaran).
  for (const s of out.sasaran) {
    const at = sasaranAt.get(s);
    if (!at || withRows.has(s)) continue;
    const top = shared.get(at.r);
    const indikator =
      top === undefined || k.indikator === undefined
        ? undefined
        : { sheet: range.sheet, row: range.row + top, col: range.col + k.indikator };
    out.findings.push(
      temuan(
        "SASARAN_TANPA_INDIKATOR",
        { teks: s.teks, ...(indikator ? { indikator } : {}) },
        { sumber: "LKIP_IKU", cell: at.cell }
      )
    );
  }
  if (out.indikator.length === 0 && out.kualitatif.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan(
        "SUMBER_KOSONG",
        { sumber: "LKIP_IKU" },
        { sumber: "LKIP_IKU", cell: sourceRef(range) }
      )
    );
  }
  // All Bobot 0: a weighted mean has no denominator. Say so instead of silently dropping the row.
  if (bobotAktif && out.indikator.length > 0 && out.indikator.every((i) => i.bobot?.value.isZero()))
    out.findings.push(
      temuan("BOBOT_SEMUA_NOL", {}, { sumber: "LKIP_IKU", cell: sourceRef(range) })
    );
  return out;
}

/** Standar Nasional: a number when it reads as one (RULES §0), else the text as written. */
function readStandar(row: RowReader, c: number | undefined): LkipIndikator["standarNasional"] {
  if (c === undefined || isBlankCell(row.cell(c)) || cellError(row.cell(c)) !== null) return null;
  const cell = row.cell(c);
  const address = row.addr(c);
  if (typeof cell === "number") return row.decimal(c, "Standar Nasional", false);
  const text = cellText(cell).trim();
  try {
    return { value: toDecimal(text, "Standar Nasional"), lokasi: address };
  } catch {
    return { value: text, lokasi: address };
  }
}

/** Whose indicator a row is: its tujuan's own (RULES §13, sasaran 0) or its sasaran's. */
function milik(
  t: LkipTujuanIndikator | null,
  s: LkipSasaran | null
): { sasaran: number; tujuan?: Cell<string> } {
  return t ? { sasaran: 0, tujuan: t.tujuan } : { sasaran: s?.nomor ?? 0 };
}

export function readArah(
  row: RowReader,
  c: number | undefined
): { value: Arah; lokasi: string | null } | null {
  if (c === undefined) return { value: "naik", lokasi: null };
  const cell = row.cell(c);
  if (cellError(cell) !== null) {
    row.text(c, "Arah", true);
    return null;
  }
  try {
    return { value: parseArah(cell), lokasi: isBlankCell(cell) ? null : row.addr(c) };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    row.problem("ARAH_TIDAK_DIKENAL", { tertulis: cellText(cell), inti: e.reason }, c, cell);
    return null;
  }
}

/** The ratio needs a positive target (src/core/README.md §2); core's capaian says which case it is. */
function checkTarget(
  row: RowReader,
  c: number,
  target: LkipIndikator["target"]["value"],
  realisasi: LkipIndikator["realisasi"]["value"],
  arah: Arah
): void {
  const e = capaianError(target, realisasi, arah);
  if (e !== null) {
    const cell = row.cell(c);
    if (e.code === "#DIV/0!") {
      row.problem("TARGET_NOL", {}, c, cell);
    } else if (e.code === "#NUM!") {
      row.problem("CAPAIAN_TAK_HINGGA", { inti: e.reason }, c, cell);
    } else {
      row.problem("TARGET_NEGATIF", { inti: e.reason }, c, cell);
    }
  }
}
