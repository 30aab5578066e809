/**
 * The words and numbers of a naskah sentence (RULES §15): tokens with their place in the text, the
 * numbers read in their Indonesian form ("1.227.826.990,00", "134,32", plain "69.02") with the
 * decimals written, and the numbers that are no figure (years, counts, regulation and table numbers,
 * dates, codes) marked so.
 */
import { Decimal } from "../../../core";

export interface Token {
  kind: "word" | "num" | "sym";
  text: string;
  /** Lower case (words), for matching. */
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /(\d+(?:[.,]\d+)*)|([A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*)|(\S)/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym";
    out.push({
      kind,
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/** A number as written: its value and how many decimals were written. */
export interface Written {
  value: Decimal;
  decimals: number;
}

/** "1.227.826.990,00", "134,32", "69.02", "2.142.720.865" → value and decimals; null for "1,2,3". */
export function readNumber(t: string): Written | null {
  if (/^\d{1,3}(\.\d{3})*,\d+$/.test(t) || /^\d+,\d+$/.test(t)) {
    const [int, frac] = t.split(",");
    return { value: new Decimal(`${int.replace(/\./g, "")}.${frac}`), decimals: frac.length };
  }
  if (/^\d{1,3}(\.\d{3})+$/.test(t))
    return { value: new Decimal(t.replace(/\./g, "")), decimals: 0 };
  if (/^\d+\.\d+$/.test(t)) return { value: new Decimal(t), decimals: t.split(".")[1].length };
  if (/^\d+$/.test(t)) return { value: new Decimal(t), decimals: 0 };
  return null;
}

const MONTHS = new Set([
  "januari",
  "februari",
  "pebruari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "nopember",
  "desember",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "agu",
  "agt",
  "sep",
  "okt",
  "nov",
  "des",
]);

/** Words after which a number is a label, not a figure: "Tabel 3.1", "Nomor 86", "sasaran 2". */
const LABEL_BEFORE = new Set([
  "tabel",
  "table",
  "gambar",
  "grafik",
  "diagram",
  "bagan",
  "halaman",
  "hal",
  "bab",
  "lampiran",
  "nomor",
  "no",
  "nomer",
  "pasal",
  "ayat",
  "huruf",
  "butir",
  "tahun",
  "permendagri",
  "permenpan",
  "permenpanrb",
  "permen",
  "pmk",
  "perpres",
  "pp",
  "uu",
  "perbup",
  "perwali",
  "perda",
  "pergub",
  "kepmen",
  "kepmendagri",
  "sk",
  "inpres",
  "sasaran",
  "strategis",
  "objective",
  "indikator",
  "iku",
  "ke",
  "triwulan",
  "tw",
  "semester",
  "periode",
  "urutan",
  "level",
  "kelas",
  "tipe",
  "misi",
  "tujuan",
  "rt",
  "rw",
  "jam",
  "pukul",
  "nilai-nilai",
]);

/** Words that may follow a figure (not a unit of something counted). */
const AFTER_OK = new Set([
  "persen",
  "poin",
  "point",
  "dan",
  "atau",
  "dari",
  "dengan",
  "yang",
  "sehingga",
  "pada",
  "di",
  "untuk",
  "ini",
  "itu",
  "maka",
  "serta",
  "namun",
  "tetapi",
  "tapi",
  "sedangkan",
  "terhadap",
  "jika",
  "bila",
  "apabila",
  "sesuai",
  "lebih",
  "kurang",
  "melebihi",
  "mencapai",
  "dibandingkan",
  "dibanding",
  "menjadi",
  "atas",
  "adalah",
  "yaitu",
  "merupakan",
  "sebagaimana",
  "tersebut",
  "berarti",
  "masih",
  "telah",
  "sudah",
  "belum",
  "juga",
  "hanya",
  "tahun",
  "dalam",
  "sebesar",
  "sampai",
  "hingga",
  "s",
  "sd",
  "atau",
  "kategori",
  "predikat",
  "berada",
  "termasuk",
  "tercapai",
  "terealisasi",
  "karena",
  "oleh",
  "secara",
  "per",
  "rupiah",
  "rp",
  "meningkat",
  "menurun",
  "naik",
  "turun",
  "to",
  "of",
  "and",
  "percent",
  "points",
  "in",
  "against",
  "or",
  "with",
  "from",
  "the",
  "was",
  "is",
]);

const SCALES: Record<string, number> = {
  ribu: 3,
  rb: 3,
  juta: 6,
  jt: 6,
  miliar: 9,
  milyar: 9,
  m: 9,
  triliun: 12,
  t: 12,
};

/** Indonesian number words ("tiga", "dua belas", "seratus"): the first word of a count in words. */
const NUMBER_WORD =
  /^(nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|se\w*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)$/;

/** One number of a sentence, with what the words around it say about it. */
export interface NumberAt {
  /** Index in the sentence's tokens. */
  index: number;
  text: string;
  value: Decimal;
  decimals: number;
  percent: boolean;
  money: boolean;
  /** Power of ten of a scale word after it ("2,14 miliar" → 9). */
  scale: number;
  /** A word after it that may be what is counted ("15.036 KK"): the checker compares its satuan. */
  unit: string | null;
  /** Not a figure: a year, a count "3 (tiga)", a regulation, table or page number, a date, a code. */
  label: boolean;
  year: boolean;
  /** Written with a minus sign ("-0,593", "−59,34"). */
  negative: boolean;
}

/** The whitespace-delimited chunk a token sits in ("214/PMK.02/2017", "Rp2.000", "134,32%"). */
function chunkOf(text: string, t: Token): string {
  let a = t.start;
  let b = t.end;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return text.slice(a, b);
}

/** Words before a number that make it a bound ("minimal 80 %", "lebih dari 90"), not a figure. */
const BOUND_BEFORE = new Set([
  "minimal",
  "maksimal",
  "sekurang-kurangnya",
  "setidaknya",
  "setidak-tidaknya",
  "least",
  "most",
]);

/** "100% atau lebih", "100% bahkan lebih", "90 ke atas", "lebih dari 90", "minimal 80 %". */
function isBound(tokens: Token[], i: number, after: number): boolean {
  const p = tokens[i - 1]?.lower;
  const p2 = tokens[i - 2]?.lower;
  if (p !== undefined && BOUND_BEFORE.has(p)) return true;
  if (p === "dari" && (p2 === "lebih" || p2 === "kurang")) return true;
  if (p2 === "paling" && (p === "sedikit" || p === "banyak" || p === "rendah" || p === "tinggi"))
    return true;
  if ((p === "than" || p === "dari") && (p2 === "more" || p2 === "less")) return true;
  const a = tokens[after]?.lower;
  const b = tokens[after + 1]?.lower;
  return ((a === "atau" || a === "bahkan") && b === "lebih") || (a === "ke" && b === "atas");
}

export function numbersOf(text: string, tokens: Token[]): NumberAt[] {
  const out: NumberAt[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "num") return;
    const w = readNumber(t.text);
    if (!w) return;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    let j = i + 1;
    let percent = false;
    let scale = 0;
    if (tokens[j]?.kind === "word" && SCALES[tokens[j].lower] !== undefined) {
      // "M" and "T" only as "2,14 M" (capital), not an ordinary word.
      const s = tokens[j];
      if (s.lower.length > 1 || s.text === s.text.toUpperCase()) {
        scale = SCALES[s.lower];
        j++;
      }
    }
    if (
      tokens[j]?.text === "%" ||
      tokens[j]?.lower === "persen" ||
      tokens[j]?.lower === "percent"
    ) {
      percent = true;
      j++;
    }
    const money =
      prev?.lower === "rp" ||
      (prev?.text === "." && prev2?.lower === "rp") ||
      /^rp\.?\d/i.test(chunkOf(text, t)) ||
      tokens[j]?.lower === "rupiah";
    const next = tokens[j];
    const unit =
      next && next.kind === "word" && !AFTER_OK.has(next.lower) && !percent ? next.text : null;
    // Labels: a number after a label word, in a code, a date, a count in words, a list marker.
    const prevWord = prev?.kind === "word" ? prev : prev?.text === "." ? prev2 : undefined;
    const chunk = chunkOf(text, t)
      .replace(/^rp\.?/i, "")
      .replace(/(?<=[\d)])[xX](?=[\d(])/g, "");
    const year = w.decimals === 0 && !percent && !money && /^(19|20)\d\d$/.test(t.text);
    const label =
      year ||
      (prevWord !== undefined && LABEL_BEFORE.has(prevWord.lower) && !percent && !money) ||
      /[A-Za-z]/.test(chunk.replace(/%/g, "")) ||
      /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(chunk.replace(/[.,;:)]+$/, "")) ||
      (next?.kind === "word" && MONTHS.has(next.lower)) ||
      // "(>100%)", "≤ 50 %", "100% atau lebih", "lebih dari 90": a bound, not a figure.
      (prev?.kind === "sym" && /^[<>≤≥]$/.test(prev.text)) ||
      isBound(tokens, i, j) ||
      (prev?.kind === "word" && MONTHS.has(prev.lower)) ||
      // "3 (tiga) sasaran": a count written out in words.
      (w.decimals === 0 &&
        tokens[j]?.text === "(" &&
        tokens[j + 1]?.kind === "word" &&
        NUMBER_WORD.test(tokens[j + 1].lower)) ||
      (i === 0 && (tokens[1]?.text === "." || tokens[1]?.text === ")") && w.decimals === 0) ||
      // "… sebagai berikut : 1." (a list's first marker run into the sentence before it).
      (prev?.text === ":" &&
        w.decimals === 0 &&
        !percent &&
        (next?.text === "." || next?.text === ")")) ||
      // "3.1" after a label was caught above; "1.1." numbering at the start too.
      (i === 0 && /^\d+(\.\d+)+$/.test(t.text) && tokens[1]?.text === ".");
    // A minus sign not between two numbers (that is a subtraction) makes it negative.
    const negative =
      (prev?.text === "-" || prev?.text === "−" || prev?.text === "–") &&
      prev.end === t.start &&
      !(prev2 && (prev2.kind === "num" || prev2.text === ")" || prev2.text === "%"));
    out.push({
      index: i,
      text: negative ? `-${t.text}` : t.text,
      value: negative ? w.value.neg() : w.value,
      negative,
      decimals: w.decimals,
      percent,
      money,
      scale,
      unit,
      label,
      year,
    });
  });
  return out;
}

const ABBREVIATIONS =
  /\b(no|kab|kec|kel|prov|dr|ir|h|hj|drs|dra|dll|dsb|dkk|tbl|hal|jl|sdr|bpk|st|s\.d|yth|a\.n|u\.p|rp)\.$/i;

/** A paragraph's sentences: split after . ! ? before a capital, a digit or a quote, not after "No." or "Kab.". */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const re = /[.!?]+["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const piece = text.slice(start, end);
    if (ABBREVIATIONS.test(piece.trimEnd())) continue;
    // "1." or "A." alone: a list marker, part of what follows.
    if (/^\s*([0-9]+|[A-Za-z])\.$/.test(piece)) continue;
    out.push({ text: piece, start });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out.filter((s) => s.text.trim() !== "");
}
