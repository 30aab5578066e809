import type { LkipModel } from "../report";
import { periksa } from "../report";
import type { Finding, Tingkat } from "../report";

type Checker = (model: LkipModel) => Finding[];

/**
 * Everything `lkip periksa` reports. The reading problems are in the model; the checker
 * (src/report/periksa.ts) plugs in as one more entry here.
 */
export const CHECKERS: Checker[] = [(model) => periksa(model)];

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

const LABEL: Record<Tingkat, string> = { galat: "GALAT", peringatan: "PERINGATAN", info: "INFO" };

/** One line per finding; the values written and computed are in the message itself (and in --json). */
export function formatFinding(f: Finding): string {
  const where = f.lokasi === "" ? "" : `${f.lokasi}: `;
  return `  ${LABEL[f.tingkat]} ${where}${f.pesan}`;
}

/** The JSON form of `periksa --json`: the Finding fields, in a fixed order. */
export function findingJson(f: Finding): Finding {
  const o: Finding = { tingkat: f.tingkat, kode: f.kode, pesan: f.pesan, lokasi: f.lokasi };
  if (f.nilai_tertulis !== undefined) o.nilai_tertulis = f.nilai_tertulis;
  if (f.nilai_hitung !== undefined) o.nilai_hitung = f.nilai_hitung;
  return o;
}

export function count(findings: Finding[], tingkat: Tingkat): number {
  return findings.filter((f) => f.tingkat === tingkat).length;
}
