/**
 * periksaNaskah: every number in the report's own text against the workbook it reports (RULES
 * §15). Pure: the naskah arrives as paragraphs (src/xlsx reads the file), the figures come from
 * compute, and each finding carries its place ("{file} ¶{n}") and the sentence or table row.
 * A number is compared only when both its subject and its cue are known; nothing is guessed.
 */
import { Decimal, bulatkan, formatAngka, type Pembulatan } from "../../../core";
import { compute, type LkipHasil } from "../../compute";
import {
  temuan,
  type AngkaNaskah,
  type Finding,
  type Kenapa,
  type Naskah,
  type NaskahParagraph,
} from "../../contract";
import type { LkipModel } from "../../model";
import { capaianAfter, cueBefore, cueOfHeader, type Cue } from "./cues";
import { hitunganIn } from "./hitungan";
import {
  SubjectIndex,
  abbreviationsIn,
  subjectsOf,
  type Figure,
  type Mention,
  type Subject,
} from "./subjects";
import { numbersOf, sentences, tokenize, type NumberAt, type Token } from "./tokens";

const KUTIPAN_MAX = 400;

function kutipan(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > KUTIPAN_MAX ? `${t.slice(0, KUTIPAN_MAX - 1)}…` : t;
}

/** Decimals a figure prints with: 2 for percent points, money as it is (0 or 2), values as stored. */
function places(f: Figure, angka: AngkaNaskah): number {
  if (f.money) return f.nilai.isInteger() ? 0 : 2;
  if (
    angka === "target" ||
    angka === "realisasi" ||
    angka === "targetRenstra" ||
    angka === "tahunLalu"
  )
    return Math.min(Math.max(f.nilai.decimalPlaces(), 0), 4);
  return 2;
}

interface Ctx {
  file: string;
  pembulatan: Pembulatan;
  tahun: number;
  out: Finding[];
}

type Equal = "exact" | "rounded" | null;

/** Equal as printed (RULES §15): the figure rounded by the policy to the decimals written. */
function equal(n: NumberAt, f: Figure, angka: AngkaNaskah, mode: Pembulatan): Equal {
  const scale = new Decimal(10).pow(n.scale);
  const shown = f.nilai.div(scale);
  const d = n.decimals;
  if (shown.eq(n.value)) return "exact";
  // "Rp 1,23 miliar": an amount in a larger unit is equal at the decimals written.
  if (n.scale > 0)
    return (["ROUND", "TRUNC"] as const).some((m) => bulatkan(shown, m, d).eq(n.value))
      ? "exact"
      : null;
  const p = places(f, angka);
  if (d >= p) {
    if (f.exact && bulatkan(f.exact.div(scale), mode, d).eq(n.value)) return "exact";
    return null;
  }
  if (bulatkan(shown, mode, d).eq(n.value)) return n.scale > 0 || f.money ? "exact" : "rounded";
  if (f.exact && bulatkan(f.exact.div(scale), mode, d).eq(n.value)) return "rounded";
  return null;
}

/** "0,266" for 26,6 %: the number × 100 equals the figure at two decimals fewer. */
function asFraction(n: NumberAt, target: Decimal, mode: Pembulatan): boolean {
  if (n.decimals < 2 || n.value.abs().gte(1.5)) return false;
  // A hint only, so either rounding (officers round a fraction whatever the workbook's policy).
  const modes: Pembulatan[] = [mode, mode === "ROUND" ? "TRUNC" : "ROUND"];
  return modes.some((m) => bulatkan(target, m, n.decimals - 2).eq(n.value.times(100)));
}

function figuresFor(s: Subject, angka: AngkaNaskah, cue: Cue): Figure[] {
  const all = s.figures[angka] ?? [];
  if (angka === "tahunLalu" || angka === "perubahan") {
    // "penurunan 0,27 poin": the word carries the direction, the number is the size.
    const sized = angka === "perubahan" ? all.map((f) => ({ ...f, nilai: f.nilai.abs() })) : all;
    if (cue.tahun !== undefined) return sized.filter((f) => f.tahun === cue.tahun);
    // "tahun sebelumnya": the latest earlier year.
    const latest = Math.max(...sized.map((f) => f.tahun ?? 0));
    return sized.filter((f) => f.tahun === latest);
  }
  return all;
}

