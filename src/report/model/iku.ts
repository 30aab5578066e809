/** LKIP_IKU rows → sasaran and indikator (WORKBOOK.md), every problem a finding at its cell. */
import { LkipError, capaian, isKualitatif, parseArah } from "../../core";
import type { Arah } from "../../core";
import { RowReader, cellError, cellText, isBlankCell, sameTextKey, sourceRef } from "./row-reader";
import { columnsFound, kolomCalon, resolveHeaders } from "./columns";
import type { PilihanKolom } from "./columns";
import { cakupan, labelTotal, miripTotal, totalTertulis } from "./totals";
import type {
  BarisDitinggal,
  KolomCalon,
  LkipIndikator,
  LkipIndikatorKualitatif,
  LkipModel,
  LkipSasaran,
  Sel,
  TertulisIku,
  TotalTertulis,
} from "./types";
import { temuan } from "../contract";
import type { Finding, RawRange } from "../contract";

export interface IkuRead {
  sasaran: LkipSasaran[];
  indikator: LkipIndikator[];
  kualitatif: LkipIndikatorKualitatif[];
  tahunLalu: number[];
  kolom: LkipModel["kolomIku"];
  tahunRenstra: number | null;
  totalTertulis: TotalTertulis[];
  usable: boolean;
  calon: KolomCalon[];
  findings: Finding[];
  leftOut: BarisDitinggal[];
}

const TERTULIS = ["capaian", "predikat", "kategori", "efisiensi", "serapan"] as const;

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
  let lastKey: string | null = null;
  let tujuan: Sel<string> | null = null;
  let urutan = 0;
  // Printed totals (src/core/README.md §11): what was read since the previous one.
  const dibaca: { angka: number[]; kualitatif: number[]; ditinggal: string[] } = {
    angka: [],
    kualitatif: [],
    ditinggal: [],
  };
  const sejak = { angka: 0, kualitatif: 0, ditinggal: 0 };
  for (let r = 1; r < range.values.length; r++) {
    const row = new RowReader(range, r);
    if (row.isBlankRow()) continue;

    const label = labelTotal(range.values[r]);
    if (label) {
      out.totalTertulis.push(
        totalTertulis(
          row,
          label,
          "LKIP_IKU",
          {
            target: k.target,
            realisasi: k.realisasi,
            capaian: k.capaian,
            predikat: k.predikat,
            kategori: k.kategori,
          },
          {
            cakupan: cakupan(label, sejak.angka, dibaca.angka),
            cakupanKualitatif: cakupan(label, sejak.kualitatif, dibaca.kualitatif),
            ditinggal: cakupan(label, sejak.ditinggal, dibaca.ditinggal),
          }
        )
      );
      sejak.angka = dibaca.angka.length;
      sejak.kualitatif = dibaca.kualitatif.length;
      sejak.ditinggal = dibaca.ditinggal.length;
      continue;
    }

    // Tujuan: like Sasaran, a blank cell continues the one above; a new Tujuan starts a new sasaran.
    const tCell = row.cell(k.tujuan);
    let tujuanBaru = false;
    if (k.tujuan !== undefined && cellError(tCell) === null && !isBlankCell(tCell)) {
      const teks = cellText(tCell);
      tujuanBaru = tujuan === null || sameTextKey(teks) !== sameTextKey(tujuan.value);
      if (tujuanBaru) tujuan = { value: teks, lokasi: row.addr(k.tujuan) };
    }

    // Sasaran: a blank cell under a filled one continues it (a merged cell reads blank below its top).
    const sCell = row.cell(k.sasaran);
    if (cellError(sCell) === null && !isBlankCell(sCell)) {
      const teks = cellText(sCell);
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
        lastKey = key;
      }
    } else if (current === null || cellError(sCell) !== null) {
      row.text(k.sasaran, "Sasaran", true); // records the blank or the Excel error
    }

    const nama = row.text(k.indikator, "Indikator", true);
    const satuan = row.text(k.satuan, "Satuan", false);
    const formulasi = row.text(k.formulasi, "Formulasi", false);
    const noCell = row.cell(k.no);
    const no: LkipIndikator["no"] =
      k.no !== undefined && !isBlankCell(noCell) && cellError(noCell) === null
        ? { value: typeof noCell === "number" ? noCell : cellText(noCell), lokasi: row.addr(k.no) }
        : null;
    const tertulis: TertulisIku = {};
    for (const key of TERTULIS) {
      const sel = row.raw(k[key]);
      if (sel) tertulis[key] = sel;
    }

    // src/core/README.md §10: target and realisasi both words, not numbers: a qualitative indicator.
    const tRaw = row.cell(k.target);
    const rRaw = row.cell(k.realisasi);
    if (isKualitatif(tRaw, rRaw)) {
      row.sebutTotal(miripTotal(range.values[r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      if (row.problems.length > 0 || current === null || !nama) {
        out.leftOut.push({ source: "LKIP_IKU", lokasi: row.rowAddr(), temuan: row.problems });
        dibaca.ditinggal.push(row.rowAddr());
        continue;
      }
      const index = out.kualitatif.length;
      current.kualitatif.push(index);
      dibaca.kualitatif.push(index);
      out.kualitatif.push({
        index,
        urutan: urutan++,
        sasaran: current.nomor,
        no,
        nama,
        satuan,
        formulasi,
        target: { value: cellText(tRaw).trim(), lokasi: row.addr(wajib.target) },
        realisasi: { value: cellText(rRaw).trim(), lokasi: row.addr(wajib.realisasi) },
        tertulis,
        baris: row.rowAddr(),
      });
      continue;
    }

    const target = row.decimal(k.target, "Target", true);
    const realisasi = row.decimal(k.realisasi, "Realisasi", true);
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

    row.sebutTotal(miripTotal(range.values[r]));
    out.findings.push(...row.problems, ...row.valueProblems);
    if (row.problems.length > 0 || current === null || !nama || !target || !realisasi || !arah) {
      out.leftOut.push({
        source: "LKIP_IKU",
        lokasi: row.rowAddr(),
        temuan: row.problems,
      });
      dibaca.ditinggal.push(row.rowAddr());
      continue;
    }
    const index = out.indikator.length;
    current.indikator.push(index);
    dibaca.angka.push(index);
    out.indikator.push({
      index,
      urutan: urutan++,
      sasaran: current.nomor,
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
      tertulis,
      baris: row.rowAddr(),
    });
  }
  if (out.indikator.length === 0 && out.kualitatif.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan("SUMBER_KOSONG", { sumber: "LKIP_IKU" }, { sumber: "LKIP_IKU", sel: sourceRef(range) })
    );
  }
  // All Bobot 0: a weighted mean has no denominator. Say so instead of silently dropping the row.
  if (bobotAktif && out.indikator.length > 0 && out.indikator.every((i) => i.bobot?.value.isZero()))
    out.findings.push(temuan("BOBOT_SEMUA_NOL", {}, { sumber: "LKIP_IKU", sel: sourceRef(range) }));
  return out;
}

function readArah(
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
  try {
    capaian(target, realisasi, arah);
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
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
