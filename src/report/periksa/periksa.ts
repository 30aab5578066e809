/**
 * periksa: the checker (Pemeriksaan). Pure; the task pane and `lkip periksa` both use it. It
 * returns the model's reading findings and its own, galat first, then by position in the workbook.
 */
import { compute } from "../compute";
import type { LkipHasil } from "../compute";
import { periksaAnggaran } from "./anggaran";
import { periksaIku } from "./iku";
import { periksaTotal } from "./totals";
import { periksaTriwulan } from "./triwulan";
import type { LkipModel } from "../model";
import { SOURCE_NAMES, compareTingkat, parseRef } from "../contract";
import type { Finding } from "../contract";

export function periksa(model: LkipModel, hasil: LkipHasil = compute(model)): Finding[] {
  const findings = [
    ...model.findings,
    ...periksaIku(model, hasil),
    ...periksaAnggaran(model, hasil),
    ...periksaTotal(model, hasil),
    ...periksaTriwulan(model),
  ];
  return urutkan(findings, urutanSheet(model));
}

/** The sources' sheets in the order the report reads them (IKU, ANGGARAN, INFO, BELANJA). */
function urutanSheet(model: LkipModel): string[] {
  const out: string[] = [];
  for (const name of SOURCE_NAMES) {
    const ref = parseRef(model.sumber[name]?.lokasi ?? "");
    if (ref && !out.includes(ref.sheet)) out.push(ref.sheet);
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
    const p = f.cell;
    return { f, i, key: p ? [sheetRank(p.sheet), p.row, p.col] : [-1, 0, 0] };
  });
  keyed.sort((a, b) => {
    const t = compareTingkat(a.f.tingkat, b.f.tingkat);
    if (t !== 0) return t;
    for (let k = 0; k < 3; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
    return a.i - b.i;
  });
  return keyed.map((x) => x.f);
}