const ALL_ANGKA: AngkaNaskah[] = [
  "capaian",
  "realisasi",
  "target",
  "capaianRenstra",
  "targetRenstra",
  "tahunLalu",
  "efisiensi",
  "serapan",
];

function compare(
  n: NumberAt,
  cue: Cue,
  s: Subject,
  where: { paragraf: number; kutipan: string },
  ctx: Ctx
): void {
  const mode = ctx.pembulatan;
  const candidates = cue.angka.flatMap((angka) =>
    figuresFor(s, angka, cue).map((f) => ({ angka, f }))
  );
  if (candidates.length === 0) return;
  const moneyNumber = n.money || n.scale > 0;
  // A rupiah amount is never a percentage, nor the other way round.
  const usable = candidates.filter(({ f }) =>
    f.money ? moneyNumber || n.value.abs().gte(1000) : !moneyNumber
  );
  if (usable.length === 0) return;
  // "15.036 KK": something counted, unless it is the indicator's own satuan.
  if (n.unit !== null && !usable.some(({ f }) => f.money)) {
    const satuan = s.satuan?.trim().toLowerCase().split(/\s+/)[0];
    if (!satuan || !n.unit.toLowerCase().startsWith(satuan.slice(0, 3))) return;
  }
  const naskah = { file: ctx.file, paragraf: where.paragraf, kutipan: where.kutipan };
  for (const { angka, f } of usable) {
    const e = equal(n, f, angka, mode);
    if (e === "exact") return;
    if (e === "rounded") {
      const hitung = formatAngka(f.nilai, places(f, angka));
      ctx.out.push(
        temuan(
          "NASKAH_ANGKA_DIBULATKAN",
          { milik: s.milik, angka, tahun: f.tahun, tertulis: n.text, hitung, desimal: n.decimals },
          { naskah, tertulis: n.text, hitung }
        )
      );
      return;
    }
  }
  // The generic "capaian" also names the realisasi (officers say "capaian kinerja" for it).
  if (cue.generic) {
    for (const angka of ["realisasi", "tahunLalu"] as const) {
      const rs =
        angka === "realisasi" ? (s.figures.realisasi ?? []) : figuresFor(s, "tahunLalu", cue);
      if (rs.some((f) => equal(n, f, angka, mode) !== null)) {
        const cap = s.figures.capaian?.[0];
        if (angka === "realisasi" && cap)
          ctx.out.push(
            temuan(
              "NASKAH_REALISASI_SEBAGAI_CAPAIAN",
              { milik: s.milik, tertulis: n.text, capaian: formatAngka(cap.nilai, 2) },
              { naskah, tertulis: n.text, hitung: formatAngka(cap.nilai, 2) }
            )
          );
        return;
      }
    }
  }
  if (cue.soft) return;
  const { angka, f } = usable[0];
  const hitung = formatAngka(f.nilai, places(f, angka));
  const kenapa: Kenapa[] = [];
  if (!f.money && asFraction(n, f.nilai, mode))
    kenapa.push({
      jenis: "pecahan",
      pecahan: {
        tertulis: n.text,
        persen: formatAngka(n.value.times(100), Math.max(0, n.decimals - 2)),
      },
    });
  if (f.mentah !== undefined && !f.mentah.eq(f.nilai)) {
    const raw = f.mentah;
    const unbounded = bulatkan(raw, mode, n.decimals).eq(n.value) || asFraction(n, raw, mode);
    if (unbounded) {
      if (kenapa.length === 0 && asFraction(n, raw, mode))
        kenapa.push({
          jenis: "pecahan",
          pecahan: {
            tertulis: n.text,
            persen: formatAngka(n.value.times(100), Math.max(0, n.decimals - 2)),
          },
        });
      kenapa.push({ jenis: "tanpaBatas", mentah: formatAngka(raw, 2) });
    }
  }
  // The number may be another figure of the same subject (the capaian written as the Renstra's).
  let lain: { angka: AngkaNaskah; tahun?: number } | undefined;
  for (const other of ALL_ANGKA) {
    if (cue.angka.includes(other)) continue;
    const hit = (s.figures[other] ?? []).find(
      (g) => !g.money && equal(n, g, other, mode) === "exact"
    );
    if (hit) {
      lain = hit.tahun !== undefined ? { angka: other, tahun: hit.tahun } : { angka: other };
      break;
    }
  }
  const param = {
    milik: s.milik,
    angka,
    tertulis: n.text,
    hitung,
    kenapa,
    ...(f.tahun !== undefined ? { tahun: f.tahun } : {}),
    ...(lain ? { lain } : {}),
  };
  ctx.out.push(temuan("NASKAH_ANGKA_BEDA", param, { naskah, tertulis: n.text, hitung }));
}

