/**
 * The characters of XML for xml.ts's scanner: classes of the ASCII characters, XML 1.0 (5th
 * edition) name characters, character checks, line ends, and the XML declaration. Code points and
 * indexes only: no regular expression.
 */

/** Malformed XML, or XML this reader refuses (a DOCTYPE). */
export class XmlError extends Error {}

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const QUOT = 0x22;
export const HASH = 0x23;
export const AMP = 0x26;
export const APOS = 0x27;
export const SLASH = 0x2f;
export const SEMI = 0x3b;
export const LT = 0x3c;
export const EQ = 0x3d;
export const GT = 0x3e;
export const QUESTION = 0x3f;
export const BANG = 0x21;
export const RSQB = 0x5d;
export const NEL = 0x85;
export const LS = 0x2028;

// Classes of the ASCII characters, as bits.
export const NAME_START = 1;
export const NAME = 2;
/** Ends a plain run of text inside the root: markup, entity, `]` (of `]]>`), CR, control. */
export const TEXT_STOP = 8;
/** Ends a plain run of an attribute value: quote, markup, entity, tab and line ends, control. */
export const VALUE_STOP = 16;
/** Outside the root only white space is text. */
export const OUT_STOP = 32;
export const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  if ((ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z") || ch === ":" || ch === "_")
    k |= NAME_START | NAME;
  if ((ch >= "0" && ch <= "9") || ch === "-" || ch === ".") k |= NAME;
  const space = c === 32 || c === TAB || c === LF || c === CR;
  const control = c < 32 && c !== TAB && c !== LF;
  if (control || c === LT || c === AMP || c === RSQB) k |= TEXT_STOP;
  if (control || c === LT || c === AMP || c === QUOT || c === APOS || c === TAB || c === LF)
    k |= VALUE_STOP;
  if (!space || c === CR) k |= OUT_STOP;
  CLASS[c] = k;
}

export const isSpace = (c: number) => c === 32 || c === LF || c === TAB || c === CR;

function isNameStartBmp(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

const isNameCharBmp = (c: number) =>
  isNameStartBmp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;

/** A character reference names an XML character (XML 1.1 allows controls by reference). */
export const isRefChar = (v: number, xml11: boolean) =>
  (v >= 0x20 && v <= 0xd7ff) ||
  v === TAB ||
  v === LF ||
  v === CR ||
  (xml11 && v >= 1 && v < 0x20) ||
  (v >= 0xe000 && v <= 0xfffd) ||
  (v >= 0x10000 && v <= 0x10ffff);

export const isLow = (d: number) => d >= 0xdc00 && d <= 0xdfff;

/** Length of the name-start character at k: 1 or 2 (astral), 0 when none, -1 when cut. */
export function nameStart(s: string, k: number): number {
  if (k >= s.length) return -1;
  const c = s.charCodeAt(k);
  if (c < 128) return CLASS[c] & NAME_START ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdb7f) {
    if (k + 1 >= s.length) return -1;
    return isLow(s.charCodeAt(k + 1)) ? 2 : 0;
  }
  return isNameStartBmp(c) ? 1 : 0;
}

/** End of the name characters from k; -1 when the text ends first (the name may go on). */
export function nameEnd(s: string, k: number): number {
  const n = s.length;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      if ((CLASS[c] & NAME) === 0) return k;
      k++;
    } else if (c >= 0xd800 && c <= 0xdb7f) {
      if (k + 1 >= n) return -1;
      if (!isLow(s.charCodeAt(k + 1))) return k;
      k += 2;
    } else if (isNameCharBmp(c)) k++;
    else return k;
  }
  return -1;
}

export function fail(why: string): never {
  throw new XmlError(why);
}

/** Every character in s[a, b) is an XML character (surrogates only in pairs). */
export function checkChars(s: string, a: number, b: number): void {
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x20 ? c < 0xd800 || (c >= 0xe000 && c < 0xfffe) : c === TAB || c === LF || c === CR)
      continue;
    if (c <= 0xdbff && c >= 0xd800 && k + 1 < b && isLow(s.charCodeAt(k + 1))) k++;
    else fail("illegal character");
  }
}

/** CR LF and a lone CR as LF. */
export function lineEnds(t: string): string {
  let k = t.indexOf("\r");
  if (k < 0) return t;
  let out = "";
  let a = 0;
  while (k >= 0) {
    out += `${t.slice(a, k)}\n`;
    a = t.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
    k = t.indexOf("\r", a);
  }
  return out + t.slice(a);
}

