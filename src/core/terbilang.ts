/** Terbilang (src/core/README.md §7): an amount in Indonesian words, each word capitalised. */
import { LkipError } from "./errors";
import { Decimal } from "./numbers";

const SATUAN = [
  "Nol",
  "Satu",
  "Dua",
  "Tiga",
  "Empat",
  "Lima",
  "Enam",
  "Tujuh",
  "Delapan",
  "Sembilan",
];
// Groups of three digits from 10^3 up; 1 000 alone reads "Seribu", the larger ones "Satu ...".
const SKALA_RIBUAN = ["", "Ribu", "Juta", "Miliar", "Triliun"];
const BATAS = new Decimal(10).pow(3 * SKALA_RIBUAN.length); // 1 000 triliun

/** 1..999 in words. */
function ratusan(n: number): string[] {
  const words: string[] = [];
  const r = Math.floor(n / 100);
  const sisa = n % 100;
  if (r === 1) words.push("Seratus");
  else if (r > 1) words.push(SATUAN[r], "Ratus");
  if (sisa === 10) words.push("Sepuluh");
  else if (sisa === 11) words.push("Sebelas");
  else if (sisa > 11 && sisa < 20) words.push(SATUAN[sisa - 10], "Belas");
  else {
    const p = Math.floor(sisa / 10);
    if (p > 0) words.push(SATUAN[p], "Puluh");
    if (sisa % 10 > 0) words.push(SATUAN[sisa % 10]);
  }
  return words;
}

function bulat(digits: string): string[] {
  if (/^0*$/.test(digits)) return ["Nol"];
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((g, i) => {
    const level = groups.length - 1 - i;
    if (g === 0) return;
    if (level === 1 && g === 1) words.push("Seribu");
    else words.push(...ratusan(g), SKALA_RIBUAN[level]);
  });
  return words.filter((w) => w !== "");
}

export function terbilang(angka: Decimal, satuan?: string): string {
  const x = new Decimal(angka);
  if (!x.isFinite()) throw new LkipError("#NUM!", { kode: "TIDAK_HINGGA", arg: "angka" });
  const abs = x.abs();
  if (abs.gte(BATAS)) {
    throw new LkipError("#VALUE!", { kode: "TERBILANG_TERLALU_BESAR" });
  }
  const [int, frac = ""] = abs.toFixed().split(".");
  const words = bulat(int);
  if (frac !== "") words.push("Koma", ...Array.from(frac, (c) => SATUAN[Number(c)]));
  if (x.isNegative() && !x.isZero()) words.unshift("Minus");
  const s = satuan?.trim();
  if (s) words.push(s);
  return words.join(" ");
}