/** The subject of the number at `at`: named before it in the sentence, else after it, else carried. */
function subjectAt(mentions: Mention[], at: number, carried: Subject | null): Subject | null {
  let before: Mention | undefined;
  for (const m of mentions) if (m.to < at) before = m;
  if (before) return before.subject;
  const after = mentions.find((m) => m.from > at);
  return after?.subject ?? carried;
}

/** "target dan realisasi masing-masing 69,02 dan 92,71": the cues in order, one per number. */
function listedCues(tokens: Token[], nums: NumberAt[], ctx: Ctx): Map<number, Cue> {
  const out = new Map<number, Cue>();
  const k = tokens.findIndex((t) => t.lower === "masing-masing" || t.lower === "berturut-turut");
  if (k < 0) return out;
  const cues: Cue[] = [];
  let from = 0;
  for (const n of nums) if (n.index < k) from = n.index + 1;
  for (let i = k; i > from;) {
    const c = cueBefore(tokens, i, { tahun: ctx.tahun, money: false, percent: true, from });
    if (!c) break;
    cues.unshift(c);
    i = c.index;
  }
  const after = nums.filter((n) => n.index > k && !n.label);
  for (const n of after) out.set(n.index, null as unknown as Cue);
  if (cues.length === after.length) after.forEach((n, i) => out.set(n.index, cues[i]));
  return out;
}

function checkSentence(
  text: string,
  paragraf: number,
  index: SubjectIndex,
  carried: Subject | null,
  ctx: Ctx
): Subject | null {
  const tokens = tokenize(text);
  const mentions = index.mentions(tokens);
  const nums = numbersOf(text, tokens);
  if (nums.length === 0) return mentions.length ? mentions[mentions.length - 1].subject : carried;
  const where = { paragraf, kutipan: kutipan(text) };
  const skip = new Set<number>();
  for (const h of hitunganIn(tokens, ctx.pembulatan)) {
    for (const o of h.operands) skip.add(o);
    if (!h.ok) {
      skip.add(h.result);
      const res = nums.find((n) => n.index === h.result);
      const tertulis = res?.text ?? tokens[h.result].text;
      const hitung = formatAngka(h.hitung ?? new Decimal(0), h.decimals);
      ctx.out.push(
        temuan(
          "NASKAH_HITUNGAN_SALAH",
          { rumus: text.slice(h.rumus.start, h.rumus.end), tertulis, hitung },
          { naskah: { file: ctx.file, ...where }, tertulis, hitung }
        )
      );
    }
  }
  // A word of an indicator's own name ("Persentase capaian layanan …") is not a cue.
  const named = new Set(mentions.flatMap((m) => range(m.from, m.to)));
  const listed = listedCues(tokens, nums, ctx);
  for (const n of nums) {
    if (n.label || skip.has(n.index)) continue;
    let j = n.index + 1;
    while (
      j < tokens.length &&
      (tokens[j].text === "%" || tokens[j].lower === "persen" || tokens[j].lower === "poin")
    )
      j++;
    let cue: Cue | null;
    if (listed.has(n.index)) cue = listed.get(n.index) ?? null;
    else if (capaianAfter(tokens, j)) cue = { angka: ["capaian"], index: n.index, generic: true };
    else
      cue = cueBefore(tokens, n.index, {
        tahun: ctx.tahun,
        money: n.money || n.scale > 0,
        percent: n.percent,
        named,
      });
    if (!cue) continue;
    const subject = subjectAt(mentions, n.index, carried);
    if (!subject) continue;
    compare(n, cue, subject, where, ctx);
  }
  return mentions.length ? mentions[mentions.length - 1].subject : carried;
}

