/**
 * Cue words (RULES §15 "Cue"): the word nearest before a number says which figure it is. Data, not
 * branches: each word with the figure it names.
 */
import type { AngkaNaskah } from "../../contract";
import type { Token } from "./tokens";

type CueKind =
  | "target"
  | "realisasi"
  | "capaian"
  | "mencapai"
  | "renstra"
  | "tahunLalu"
  | "perubahan"
  | "efisiensi"
  | "serapan"
  | "pagu";

const CUE_WORDS: Record<string, CueKind> = {
  target: "target",
  targetnya: "target",
  ditargetkan: "target",
  realisasi: "realisasi",
  realisasinya: "realisasi",
  terealisasi: "realisasi",
  // As officers misspell it ("teralisasi 66 Desa", LKjIP DPMPD Kab. Kediri 2019).
  teralisasi: "realisasi",
  direalisasikan: "realisasi",
  capaian: "capaian",
  capaiannya: "capaian",
  pencapaian: "capaian",
  mencapai: "mencapai",
  tercapai: "mencapai",
  renstra: "renstra",
  peningkatan: "perubahan",
  penurunan: "perubahan",
  kenaikan: "perubahan",
  meningkat: "perubahan",
  menurun: "perubahan",
  selisih: "perubahan",
  efisiensi: "efisiensi",
  efisien: "efisiensi",
  serapan: "serapan",
  penyerapan: "serapan",
  terserap: "serapan",
  pagu: "pagu",
  dialokasikan: "pagu",
  alokasi: "pagu",
  // English text (a pane in English writes Bab III in English).
  achievement: "capaian",
  actual: "realisasi",
  efficiency: "efisiensi",
  absorption: "serapan",
  ceiling: "pagu",
  increase: "perubahan",
  decrease: "perubahan",
  increased: "perubahan",
  decreased: "perubahan",
  change: "perubahan",
};

/** "dari jumlah …", "dari total …": what follows is the whole, not the figure. */
const WHOLE_WORDS = new Set(["jumlah", "total", "seluruh", "keseluruhan", "sejumlah", "populasi"]);

/** Resources other than the budget: their efisiensi is not the PMK's (RULES §4). */
const NOT_BUDGET_RESOURCE = new Set([
  "manusia",
  "sdm",
  "sarana",
  "prasarana",
  "sarpras",
  "pegawai",
  "waktu",
  "tenaga",
  "personel",
  "human",
  "facilities",
]);

/**
 * Words that put a figure on another body than the one reporting (a national standard, the
 * province, "the level above"): its figures are not the workbook's.
 */
const OTHER_BODY = new Set([
  "nasional",
  "internasional",
  "provinsi",
  "national",
  "international",
  "province",
  "atasnya",
]);

/** A figure of another body between `from` and `to` (a header "Realisasi Daerah" too). */
export function otherBody(
  tokens: Token[],
  from: number,
  to: number,
  named?: ReadonlySet<number>
): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    if (named?.has(i)) continue;
    const w = tokens[i].lower;
    if (OTHER_BODY.has(w)) return true;
    // "Realisasi Daerah" (the region's, beside the office's own): right after the cue word.
    if (w === "daerah" && i > 0 && CUE_WORDS[tokens[i - 1].lower] !== undefined) return true;
  }
  return false;
}

/** The number at `i` restated by the one at `at`: "Rp … atau 98,62 %", "74 orang atau 80,44 %", "… (98,62 %)". */
function restated(tokens: Token[], i: number, at: number): boolean {
  if (tokens[at - 1]?.text === "(") return true;
  return tokens
    .slice(i + 1, Math.min(at, i + 3))
    .some((x) => x.lower === "atau" || x.lower === "or" || x.text === "(");
}

/** "nilai 3,157", "skor 81,59": the value an indicator scored. */
const SCORE_WORDS = new Set(["nilai", "nilainya", "skor", "score"]);

/** Words that make a realisasi one of money. */
const BUDGET_WORDS = new Set(["anggaran", "keuangan", "belanja", "dana", "budget"]);

/** Which figure, and of which year when a year is written between the cue and the number. */
export interface Cue {
  angka: AngkaNaskah[];
  /** Token index of the cue word. */
  index: number;
  /** A year written after the cue ("realisasi tahun 2023 sebesar …"). */
  tahun?: number;
  /** The generic "capaian": the realisasi is accepted too, as info. */
  generic: boolean;
  /** A change that may be of the capaian (not computed): never a galat. */
  soft?: boolean;
}

