import type { Finding, Tingkat } from "../report";

// The list itself is made in src/report (shared with the browser page, lkip.html).
export { allFindings } from "../report";

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
