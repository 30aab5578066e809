/**
 * periksa: the checker (Pemeriksaan). Pure; the task pane and `lkip periksa` both use it. It
 * returns the model's reading findings and its own, galat first, then by position in the workbook.
 */
import { compute } from "../compute";
import type { LkipHasil } from "../compute";
import { periksaAnggaran } from "./anggaran";
import { periksaIku } from "./iku";
import { periksaTotal } from "./totals";
import type { LkipModel } from "../model";
import { SOURCE_NAMES, parseA1Range, splitAddress } from "../contract";
import type { Finding, Tingkat } from "../contract";

export function periksa(model: LkipModel, hasil: LkipHasil = compute(model)): Finding[] {
  const findings = [
    ...model.findings,
    ...periksaIku(model, hasil),
    ...periksaAnggaran(model, hasil),
    ...periksaTotal(model, hasil),
  ];
  return urutkan(findings, urutanSheet(model));
}

const TINGKAT: Record<Tingkat, number> = { galat: 0, peringatan: 1, info: 2 };

interface Posisi {
  sheet: string;
  row: number;
  col: number;
}

/** Top-left cell of "'Data IKU'!G7" or "'Data IKU'!A2:H2"; null for "" or anything else. */
export function posisi(lokasi: string): Posisi | null {
  const { sheet, cell } = splitAddress(lokasi);
  const r = sheet === null ? null : parseA1Range(cell);
  return sheet !== null && r ? { sheet, row: r.row0 + 1, col: r.col0 + 1 } : null;
}

/** The sources' sheets in the order the report reads them (IKU, ANGGARAN, INFO, BELANJA). */
function urutanSheet(model: LkipModel): string[] {
  const out: string[] = [];
  for (const name of SOURCE_NAMES) {
    const p = posisi(model.sumber[name]?.lokasi ?? "");
    if (p && !out.includes(p.sheet)) out.push(p.sheet);
  }
  return out;
}

/** By tingkat, then workbook-wide findings (no cell), then sheet, row, column; stable otherwise. */
export function urutkan(findings: Finding[], sheets: string[] = []): Finding[] {
  const known = [...sheets];
  const sheetRank = (s: string) => {
    if (!known.includes(s)) known.push(s); // other sheets after, in order of first appearance
    return known.indexOf(s);
  };
  const keyed = findings.map((f, i) => {
    const p = posisi(f.lokasi);
    return { f, i, key: p ? [sheetRank(p.sheet), p.row, p.col] : [-1, 0, 0] };
  });
  keyed.sort((a, b) => {
    const t = TINGKAT[a.f.tingkat] - TINGKAT[b.f.tingkat];
    if (t !== 0) return t;
    for (let k = 0; k < 3; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
    return a.i - b.i;
  });
  return keyed.map((x) => x.f);
}