/**
 * XML 1.1 text as XML 1.0 sees it: CR LF, CR NEL, CR, NEL and LS are line ends, C1 controls are
 * refused. A CR at the end of a chunk stays, for the next chunk to complete.
 */
export function lineEnds11(s: string, final: boolean): string {
  const n = s.length;
  let out = "";
  let a = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x7f ? c !== CR : c > 0x9f && c !== LS) continue;
    if (c === CR) {
      if (k + 1 >= n && !final) break;
      const d = s.charCodeAt(k + 1);
      out += `${s.slice(a, k)}\n`;
      if (d === LF || d === NEL) k++;
      a = k + 1;
    } else if (c === NEL || c === LS) {
      out += `${s.slice(a, k)}\n`;
      a = k + 1;
    } else fail("illegal character");
  }
  return a === 0 ? s : out + s.slice(a);
}

const USUAL = ' version="1.0" encoding="UTF-8" standalone="yes"';

/**
 * The XML declaration's pseudo-attributes in s[a, b) (up to its `?`): version, then encoding and
 * standalone if given, as saxes checks them. True when the version is not 1.0 (read as XML 1.1).
 */
export function readDeclaration(s: string, a: number, b: number): boolean {
  // What Excel, LibreOffice and ExcelJS write, in every part: no need to take it apart.
  if (b - a === USUAL.length && s.startsWith(USUAL, a)) return false;
  let xml11 = false;
  // Once the version says 1.1, saxes reads NEL and LS as line ends, so as white space.
  const space = (c: number) => isSpace(c) || (xml11 && (c === NEL || c === LS));
  const order = ["version", "encoding", "standalone"];
  let next = 0;
  let k = a;
  for (;;) {
    const spaced = k;
    while (k < b && space(s.charCodeAt(k))) k++;
    if (k >= b) break;
    if (k === spaced) fail("XML declaration: white space required");
    let e = k;
    while (e < b && !space(s.charCodeAt(e)) && s.charCodeAt(e) !== EQ) e++;
    const which = order.indexOf(s.slice(k, e));
    if (which < next || (next === 0 && which !== 0)) fail("XML declaration: unexpected name");
    k = e;
    while (k < b && space(s.charCodeAt(k))) k++;
    if (k >= b || s.charCodeAt(k) !== EQ) fail("XML declaration: = expected");
    while (++k < b && space(s.charCodeAt(k)));
    const q = k < b ? s.charCodeAt(k) : -1;
    if (q !== QUOT && q !== APOS) fail("XML declaration: unquoted value");
    const end = s.indexOf(q === QUOT ? '"' : "'", k + 1);
    if (end < 0 || end >= b) fail("XML declaration: unterminated value");
    const v = s.slice(k + 1, end);
    if (which === 0) {
      if (!(v.length > 2 && v.startsWith("1.") && allChars(v, 2, isDigit)))
        fail("XML declaration: bad version");
      xml11 = v !== "1.0";
    } else if (which === 1) {
      if (!(v.length > 0 && isLetter(v.charCodeAt(0)) && allChars(v, 1, isEncodingChar)))
        fail("XML declaration: bad encoding");
    } else if (v !== "yes" && v !== "no") fail("XML declaration: bad standalone");
    next = which + 1;
    k = end + 1;
  }
  if (next === 0) fail("XML declaration without a version");
  return xml11;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => (c | 32) >= 0x61 && (c | 32) <= 0x7a;
const isEncodingChar = (c: number) =>
  isLetter(c) || isDigit(c) || c === 0x2e || c === 0x5f || c === 0x2d;

function allChars(v: string, from: number, ok: (c: number) => boolean): boolean {
  for (let k = from; k < v.length; k++) if (!ok(v.charCodeAt(k))) return false;
  return true;
}

/** s at k spells word (the whole of it). */
export function sameAt(s: string, k: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (s.charCodeAt(k + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** 1 when s at k spells lit, 0 when s ends while it still might, -1 when it does not. */
export function prefixAt(s: string, k: number, lit: string): number {
  for (let i = 0; i < lit.length; i++) {
    if (k + i >= s.length) return 0;
    if (s.charCodeAt(k + i) !== lit.charCodeAt(i)) return -1;
  }
  return 1;
}
