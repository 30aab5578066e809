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
  type Reason,
  type Naskah,
  type NaskahParagraph,
} from "../../contract";
import type { LkipModel } from "../../model";
import { capaianAfter, cueBefore, cueOfHeader, otherBody, type Cue } from "./cues";
import { hitunganIn, selisihIn } from "./hitungan";
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
  const reason: Reason[] = [];
  if (!f.money && asFraction(n, f.nilai, mode))
    reason.push({
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
      if (reason.length === 0 && asFraction(n, raw, mode))
        reason.push({
          jenis: "pecahan",
          pecahan: {
            tertulis: n.text,
            persen: formatAngka(n.value.times(100), Math.max(0, n.decimals - 2)),
          },
        });
      reason.push({ jenis: "tanpaBatas", mentah: formatAngka(raw, 2) });
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
    reason,
    ...(f.tahun !== undefined ? { tahun: f.tahun } : {}),
    ...(lain ? { lain } : {}),
  };
  ctx.out.push(temuan("NASKAH_ANGKA_BEDA", param, { naskah, tertulis: n.text, hitung }));
}

/**
 * The subject of the number at `at`: named before it in the sentence, else after it, else carried.
 * The office named by its name speaks only of its whole budget: for another figure ("capaian
 * Maturitas SPIP Inspektorat Kabupaten Jombang …") the subject is the one named with it.
 */
function subjectAt(
  mentions: Mention[],
  at: number,
  carried: Subject | null,
  cue: Cue
): Subject | null {
  const usable = mentions.filter(
    (m) => m.subject.milik.jenis !== "instansi" || cue.angka.some((a) => m.subject.figures[a])
  );
  let before: Mention | undefined;
  for (const m of usable) if (m.to < at) before = m;
  if (before) return before.subject;
  const after = usable.find((m) => m.from > at);
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
  ctx: Ctx,
  before: NumberAt[] = []
): Subject | null {
  const tokens = tokenize(text);
  const mentions = index.mentions(tokens);
  const nums = numbersOf(text, tokens);
  // "Pada indikator “Nilai Evaluasi AKIP Perangkat Daerah”, …": an indicator the workbook does not
  // know by that name is named; what follows is not said of the one named before.
  if (unknownIndicatorNamed(text, index)) carried = null;
  if (nums.length === 0) return lastNamed(mentions, carried);
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
  for (const d of selisihIn(tokens, nums, before, ctx.pembulatan))
    ctx.out.push(
      temuan(
        "NASKAH_HITUNGAN_SALAH",
        { rumus: d.rumus, tertulis: d.tertulis, hitung: d.hitung },
        { naskah: { file: ctx.file, ...where }, tertulis: d.tertulis, hitung: d.hitung }
      )
    );
  // A word of an indicator's own name ("Persentase capaian layanan …") is not a cue.
  const named = new Set(mentions.flatMap((m) => range(m.from, m.to)));
  const figures = new Set(nums.filter((n) => !n.label && !n.year).map((n) => n.index));
  const listed = listedCues(tokens, nums, ctx);
  const renstra = tokens.some((t) => t.lower === "renstra");
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
        figures,
      });
    if (!cue) continue;
    // "realisasi Maturitas SPIP Provinsi Jawa Timur tercapai 3,141": another body's figure.
    if (otherBody(tokens, cue.index, n.index, named)) continue;
    // "lebih unggul 7,45 poin": a difference, a figure only after a word of change.
    if (tokens[j - 1]?.lower === "poin" && !cue.angka.includes("perubahan")) continue;
    const subject = subjectAt(mentions, n.index, carried, cue);
    if (!subject) continue;
    // "rata-rata capaian … 97,51 %" said of an indicator: a mean over indicators the sentence does
    // not list (a sasaran's capaian is its own mean, RULES §6, and is compared).
    if (
      subject.milik.jenis !== "sasaran" &&
      tokens.slice(Math.max(0, cue.index - 3), n.index).some((t) => MEAN_WORDS.has(t.lower))
    )
      cue = { ...cue, soft: true };
    // "… tercapai sebesar 87,69 %, sehingga belum mencapai target akhir Renstra": the capaian
    // may be the one against the Renstra; unknown when the workbook has no Target Renstra.
    if (renstra && cue.generic && cue.angka.includes("capaian"))
      cue = {
        ...cue,
        angka: [...cue.angka, "capaianRenstra"],
        soft: cue.soft || !subject.figures.capaianRenstra?.length,
      };
    compare(n, cue, subject, where, ctx);
  }
  return lastNamed(mentions, carried);
}

