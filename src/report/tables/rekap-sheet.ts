/**
 * The rekap workbook's two sheets (TABLES.md "Rekap"): Rekap, one row per file with a total row,
 * and Temuan, every finding of every file. Host-free plans that the .xlsx writer puts on sheets.
 */
import { Decimal } from "../../core";
import en from "./rekap.en";
import id, { type RekapWords } from "./rekap.id";
import type { Lang, SheetPlan, TableDesc } from "../contract";
import { layoutSheet } from "./layout";
import { type RekapRow, type RekapTemuan, rekapTotal } from "./rekap";
import {
  FMT_NILAI,
  FMT_RUPIAH,
  FMT_RUPIAH_SEN,
  W,
  bold,
  count,
  hdr,
  num,
  txt,
} from "./table-cells";

const KATA: Record<Lang, RekapWords> = { id, en };

const dec = (s: string | null) => (s === null ? null : new Decimal(s));
const cnt = (n: number | null) => (n === null ? txt(null) : count(n));
const rupiah = (s: string | null) =>
  num(dec(s), s !== null && !new Decimal(s).isInteger() ? FMT_RUPIAH_SEN : FMT_RUPIAH);

function rekapTable(rows: readonly RekapRow[], lang: Lang): TableDesc {
  const k = KATA[lang];
  const body = rows.map((r, i) => [
    count(i + 1, { align: "center" }),
    txt(r.berkas),
    txt(r.instansi),
    r.tahun === null ? txt(null) : count(r.tahun, { align: "center" }),
    cnt(r.sasaran),
    cnt(r.indikator),
    num(dec(r.rataRataCapaian), FMT_NILAI),
    cnt(r.melebihi),
    cnt(r.tercapai),
    cnt(r.tidakTercapai),
    rupiah(r.pagu),
    rupiah(r.realisasi),
    num(dec(r.serapan), FMT_NILAI),
    cnt(r.galat),
    cnt(r.peringatan),
    cnt(r.temuanNaskah),
    txt(r.tabelTidakDibuat.join(", ")),
    txt(r.dataBab3.join(", ")),
    txt(r.keterangan),
  ]);
  const t = rekapTotal(rows);
  body.push(
    bold([
      txt(null),
      txt(k.total),
      txt(null),
      txt(null),
      count(t.sasaran),
      count(t.indikator),
      txt(null),
      count(t.melebihi),
      count(t.tercapai),
      count(t.tidakTercapai),
      rupiah(t.pagu),
      rupiah(t.realisasi),
      num(dec(t.serapan), FMT_NILAI),
      count(t.galat),
      count(t.peringatan),
      count(t.temuanNaskah),
      txt(null),
      txt(null),
      txt(null),
    ])
  );
  const read = rows.filter((r) => r.galat !== null).length;
  return {
    id: 0,
    title: k.rekap,
    header: [k.header.map(hdr)],
    body,
    merges: [],
    widths: [W.no, 24, 24, 7, 8, 9, 10, 8, 8, 8, W.rupiah, W.rupiah, 9, 7, 9, 9, 10, 18, 40],
    notes: [k.files(rows.length, read)],
  };
}

function temuanTable(temuan: readonly RekapTemuan[], lang: Lang): TableDesc {
  const k = KATA[lang];
  return {
    id: 0,
    title: k.temuan,
    header: [k.temuanHeader.map(hdr)],
    body: temuan.map((t) => [
      txt(t.berkas),
      txt(k.tingkat[t.tingkat], { align: "center" }),
      txt(t.kode),
      txt(t.lokasi),
      txt(t.pesan),
    ]),
    merges: [],
    widths: [24, 11, 22, 22, 80],
    notes: temuan.length === 0 ? [k.none] : [],
  };
}

/** The two sheets, in the language of whoever reads them (Indonesian by default). */
export function rekapSheets(
  rows: readonly RekapRow[],
  temuan: readonly RekapTemuan[],
  lang: Lang = "id"
): SheetPlan[] {
  const k = KATA[lang];
  return [
    layoutSheet(k.rekap, [rekapTable(rows, lang)]),
    layoutSheet(k.temuan, [temuanTable(temuan, lang)]),
  ];
}

/** The sentence for a second file of the same OPD (rekapFinish). */
export function gandaText(lang: Lang, row: RekapRow, other: string): string {
  return KATA[lang].ganda(row.instansi, row.tahun, other);
}
