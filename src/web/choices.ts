/**
 * lkip.html's answers to the reader's questions (issue 21), the page's `--kolom`, `--tahun` and
 * `--sumber`: which header is a missing required column, which year the report is for when
 * nothing names it, which of several equally good unnamed blocks is a source. The page cannot
 * write the user's workbook: the answers apply to the current file only, are shown as chosen on
 * the page, and a new upload starts without them. Pure (no DOM): the page and the worker use it.
 */
import {
  isTahun,
  parsePilihanSumber,
  refAddress,
  type LkipModel,
  type PilihanSumber,
  type SourceName,
} from "../report";

/** The answers given on the page for the file shown now. */
export interface PageChoices {
  tahun?: number;
  /** WORKBOOK column name → the header chosen ("Indikator" → "INDIKATOR TUJUAN"). */
  kolom: Record<string, string>;
  /** Source → the block chosen, as an address ("'Capaian IKU'!A3:H20"). */
  sumber: Partial<Record<SourceName, string>>;
}

export const noChoices = (): PageChoices => ({ kolom: {}, sumber: {} });

export const withKolom = (c: PageChoices, kolom: string, judul: string): PageChoices => ({
  ...c,
  kolom: { ...c.kolom, [kolom]: judul },
});

/** The year typed; null when it is no year (the page says so and keeps the question). */
export function withTahun(c: PageChoices, text: string): PageChoices | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t) || !isTahun(Number(t))) return null;
  return { ...c, tahun: Number(t) };
}

export const withSumber = (c: PageChoices, source: SourceName, address: string): PageChoices => ({
  ...c,
  sumber: { ...c.sumber, [source]: address },
});

/** The answers as the tables pipeline takes them (the same as `lkip --tahun --kolom --sumber`). */
export function pipelineChoice(c: PageChoices): {
  tahun?: number;
  kolom?: Record<string, string>;
  sumber?: PilihanSumber[];
} {
  const sumber = Object.entries(c.sumber).flatMap(([source, address]) => {
    const p = parsePilihanSumber(`${source}=${address}`);
    return p ? [p] : [];
  });
  return {
    ...(c.tahun !== undefined ? { tahun: c.tahun } : {}),
    ...(Object.keys(c.kolom).length > 0 ? { kolom: { ...c.kolom } } : {}),
    ...(sumber.length > 0 ? { sumber } : {}),
  };
}

/** The reader's questions about one file (words are the page's; these are headers and cells). */
export interface PageQuestions {
  kolom: {
    sumber: SourceName;
    kolom: string;
    calon: { judul: string; lokasi: string }[];
  }[];
  /** No year anywhere (TAHUN_TIDAK_ADA): the page asks for one, once no table is in question. */
  tahun: boolean;
  sumber: { sumber: SourceName; calon: string[] }[];
}

export function questionsOf(model: LkipModel): PageQuestions {
  const seen = new Set<string>();
  const kolom = model.kolomCalon.filter((q) => {
    const key = `${q.sumber}|${q.kolom}`;
    if (q.calon.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sumber = model.findings.flatMap((f) =>
    f.kode === "SUMBER_CALON"
      ? [{ sumber: f.param.sumber, calon: f.param.calon.map((r) => refAddress(r)) }]
      : []
  );
  // The year waits for the table: the block chosen may name it in its headers ("Target 2024").
  return { kolom, tahun: model.tahunAsal?.jenis === "tidakAda" && sumber.length === 0, sumber };
}

/** What was chosen, one line each, in the page's words (shown as chosen on this page). */
export function chosenLines(
  c: PageChoices,
  t: {
    chosenKolom: (kolom: string, judul: string) => string;
    chosenTahun: (tahun: number) => string;
    chosenSumber: (sumber: string, address: string) => string;
  }
): string[] {
  return [
    ...Object.entries(c.sumber).map(([s, a]) => t.chosenSumber(s, a ?? "")),
    ...Object.entries(c.kolom).map(([k, j]) => t.chosenKolom(k, j)),
    ...(c.tahun !== undefined ? [t.chosenTahun(c.tahun)] : []),
  ];
}
