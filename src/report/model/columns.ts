/**
 * Header matching (WORKBOOK.md): case-insensitive, ignoring spaces, dots, underscores and the
 * words "(%)"/"(Rp)"; aliases per source; column order free; unknown columns ignored.
 */
import { temuan } from "../contract";
import type { Finding, FindingParams, RawCell, RawRange, SourceName } from "../contract";

export type IkuKolom =
  | "sasaran"
  | "indikator"
  | "target"
  | "realisasi"
  | "no"
  | "satuan"
  | "formulasi"
  | "arah"
  | "targetRenstra"
  | "targetAkhirRenstra"
  | "bobot"
  // Typed by hand; only the checker compares them (an extension of WORKBOOK.md).
  | "capaian"
  | "predikat"
  | "kategori"
  | "efisiensi"
  | "serapan";
export type AnggaranKolom =
  "sasaran" | "program" | "kegiatan" | "subKegiatan" | "pagu" | "realisasi" | "serapan";
export type BelanjaKolom = "jenis" | "pagu" | "realisasi";

interface ColumnSpec<K extends string> {
  key: K;
  /** The name used in messages: the one WORKBOOK.md gives. */
  label: string;
  aliases: string[];
  required: boolean;
}

const col = <K extends string>(
  key: K,
  label: string,
  required: boolean,
  ...aliases: string[]
): ColumnSpec<K> => ({
  key,
  label,
  required,
  aliases: [label, ...aliases].map(normalizeHeader),
});

const IKU_COLUMNS: ColumnSpec<IkuKolom>[] = [
  col("sasaran", "Sasaran", true, "Sasaran Strategis"),
  col("indikator", "Indikator", true, "Indikator Kinerja", "IKU"),
  col("target", "Target", true),
  col("realisasi", "Realisasi", true),
  col("no", "No", false, "Nomor"),
  col("satuan", "Satuan", false, "Unit"),
  col("formulasi", "Formulasi", false, "Formula", "Rumus"),
  col("arah", "Arah", false, "Polaritas"),
  col("targetRenstra", "Target Renstra", false),
  col("targetAkhirRenstra", "Target Akhir Renstra", false),
  col("bobot", "Bobot", false, "Weight"),
  col("capaian", "Capaian", false),
  col("predikat", "Predikat", false),
  col("kategori", "Kategori", false),
  col("efisiensi", "Efisiensi", false),
  col("serapan", "Serapan", false),
];

const ANGGARAN_COLUMNS: ColumnSpec<AnggaranKolom>[] = [
  col("sasaran", "Sasaran", true, "No Sasaran"),
  col("program", "Program", true),
  col("kegiatan", "Kegiatan", false),
  col("subKegiatan", "Sub Kegiatan", false, "Subkegiatan"),
  col("pagu", "Pagu", true, "Pagu Anggaran", "Anggaran"),
  col("realisasi", "Realisasi", true, "Realisasi Anggaran"),
  col("serapan", "Serapan", false, "%", "Persen", "Persentase"),
];

const BELANJA_COLUMNS: ColumnSpec<BelanjaKolom>[] = [
  col("jenis", "Jenis Belanja", true, "Jenis"),
  col("pagu", "Pagu", true, "Anggaran", "Jumlah"),
  col("realisasi", "Realisasi", false),
];

/** "Pagu Anggaran (Rp)" → "paguanggaran"; "Realisasi_2023" → "realisasi2023". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\s*%\s*\)/g, "")
    .replace(/\(\s*rp\.?\s*\)/g, "")
    .replace(/[\s._]+/g, "");
}

/** Header text of a cell: numbers are texts too (a header "2023"); errors and blanks have none. */
function headerText(cell: RawCell): string | null {
  if (cell === null || typeof cell === "boolean" || typeof cell === "object") return null;
  const s = String(cell);
  return s.trim() === "" ? null : s;
}

/** Columns found, as 0-based offsets inside the range. */
export interface Headers<K extends string> {
  columns: Partial<Record<K, number>>;
  /** LKIP_IKU only: earlier years' Realisasi, year → column offset, years ascending. */
  tahunLalu: { tahun: number; col: number }[];
  /** Required columns that are missing (their WORKBOOK.md names). */
  missing: string[];
  findings: Finding[];
}

type Match<K> = { key: K } | { tahun: number } | null;

