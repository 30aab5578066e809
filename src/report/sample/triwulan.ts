/**
 * The sample's quarterly sheet (LKIP_TRIWULAN, WORKBOOK.md; RULES §14). The report prints no
 * quarters, so TW I–III are invented, labelled so above the table, and TW IV is derived from the
 * year's figures by the indicator's jenis, so that realisasi (and target) s.d. TW IV is exactly the
 * year's and the checker finds no mismatch with LKIP_IKU.
 */
import { Decimal, jumlah, type JenisTriwulan } from "../../core";
import type { InputWorkbookPlan, Lang } from "../contract";
import type { Contoh } from "./sample";
import { quarterHeaders } from "./template";
import en from "./sample.en";
import id from "./sample.id";

type Sheet = InputWorkbookPlan["sheets"][number];

/** Invented TW I–III per indicator of contoh.json, in its order; TW IV follows from the year. */
const INVENTED: { jenis: JenisTriwulan; target: string[]; realisasi: string[] }[] = [
  // A coverage % is a position: the last value stands.
  { jenis: "akhir", target: ["40", "52", "61"], realisasi: ["48.35", "66.1", "81.42"] },
  // Each quarter's newly able PPKS add to the year's share.
  { jenis: "kumulatif", target: ["0.3", "0.33", "0.34"], realisasi: ["0.12", "0.19", "0.21"] },
  // Quarterly internal SAKIP reviews, averaged.
  {
    jenis: "rata-rata",
    target: ["71.86", "71.86", "71.86"],
    realisasi: ["71.52", "71.78", "72.05"],
  },
];

/** Share of the year's spending in TW I–III; TW IV is the rest. */
const SPENDING = ["0.15", "0.25", "0.27"];

/** TW IV such that the figure s.d. TW IV by jenis is `year` (RULES §14). */
function lastQuarter(jenis: JenisTriwulan, first: Decimal[], year: Decimal): Decimal {
  if (jenis === "akhir") return year;
  if (jenis === "kumulatif") return year.minus(jumlah(first));
  return year.times(first.length + 1).minus(jumlah(first));
}

const ROMAN = ["I", "II", "III", "IV"];
/** Where the table starts: under the note and one blank row. */
export const TRIWULAN_AT = { row: 2, col: 0 } as const;

export function triwulanSheet(
  name: string,
  c: Contoh,
  budget: (sasaranNo: number) => { pagu: Decimal; realisasi: Decimal },
  opts: { rumus: boolean; lang: Lang }
): { sheet: Sheet; cols: number } {
  const header = [
    "No",
    "Indikator",
    "Jenis",
    ...quarterHeaders("Target"),
    ...quarterHeaders("Realisasi"),
    "Pagu",
    ...quarterHeaders("Realisasi Anggaran"),
  ];
  const D = (s: string) => new Decimal(s);
  const quarters = (jenis: JenisTriwulan, first: string[], year: string) => {
    const ds = first.map(D);
    return [...ds, lastQuarter(jenis, ds, D(year))].map((d) => d.toNumber());
  };
  const body = c.iku.map((i, k) => {
    const inv = INVENTED[k];
    if (!inv) throw new Error(`sample: no invented quarters for indicator ${k + 1}`);
    const b = budget(k + 1);
    const spent = SPENDING.map((s) => b.realisasi.times(s).toDecimalPlaces(0));
    return [
      i.no,
      i.indikator,
      inv.jenis,
      ...quarters(inv.jenis, inv.target, i.target),
      ...quarters(inv.jenis, inv.realisasi, i.realisasi),
      b.pagu.toNumber(),
      ...[...spent, lastQuarter("kumulatif", spent, b.realisasi)].map((d) => d.toNumber()),
    ];
  });
  const note = (opts.lang === "en" ? en : id).triwulanNote;
  const width = header.length;
  const blank = () => Array.from({ length: width }, () => null);
  const values: (string | number | null)[][] = [
    [note, ...blank().slice(1)],
    blank(),
    header,
    ...body,
  ];
  const num = "#,##0.00";
  const rowFormat = ["0", "@", "@", ...ROMAN.map(() => num), ...ROMAN.map(() => num), "#,##0"];
  const formats = [...rowFormat, ...ROMAN.map(() => "#,##0")];
  const numberFormats = values.map((_, r) =>
    r < TRIWULAN_AT.row
      ? values[0].map(() => "@")
      : r === TRIWULAN_AT.row
        ? header.map(() => "@")
        : formats
  );
  const widths = [
    5,
    45,
    11,
    ...ROMAN.map(() => 11),
    ...ROMAN.map(() => 12),
    16,
    ...ROMAN.map(() => 16),
  ];
  const sheet: Sheet = { name, values, numberFormats, columnWidths: widths };
  if (opts.rumus) {
    // Just right of LKIP_TRIWULAN and outside it: =LKIP.REALISASI over the row's quarters gives
    // the figure s.d. the last quarter with a value, the same as Tabel 13 prints.
    const letter = (k: number) => String.fromCharCode(65 + k);
    const first = header.indexOf("Realisasi TW I");
    const jenis = header.indexOf("Jenis");
    sheet.values = values.map((row, r) => [
      ...row,
      r === TRIWULAN_AT.row ? "LKIP.REALISASI" : null,
    ]);
    sheet.formulas = values.map((row, r) => [
      ...row.map(() => null),
      r > TRIWULAN_AT.row
        ? `=LKIP.REALISASI(${letter(first)}${r + 1}:${letter(first + 3)}${r + 1},${letter(jenis)}${r + 1})`
        : null,
    ]);
    sheet.numberFormats = numberFormats.map((row, r) => [...row, r > TRIWULAN_AT.row ? num : "@"]);
    sheet.columnWidths = [...widths, 16];
  }
  return { sheet, cols: width };
}