/** What the next sentence carries: the last subject named (the office by name does not replace it). */
function lastNamed(mentions: Mention[], carried: Subject | null): Subject | null {
  const named = mentions.filter((m) => m.subject.milik.jenis !== "instansi");
  return named.length ? named[named.length - 1].subject : carried;
}

const MEAN_WORDS = new Set(["rata-rata", "rerata", "average", "mean"]);

/** "indikator “…”" (or "…") naming no subject of the workbook. */
function unknownIndicatorNamed(text: string, index: SubjectIndex): boolean {
  for (const m of text.matchAll(/\b(?:indikator|indicator)\s+(?:kinerja\s+)?["“]([^"”]+)["”]/giu))
    if (index.mentions(tokenize(m[1])).length === 0) return true;
  return false;
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
  /** The paragraph before each table: its title ("Tabel 3.10 Efisiensi Sumber Daya Manusia"). */
  const titles = new Map<number, string>();
  let last = "";
  for (const p of paragraphs) {
    if (!p.table) {
      last = p.text;
      continue;
    }
    if (!titles.has(p.table.index)) titles.set(p.table.index, last);
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
    for (const [col, texts] of headerText) {
      const tokens = tokenize(texts.join(" "));
      const cue = cueOfHeader(tokens, tahun);
      info.cues.set(col, cue && !otherBody(tokens, 0, tokens.length) ? cue : null);
    }
    tableContext(info, headerText, tokenize(titles.get(t) ?? ""));
    out.set(t, info);
  }
  return out;
}

/**
 * What a column means beside the others: a bare "%" beside Anggaran and Realisasi (Rp) is the
 * serapan (as in LKIP_IKU a bare "%" beside Target and Realisasi is the capaian, WORKBOOK); a
 * capaian in a table whose only target is the Renstra's is the capaian against it; an efisiensi
 * in a table of people or facilities ("% Ketersediaan SDM") is not the budget's.
 */
function tableContext(info: TableInfo, headerText: Map<number, string[]>, title: Token[]): void {
  const cues = [...info.cues.values()].filter((c): c is Cue => c !== null);
  const has = (a: AngkaNaskah) => cues.some((c) => c.angka.length === 1 && c.angka[0] === a);
  const words = new Set([
    ...title.map((t) => t.lower),
    ...[...headerText.values()].flatMap((x) => tokenize(x.join(" ")).map((t) => t.lower)),
  ]);
  const resource = ["sdm", "sarpras", "sarana", "prasarana", "pegawai", "manusia"].some((w) =>
    words.has(w)
  );
  for (const [col, cue] of info.cues) {
    const text = (headerText.get(col) ?? []).join(" ").trim();
    if (cue === null && /^\(?%\)?$/.test(text) && (has("pagu") || has("realisasiAnggaran")))
      info.cues.set(col, { angka: ["serapan"], index: 0, generic: false });
    else if (cue?.generic && cue.angka[0] === "capaian" && has("targetRenstra") && !has("target"))
      info.cues.set(col, { angka: ["capaianRenstra"], index: cue.index, generic: false });
    else if (cue?.angka[0] === "efisiensi" && resource) info.cues.set(col, null);
  }
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
  subjectsOf(hasil, abbreviations);
  for (const p of naskah.paragraphs) abbreviationsIn(p.text, abbreviations);
  // Names again with every abbreviation known ("Kapabilitas APIP" once the naskah has defined
  // "Aparat Pengawas Intern Pemerintah (APIP)"), so that name and text expand alike.
  const index = new SubjectIndex(subjectsOf(hasil, abbreviations), abbreviations);
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
    // The figures of the sentence before, for a difference stated after them ("… lebih unggul 7,45 poin").
    let before: NumberAt[] = [];
    for (const s of sentences(p.text)) {
      carried = checkSentence(s.text, p.nomor, index, carried, ctx, before);
      before = numbersOf(s.text, tokenize(s.text)).filter((n) => !n.label && !n.year);
    }
  }
  return ctx.out;
}

/** from..to inclusive. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