/** Year-bearing IKU headers depend on the report year (WORKBOOK.md LKIP_IKU). */
function matchIkuYear(norm: string, tahun: number): Match<IkuKolom> {
  if (norm === "realisasitahunlalu") return { tahun: tahun - 1 };
  let m = /^realisasi(\d{4})$/.exec(norm);
  if (m) {
    const y = Number(m[1]);
    if (y === tahun) return { key: "realisasi" };
    return y < tahun ? { tahun: y } : null;
  }
  m = /^target(\d{4})$/.exec(norm);
  if (m) return Number(m[1]) === tahun ? { key: "target" } : null;
  m = /^targetrenstra(\d{4})$/.exec(norm);
  if (m) return Number(m[1]) === tahun ? { key: "targetRenstra" } : null;
  return null;
}

const SOURCE_COLUMNS = {
  LKIP_IKU: IKU_COLUMNS,
  LKIP_ANGGARAN: ANGGARAN_COLUMNS,
  LKIP_BELANJA: BELANJA_COLUMNS,
} as const;

type Source = keyof typeof SOURCE_COLUMNS;
/** The column keys of a source: IkuKolom for LKIP_IKU, and so on. */
type KolomOf<S extends Source> = (typeof SOURCE_COLUMNS)[S][number]["key"];

export function resolveHeaders<S extends Source>(
  range: RawRange & { source: S },
  tahun: number
): Headers<KolomOf<S>> {
  const specs: ColumnSpec<string>[] =
    (SOURCE_COLUMNS as Record<string, ColumnSpec<string>[]>)[range.source] ?? [];
  const headerRow = range.values[0] ?? [];
  const out: Headers<string> = { columns: {}, tahunLalu: [], missing: [], findings: [] };
  const seen = new Map<string, number>(); // match id → first column

  headerRow.forEach((cell, c) => {
    const text = headerText(cell);
    if (text === null) return;
    const norm = normalizeHeader(text);
    let match: Match<string> = null;
    const spec = specs.find((s) => s.aliases.includes(norm));
    if (spec) match = { key: spec.key };
    else if (range.source === "LKIP_IKU") match = matchIkuYear(norm, tahun);
    if (match === null) return;
    const id = "key" in match ? match.key : `tahun:${match.tahun}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const firstText = headerText(headerRow[first]) ?? "";
      const at = (col: number) => ({ sheet: range.sheet, row: range.row, col: range.col + col });
      out.findings.push(
        temuan(
          "KOLOM_GANDA",
          { sumber: range.source, judul: text, judulPertama: firstText, pertama: at(first) },
          { sumber: range.source, sel: at(c), tertulis: text }
        )
      );
      return;
    }
    seen.set(id, c);
    if ("key" in match) out.columns[match.key] = c;
    else out.tahunLalu.push({ tahun: match.tahun, col: c });
  });
  out.tahunLalu.sort((a, b) => a.tahun - b.tahun);

  const width = Math.max(1, headerRow.length);
  for (const spec of specs) {
    if (!spec.required || out.columns[spec.key] !== undefined) continue;
    out.missing.push(spec.label);
    out.findings.push(
      temuan("KOLOM_TIDAK_ADA", missingParams(range.source, spec, tahun, out.tahunLalu), {
        sumber: range.source,
        sel: { sheet: range.sheet, row: range.row, col: range.col, rows: 1, cols: width },
      })
    );
  }
  return out;
}

function missingParams(
  source: SourceName,
  spec: ColumnSpec<string>,
  tahun: number,
  tahunLalu: { tahun: number }[]
): FindingParams<"KOLOM_TIDAK_ADA"> {
  const judul = [spec.label, ...aliasLabels(source, spec.key)].map((n) =>
    n.replace("{tahun}", String(tahun))
  );
  const p: FindingParams<"KOLOM_TIDAK_ADA"> = { sumber: source, kolom: spec.label, judul };
  if (source === "LKIP_IKU" && (spec.key === "realisasi" || spec.key === "target")) {
    p.tahun = tahun;
    if (spec.key === "realisasi" && tahunLalu.length > 0)
      p.tahunLalu = tahunLalu.map((t) => t.tahun);
  }
  return p;
}

const ALIAS_LABELS: Record<string, Record<string, string[]>> = {
  LKIP_IKU: {
    sasaran: ["Sasaran Strategis"],
    indikator: ["Indikator Kinerja", "IKU"],
    target: ["Target {tahun}"],
    realisasi: ["Realisasi {tahun}"],
  },
  LKIP_ANGGARAN: {
    sasaran: ["No Sasaran"],
    pagu: ["Pagu Anggaran", "Anggaran"],
    realisasi: ["Realisasi Anggaran"],
  },
  LKIP_BELANJA: { jenis: ["Jenis"], pagu: ["Anggaran", "Jumlah"] },
};

function aliasLabels(source: SourceName, key: string): string[] {
  return ALIAS_LABELS[source]?.[key] ?? [];
}
