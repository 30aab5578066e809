/**
 * English for the core's messages. The calculation core speaks Indonesian only (its messages are
 * what =LKIP.… shows in Excel); a few findings carry such a message as a parameter (`pesan`) and
 * print it as is in Indonesian. For English each message shape the core can give is listed here,
 * by pattern; test/report/contract/core-messages.test.ts makes the core give every one of them, so
 * a reworded core message fails a test instead of leaving Indonesian in an English sentence.
 * null: not a message of ours (the English finding then says it without the detail).
 */

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** Why a text is not a number (core/numbers.ts parseAngka). */
const ANGKA: Rule[] = [
  [/^teks kosong$/, () => "empty text"],
  [/^tanda kurung tidak berpasangan$/, () => "unpaired parenthesis"],
  [/^tanda minus ganda$/, () => "two minus signs"],
  [/^tidak ada angka$/, () => "no digits"],
  [/^berisi karakter "(.*)"$/s, (m) => `it contains the character "${m[1]}"`],
  [
    /^tampak ditulis dalam format Inggris \(koma sebagai pemisah ribuan\); dalam format Indonesia (.+)$/s,
    (m) =>
      `it looks written in English form (commas grouping thousands); here the comma is the decimal mark, so write ${m[1]}`,
  ],
  [/^koma desimal lebih dari satu$/, () => "more than one decimal comma"],
  [/^titik sesudah koma desimal$/, () => "a dot after the decimal comma"],
  [/^tidak ada angka sesudah koma$/, () => "no digits after the comma"],
  [
    /^pemisah ribuan \(titik\) harus memisahkan kelompok tiga angka$/,
    () => "the thousands separator (dot) must separate groups of three digits",
  ],
  [
    /^titik lebih dari satu tetapi bukan pemisah ribuan$/,
    () => "more than one dot, and they do not group thousands",
  ],
  [/^tidak ada angka sesudah titik$/, () => "no digits after the dot"],
];

const SKALA_HELP = /isi salah satu: (.+), atau rentang 2 kolom \(batas bawah, predikat\)$/s;
const skalaHelpEn = (names: string) =>
  `write one of: ${names}, or a 2-column range (lower bound, predikat)`;

const MESSAGES: Rule[] = [
  // core/numbers.ts toDecimal, core/errors.ts throwIfError
  [/^(.+) kosong: isi data \1$/s, (m) => `${m[1]} is blank: fill in ${m[1]}`],
  [/^(.+): sel berisi galat (#\S+)$/s, (m) => `${m[1]}: the cell holds the error ${m[2]}`],
  [/^(.+): bukan bilangan hingga$/s, (m) => `${m[1]}: not a finite number`],
  [
    /^(.+?): "(.*)" bukan angka yang sah \((.*)\); contoh yang diterima: (.+)$/s,
    (m) => {
      const why = englishOf(ANGKA, m[3]);
      return `${m[1]}: "${m[2]}" is not a valid number${why ? ` (${why})` : ""}; accepted forms: ${m[4]}`;
    },
  ],
  [
    /^(.+): nilai logika (TRUE|FALSE) bukan angka; isi angka$/s,
    (m) => `${m[1]}: the logical value ${m[2]} is not a number; write a number`,
  ],
  [/^(.+): bukan angka; isi angka$/s, (m) => `${m[1]}: not a number; write a number`],
  [
    /^(.+) terlalu besar untuk disimpan di sel Excel$/s,
    (m) => `${m[1]} is too large to be stored in an Excel cell`,
  ],
  // core/capaian.ts
  [
    /^arah: "(.*)" tidak dikenal; isi naik \(juga positif, 1\) bila makin tinggi makin baik, atau turun \(juga negatif, -1\) bila makin rendah makin baik$/s,
    (m) =>
      `arah: "${m[1]}" is not known; write naik (or positif, 1) if higher is better, or turun (or negatif, -1) if lower is better`,
  ],
  [/^target 0: capaian tidak dapat dihitung$/, () => "target 0: capaian cannot be computed"],
  [
    /^target negatif \((.+)\): rasio capaian tidak bermakna; nyatakan ulang indikatornya dengan target positif$/s,
    (m) =>
      `negative target (${m[1]}): the capaian ratio has no meaning; restate the indicator with a positive target`,
  ],
  // core/efisiensi.ts, and compute's own reason for a zero denominator
  [
    /^(\S+)(?: \(baris (\d+)\))? negatif \((.+)\): efisiensi tidak dapat dihitung; isi \1 0 atau lebih$/s,
    (m) =>
      `${m[1]}${m[2] ? ` (row ${m[2]})` : ""} is negative (${m[3]}): efisiensi cannot be computed; write ${m[1]} 0 or more`,
  ],
  [
    /^Σ\(pagu × capaian\) = 0: efisiensi tidak dapat dihitung$/,
    () => "Σ(pagu × capaian) = 0: efisiensi cannot be computed",
  ],
  [/^pagu × capaian = 0$/, () => "pagu × capaian = 0"],
  // core/rounding.ts, core/predikat.ts (LKIP_INFO's Pembulatan and Skala)
  [
    /^pembulatan: "(.*)" tidak dikenal; isi ROUND \(dibulatkan\) atau TRUNC \(dipotong\)$/s,
    (m) => `pembulatan: "${m[1]}" is not known; write ROUND (rounded) or TRUNC (truncated)`,
  ],
  [
    /^skala: "(.*)" tidak dikenal; (.+)$/s,
    (m) => {
      const help = SKALA_HELP.exec(m[2]);
      return `skala: "${m[1]}" is not known${help ? `; ${skalaHelpEn(help[1])}` : ""}`;
    },
  ],
];

function englishOf(rules: Rule[], text: string): string | null {
  for (const [re, en] of rules) {
    const m = re.exec(text);
    if (m) return en(m);
  }
  return null;
}

/** The core's (Indonesian) message in English, or null when it is not one the core gives. */
export function coreMessageEn(pesan: string): string | null {
  return englishOf(MESSAGES, pesan);
}