function isPrevYear(tokens: Token[], i: number): boolean {
  // "tahun sebelumnya", "tahun lalu", "tahun yang lalu", "previous year", "last year".
  const w = tokens[i].lower;
  const p = tokens[i - 1]?.lower;
  const p2 = tokens[i - 2]?.lower;
  if ((w === "sebelumnya" || w === "lalu") && (p === "tahun" || (p === "yang" && p2 === "tahun")))
    return true;
  return (w === "year" && (p === "previous" || p === "last" || p === "prior")) || false;
}

/**
 * The cue of the number at token `at`, looking back from it within the sentence (`from` is where
 * the search may start: a list "target dan realisasi masing-masing …" is handled by the caller).
 */
export function cueBefore(
  tokens: Token[],
  at: number,
  opts: {
    tahun: number;
    money: boolean;
    percent: boolean;
    from?: number;
    /** Tokens that are no cue: the words of a subject's own name ("Persentase capaian layanan"). */
    named?: ReadonlySet<number>;
    /** Token indices of the sentence's figures (not labels nor years): a cue is not carried past one. */
    figures?: ReadonlySet<number>;
  }
): Cue | null {
  let yearBetween: number | undefined;
  let budgetBetween = false;
  for (let i = at - 1; i >= (opts.from ?? 0); i--) {
    if (opts.named?.has(i)) continue;
    const t = tokens[i];
    // "66 Desa dari jumlah desa … sebanyak 343", "15.036 KK dari 16.218 KK": a whole the figure is
    // part of, not the figure the cue names.
    if (t.lower === "dari" && i < at - 1) {
      const n = tokens[i + 1];
      if (n.kind === "num" || WHOLE_WORDS.has(n.lower)) return null;
    }
    if (t.kind === "num" && /^(19|20)\d\d$/.test(t.text)) yearBetween = Number(t.text);
    // "capaian … sebesar 97,51 % dikurangi … 74 orang atau 80,44 %": the cue was the first
    // number's; only the same figure restated ("Rp … atau 98,62 %", "… (98,62 %)") shares it.
    if (opts.figures?.has(i) && !restated(tokens, i, at)) return null;
    if (t.kind !== "word") continue;
    // "realisasi Rp 2.113.252.231 atau 98,62 %": a budget clause.
    if (BUDGET_WORDS.has(t.lower) || t.lower === "rp") budgetBetween = true;
    if (isPrevYear(tokens, i)) {
      // "peningkatan … dari tahun sebelumnya": the change; "capaian tahun sebelumnya": unknown.
      const near = tokens.slice(Math.max(0, i - 8), i).map((x) => x.lower);
      if (near.some((w) => CUE_WORDS[w] === "perubahan"))
        return { angka: ["perubahan"], index: i, generic: false, soft: near.includes("capaian") };
      if (near.slice(-4).some((w) => CUE_WORDS[w] === "capaian"))
        return { angka: ["tahunLalu"], index: i, generic: true, soft: true };
      return { angka: ["tahunLalu"], index: i, generic: false };
    }
    // "dengan nilai 3,157", "skor 81,59": the word right before a number is the indicator's
    // own value (its realisasi), unless a cue word comes just before it ("nilai efisiensi …").
    if (SCORE_WORDS.has(t.lower) && i === at - 1) {
      let cueNear = false;
      for (let k = Math.max(opts.from ?? 0, i - 4); k < i; k++)
        if (CUE_WORDS[tokens[k].lower] !== undefined && !opts.named?.has(k)) cueNear = true;
      if (!cueNear) return { angka: ["realisasi"], index: i, generic: false };
    }
    const kind = CUE_WORDS[t.lower];
    if (!kind) continue;
    switch (kind) {
      case "mencapai": {
        // "realisasi … mencapai 92,71 %": a weaker word than the cue before it in the clause.
        for (let k = i - 1; k >= Math.max(opts.from ?? 0, i - 6); k--) {
          if (tokens[k].text === "," || tokens[k].text === ";") break;
          const earlier = CUE_WORDS[tokens[k].lower];
          if (!earlier || earlier === "mencapai") continue;
          // "Target Maturitas SPIP tercapai sebesar 87,69 %": the target reached, in percent.
          if (earlier === "target" && t.lower === "tercapai" && tokens[k].lower !== "ditargetkan")
            return { angka: ["capaian"], index: i, generic: true };
          // "terealisasi sebesar Rp 12.441.701.788 atau mencapai 93,17 %": the serapan.
          const budget = tokens
            .slice(k, i)
            .some((x) => BUDGET_WORDS.has(x.lower) || x.lower === "rp");
          if (earlier === "realisasi" && budget) return moneyCue(k, opts);
          return cueBefore(tokens, k + 1, opts);
        }
        return { angka: ["capaian"], index: i, generic: true };
      }
      case "capaian": {
        if (yearBetween !== undefined && yearBetween < opts.tahun)
          return { angka: ["tahunLalu"], index: i, tahun: yearBetween, generic: true, soft: true };
        if (budgetBetween || opts.money) return moneyCue(i, opts);
        return { angka: ["capaian"], index: i, generic: true };
      }
      case "realisasi": {
        // "Capaian Realisasi", "capaian realisasi kinerja": the head word is the capaian.
        if (CUE_WORDS[tokens[i - 1]?.lower ?? ""] === "capaian") continue;
        if (budgetBetween || opts.money || tokens[i + 1]?.lower === "anggaran")
          return moneyCue(i, opts);
        if (yearBetween !== undefined && yearBetween < opts.tahun)
          return { angka: ["tahunLalu"], index: i, tahun: yearBetween, generic: false };
        if (yearBetween !== undefined && yearBetween > opts.tahun) return null;
        return { angka: ["realisasi"], index: i, generic: false };
      }
      case "target": {
        if (yearBetween !== undefined && yearBetween !== opts.tahun) {
          // "target akhir Renstra (2026)" is caught by "renstra" first; another year's target is not known.
          return null;
        }
        if (budgetBetween || opts.money) return null;
        return { angka: ["target"], index: i, generic: false };
      }
      case "renstra": {
        // Back to the previous number (or the sentence's start): "capaian indikator … terhadap
        // target Renstra" is the capaian against it, "target Renstra" the target.
        let k = i - 1;
        while (k > (opts.from ?? 0) && tokens[k].kind !== "num") k--;
        const back = tokens.slice(Math.max(opts.from ?? 0, k), i).map((x) => x.lower);
        const capaian = back.some((w) => CUE_WORDS[w] === "capaian" || CUE_WORDS[w] === "mencapai");
        const target = back.slice(-3).includes("target");
        if (capaian) return { angka: ["capaianRenstra"], index: i, generic: false };
        if (target) return { angka: ["targetRenstra"], index: i, generic: false };
        return { angka: ["capaianRenstra", "targetRenstra"], index: i, generic: false };
      }
      case "perubahan": {
        // A change said of the capaian is not a figure of the workbook, and a change in percent
        // may be relative: neither is ever a galat (equal to the change in points is still fine).
        const back = tokens.slice(Math.max(0, i - 8), i).map((x) => x.lower);
        return {
          angka: ["perubahan"],
          index: i,
          tahun: yearBetween,
          generic: false,
          // "meningkat 38 %" may be relative; "25,74 poin" is the change in points.
          soft: back.includes("capaian") || opts.percent,
        };
      }
      case "efisiensi":
        // "efisiensi Sumber Daya Manusia", "efisiensi sarana prasarana": not of the budget.
        if (tokens.slice(i + 1, at).some((x) => NOT_BUDGET_RESOURCE.has(x.lower))) return null;
        return { angka: ["efisiensi"], index: i, generic: false };
      case "serapan":
        return { angka: ["serapan"], index: i, generic: false };
      case "pagu":
        if (opts.percent) return { angka: ["serapan"], index: i, generic: false };
        return { angka: ["pagu"], index: i, generic: false };
      case "tahunLalu":
        return { angka: ["tahunLalu"], index: i, generic: false };
    }
  }
  return null;
}

function moneyCue(i: number, opts: { percent: boolean; money: boolean }): Cue {
  // "realisasi anggaran … 98,62 %" is the serapan; in rupiah, the realisasi.
  if (opts.percent || !opts.money) return { angka: ["serapan"], index: i, generic: false };
  return { angka: ["realisasiAnggaran"], index: i, generic: false };
}

/** "X % dari target", "X % terhadap target": X is a capaian whatever came before. */
export function capaianAfter(tokens: Token[], j: number): boolean {
  const a = tokens[j]?.lower;
  const b = tokens[j + 1]?.lower;
  return (a === "dari" || a === "terhadap" || a === "of") && (b === "target" || b === "yang");
}

/** Cue of a table column from its header text ("Capaian terhadap Renstra (%)", "Realisasi 2023"). */
export function cueOfHeader(tokens: Token[], tahun: number): Cue | null {
  const money = tokens.some((t) => t.lower === "rp" || t.lower === "rupiah");
  const percent = tokens.some((t) => t.text === "%");
  return cueBefore(tokens, tokens.length, { tahun, money, percent });
}