interface TableInfo {
  /** Rows before the first that names a subject. */
  headerRows: number;
  cues: Map<number, Cue | null>;
  rows: Map<number, { text: string; subject: Subject | null }>;
}

/** Tables: the header rows give each column's cue, each row its subject and its quote. */
function tablesOf(
  paragraphs: NaskahParagraph[],
  index: SubjectIndex,
  tahun: number
): Map<number, TableInfo> {
  const cells = new Map<number, Map<number, NaskahParagraph[]>>();
  for (const p of paragraphs) {
    if (!p.table) continue;
    const rows = cells.get(p.table.index) ?? new Map<number, NaskahParagraph[]>();
    const row = rows.get(p.table.row) ?? [];
    row.push(p);
    rows.set(p.table.row, row);
    cells.set(p.table.index, rows);
  }
  const out = new Map<number, TableInfo>();
  for (const [t, rows] of cells) {
    const order = [...rows.keys()].sort((a, b) => a - b);
    const info: TableInfo = { headerRows: 0, cues: new Map(), rows: new Map() };
    let header = true;
    const headerText = new Map<number, string[]>();
    for (const r of order) {
      const ps = rows.get(r) ?? [];
      const text = ps.map((p) => p.text).join(" | ");
      const mentions = index.mentions(tokenize(text));
      const best =
        [...mentions].sort((a, b) => b.subject.rank - a.subject.rank)[0]?.subject ?? null;
      if (header && best === null) {
        info.headerRows = r + 1;
        for (const p of ps) {
          const col = p.table?.col ?? 0;
          headerText.set(col, [...(headerText.get(col) ?? []), p.text]);
        }
        continue;
      }
      header = false;
      info.rows.set(r, { text, subject: best });
    }
    for (const [col, texts] of headerText)
      info.cues.set(col, cueOfHeader(tokenize(texts.join(" ")), tahun));
    out.set(t, info);
  }
  return out;
}

function checkCell(p: NaskahParagraph, info: TableInfo, ctx: Ctx): void {
  const t = p.table;
  if (!t || t.row < info.headerRows) return;
  const row = info.rows.get(t.row);
  const cue = info.cues.get(t.col) ?? null;
  if (!row?.subject || !cue) return;
  const tokens = tokenize(p.text);
  for (const n of numbersOf(p.text, tokens)) {
    if (n.label) continue;
    compare(n, cue, row.subject, { paragraf: p.nomor, kutipan: kutipan(row.text) }, ctx);
  }
}

/** Every number of the naskah against the workbook; findings in paragraph order. */
export function periksaNaskah(
  model: LkipModel,
  naskah: Naskah,
  hasil: LkipHasil = compute(model)
): Finding[] {
  const abbreviations = new Map<string, string[]>();
  const subjects = subjectsOf(hasil, abbreviations);
  for (const p of naskah.paragraphs) abbreviationsIn(p.text, abbreviations);
  const index = new SubjectIndex(subjects, abbreviations);
  const ctx: Ctx = {
    file: naskah.file,
    pembulatan: hasil.settings.pembulatan,
    tahun: hasil.settings.tahun,
    out: [],
  };
  const tables = tablesOf(naskah.paragraphs, index, ctx.tahun);
  let carried: Subject | null = null;
  for (const p of naskah.paragraphs) {
    if (p.table) {
      const info = tables.get(p.table.index);
      if (info) {
        checkCell(p, info, ctx);
        const subject = info.rows.get(p.table.row)?.subject;
        if (subject) carried = subject;
      }
      continue;
    }
    if (p.heading) carried = null;
    for (const s of sentences(p.text))
      carried = checkSentence(s.text, p.nomor, index, carried, ctx);
  }
  return ctx.out;
}

/** from..to inclusive. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
