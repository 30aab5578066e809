/**
 * LKIP_TRIWULAN rows → quarterly progress (WORKBOOK.md, RULES §14). One row per indicator, linked
 * by name to LKIP_IKU when that has it (Sasaran, Satuan, Arah and Target then come from there when
 * the row leaves them blank); alone it stands for itself. A blank quarter stays blank, never 0.
 */
import { LkipError, parseJenis, triwulanTerakhir } from "../../core";
import { refAddress, temuan } from "../contract";
import type { Finding, RawRange } from "../contract";
import { resolveHeaders, type Tw } from "./columns";
import { readArah } from "./iku";
import { RowReader, cellError, cellText, sameTextKey, sourceRef } from "./row-reader";
import { labelTotal } from "./totals";
import type {
  LeftOutRow,
  TriwulanRow,
  LkipIndikator,
  LkipSasaran,
  LkipTriwulan,
  Triwulanan,
} from "./types";

export interface TriwulanRead {
  triwulan: LkipTriwulan | null;
  findings: Finding[];
  leftOut: LeftOutRow[];
}

const TW: readonly Tw[] = [1, 2, 3, 4];
const ROMAN = ["I", "II", "III", "IV"];

/** `range` as read-model prepares it: one header row, RULES §9 and §12 applied (percent.ts, merges.ts). */
export function readTriwulan(
  range: RawRange & { source: "LKIP_TRIWULAN" },
  tahun: number,
  iku: { sasaran: LkipSasaran[]; indikator: LkipIndikator[]; ada: boolean }
): TriwulanRead {
  const h = resolveHeaders(range, tahun);
  const k = h.columns;
  const out: TriwulanRead = { triwulan: null, findings: [...h.findings], leftOut: [] };
  if (h.missing.length > 0) return out;
  const values = range.values;
  const src = range;
  const ikuByName = new Map<string, LkipIndikator>();
  for (const ind of iku.indikator) {
    const key = sameTextKey(ind.nama.value);
    if (!ikuByName.has(key)) ikuByName.set(key, ind);
  }

  const rows: TriwulanRow[] = [];
  let sasaranAtas: TriwulanRow["sasaran"] = null;
  for (let r = 1; r < values.length; r++) {
    const row = new RowReader(src, r);
    if (row.isBlankRow() || labelTotal(values[r])) continue;
    const nama = row.text(k.indikator, "Indikator", true);
    // A blank Sasaran under a filled one continues it, as a merged cell does (RULES §12).
    const sasaranSendiri = row.text(k.sasaran, "Sasaran", false);
    if (sasaranSendiri) sasaranAtas = sasaranSendiri;
    const quarters = (key: "targetTw" | "realisasiTw" | "anggaranTw", label: string) =>
      TW.map((n) =>
        row.decimal(k[`${key}${n}`], `${label} TW ${ROMAN[n - 1]}`, false)
      ) as Triwulanan;
    const realisasiTw = quarters("realisasiTw", "Realisasi");
    const targetTw = quarters("targetTw", "Target");
    const anggaranTw = quarters("anggaranTw", "Realisasi Anggaran");
    const arah = readArah(row, k.arah);
    const jenis = readJenis(row, k.jenis);
    const ownTarget = row.decimal(k.target, "Target", false);
    const pagu = row.decimal(k.pagu, "Pagu", false);
    const satuanSendiri = row.text(k.satuan, "Satuan", false);
    const noCell = row.raw(k.no);
    if (row.problems.length > 0 || !nama || !arah || !jenis) {
      out.findings.push(...row.problems, ...row.valueProblems);
      out.leftOut.push({ source: "LKIP_TRIWULAN", lokasi: row.rowAddr(), temuan: row.problems });
      continue;
    }
    const linked = ikuByName.get(sameTextKey(nama.value)) ?? null;
    if (!jenis.tertulis) {
      out.findings.push(
        temuan(
          "JENIS_KOSONG",
          { nama: nama.value },
          { sumber: "LKIP_TRIWULAN", cell: k.jenis !== undefined ? row.ref(k.jenis) : row.rowRef() }
        )
      );
    }
    if (iku.ada && linked === null) {
      out.findings.push(
        temuan(
          "TRIWULAN_TANPA_IKU",
          { nama: nama.value },
          { sumber: "LKIP_TRIWULAN", cell: row.ref(k.indikator!) }
        )
      );
    }
    out.findings.push(...row.valueProblems);
    const ikuSasaran = linked ? iku.sasaran.find((s) => s.nomor === linked.sasaran) : undefined;
    rows.push({
      index: rows.length,
      no:
        noCell && (typeof noCell.value === "number" || typeof noCell.value === "string")
          ? { value: noCell.value, lokasi: noCell.lokasi }
          : null,
      nama,
      sasaran:
        sasaranAtas ?? (ikuSasaran ? { value: ikuSasaran.teks, lokasi: ikuSasaran.lokasi } : null),
      satuan: satuanSendiri ?? linked?.satuan ?? null,
      arah: arah.lokasi === null && linked ? linked.arah : arah,
      jenis,
      target: ownTarget ?? linked?.target ?? null,
      targetTw,
      realisasiTw,
      pagu,
      anggaranTw,
      iku: linked?.index ?? null,
      row: row.rowAddr(),
    });
  }
  if (rows.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan(
        "SUMBER_KOSONG",
        { sumber: "LKIP_TRIWULAN" },
        { sumber: "LKIP_TRIWULAN", cell: sourceRef(range) }
      )
    );
  }
  const nilai = (q: Triwulanan) => q.map((s) => s?.value ?? null);
  out.triwulan = {
    rows: rows,
    adaTargetTw: rows.some((b) => b.targetTw.some((q) => q !== null)),
    adaAnggaran: k.pagu !== undefined || TW.some((n) => k[`anggaranTw${n}`] !== undefined),
    terakhir: triwulanTerakhir(rows.map((b) => nilai(b.realisasiTw))),
  };
  return out;
}

/** Jenis as written; blank → akhir (tertulis false); unknown → a problem leaving the row out. */
function readJenis(row: RowReader, c: number | undefined): TriwulanRow["jenis"] | null {
  if (c === undefined) return { value: "akhir", lokasi: null, tertulis: false };
  const cell = row.cell(c);
  if (cellError(cell) !== null) {
    row.text(c, "Jenis", true);
    return null;
  }
  try {
    const jenis = parseJenis(cell);
    return jenis === null
      ? { value: "akhir", lokasi: refAddress(row.ref(c)), tertulis: false }
      : { value: jenis, lokasi: row.addr(c), tertulis: true };
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    row.problem("JENIS_TIDAK_DIKENAL", { tertulis: cellText(cell) }, c, cell);
    return null;
  }
}
