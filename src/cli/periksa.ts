import { periksa, periksaNaskah, readModel, sortByTingkat, temuan } from "../report";
import type { Finding } from "../report";
import { count, findingJsonIn, formatFinding } from "./findings";
import { line, type Io } from "./io";
import { readInput } from "./read-input";
import { readNaskahFile } from "./read-naskah";
import { wordsOf } from "./lang";

export interface PeriksaOptions {
  input: string;
  json: boolean;
  /** The report's text (.docx or .pdf) to check against the workbook (RULES §15). */
  laporan?: string;
}

/** `lkip periksa`: 0 = no galat, 1 = galat found or the file unreadable, 2 = usage (in main). */
export async function runPeriksa(opts: PeriksaOptions, io: Io): Promise<number> {
  const lang = io.lang ?? "id";
  const w = wordsOf(io).periksa;
  const read = await readInput(opts.input, [], lang);
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
    const model = readModel(read.loaded.raw);
    findings = periksa(model);
    if (opts.laporan !== undefined) {
      // The naskah's findings join the workbook's, in paragraph order within each severity.
      const n = await readNaskahFile(opts.laporan);
      const naskah = n.ok
        ? periksaNaskah(model, n.naskah)
        : [temuan("NASKAH_TIDAK_TERBACA", { berkas: opts.laporan, masalah: n.masalah })];
      findings = sortByTingkat([...findings, ...naskah]);
    }
  }
  const galat = count(findings, "galat");
  if (opts.json) {
    io.stdout.write(JSON.stringify(findings.map(findingJsonIn(lang)), null, 2) + "\n");
    return galat > 0 ? 1 : 0;
  }
  line(
    io.stdout,
    opts.laporan !== undefined ? w.headingNaskah(opts.input, opts.laporan) : w.heading(opts.input)
  );
  if (findings.length === 0) {
    line(io.stdout, w.none);
    return 0;
  }
  for (const f of findings) line(io.stdout, formatFinding(f, lang));
  line(io.stdout);
  line(
    io.stdout,
    w.summary(findings.length, galat, count(findings, "peringatan"), count(findings, "info"))
  );
  return galat > 0 ? 1 : 0;
}
