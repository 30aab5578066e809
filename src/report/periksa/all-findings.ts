import type { Finding, Tingkat } from "../contract";
import type { LkipModel } from "../model";
import { periksa } from "./periksa";

type Checker = (model: LkipModel) => Finding[];

/**
 * Everything `lkip periksa` and the browser page report. The reading problems are in the model;
 * the checker plugs in as one more entry here.
 */
const CHECKERS: Checker[] = [(model) => periksa(model)];

const ORDER: Record<Tingkat, number> = { galat: 0, peringatan: 1, info: 2 };

/** All findings, each once (a checker may repeat the reading problems), galat first. */
export function allFindings(model: LkipModel): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const check of CHECKERS) {
    for (const f of check(model)) {
      const key = `${f.kode}\u0000${f.lokasi}\u0000${f.pesan}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.tingkat] - ORDER[b.f.tingkat] || a.i - b.i)
    .map((x) => x.f);
}
