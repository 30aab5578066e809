import { periksa, readModel, temuan } from "../report";
import type { Finding } from "../report";
import { count, findingJson, formatFinding } from "./findings";
import { line, type Io } from "./io";
import { readInput } from "./read-input";

export interface PeriksaOptions {
  input: string;
  json: boolean;
}

/** `lkip periksa`: 0 = no galat, 1 = galat found or the file unreadable, 2 = usage (in main). */
export async function runPeriksa(opts: PeriksaOptions, io: Io): Promise<number> {
  const read = await readInput(opts.input);
  let findings: Finding[];
  if (!read.ok) {
    // With --json stdout stays one JSON array even now, so a script can always parse it.
    findings = [temuan("BERKAS_TIDAK_TERBACA", { berkas: opts.input, gagal: read.gagal })];
    if (!opts.json) {
      line(io.stderr, read.pesan);
      return 1;
    }
  } else {
    // The reading problems and the checker's, galat first (one severity order, TINGKAT_ORDER).
    findings = periksa(readModel(read.loaded.raw));
  }
  const galat = count(findings, "galat");
  if (opts.json) {
    io.stdout.write(JSON.stringify(findings.map(findingJson), null, 2) + "\n");
    return galat > 0 ? 1 : 0;
  }
  line(io.stdout, `Pemeriksaan ${opts.input}`);
  if (findings.length === 0) {
    line(io.stdout, "  Tidak ada temuan.");
    return 0;
  }
  for (const f of findings) line(io.stdout, formatFinding(f));
  line(io.stdout);
  line(
    io.stdout,
    `${findings.length} temuan: ${galat} galat, ${count(findings, "peringatan")} peringatan, ${count(findings, "info")} info.`
  );
  return galat > 0 ? 1 : 0;
}
