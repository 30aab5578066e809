/**
 * XML through our own streaming scanner, strict as saxes was and giving the same events
 * (test/xlsx/xml.test.ts holds the two side by side: every fixture part, generated and malformed
 * documents, whole and cut into chunks anywhere). A character scanner: indexOf and charCodeAt, no
 * regular expression ever looks at a part's XML. Why our own: in a CPU profile of `lkip rekap` over
 * 300 generated OPD workbooks saxes took ~13% (its per-character state machine and the garbage of
 * its tag objects); this takes ~6%: it reads a whole tag in one pass, reuses the strings of names
 * it has seen and builds no attribute object for an element without attributes.
 *
 * Refused (XmlError): a document type declaration (so no entity can expand: only the five
 * predefined entities and character references are decoded, in text and attribute values),
 * unbalanced or mismatched tags, a second root, text or CDATA outside the root, unquoted,
 * duplicate or unterminated attributes, `<` in an attribute value, `]]>` in text, an unknown
 * entity or a bare `&`, characters and character references that are not XML characters (lone
 * surrogates too), `--` in a comment, a misplaced or malformed XML declaration, a processing
 * instruction named xml, and anything left open at close(). Comments, processing instructions
 * and the declaration are skipped. Line ends become `\n` (in XML 1.1 NEL and LS too); in an
 * attribute value a tab or a line end becomes a space.
 *
 * A construct cut by a chunk's end waits for more text and is tried again once the text waiting
 * has doubled: a long tag, comment or CDATA fed in small chunks costs linear time.
 */
import * as chars from "./xml-chars";

// Bound once: a bundler inlines these anyway, but a test runner's or tsx's module wrapper would
// call an export getter at every use in the scanner's inner loops (measured: 3× slower).
const {
  AMP,
  APOS,
  BANG,
  checkChars,
  CLASS,
  CR,
  EQ,
  fail,
  GT,
  HASH,
  isLow,
  isRefChar,
  isSpace,
  LF,
  lineEnds,
  lineEnds11,
  LT,
  nameEnd,
  nameStart,
  OUT_STOP,
  prefixAt,
  QUESTION,
  QUOT,
  readDeclaration,
  RSQB,
  sameAt,
  SEMI,
  SLASH,
  TAB,
  TEXT_STOP,
  VALUE_STOP,
} = chars;

export interface XmlHandlers {
  /** An element opens: its local name (prefix dropped) and its attributes as written (see attr). */
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  /** Text and CDATA, decoded; one call per run of text between two pieces of markup. */
  text?: (text: string) => void;
}

export { XmlError } from "./xml-chars";

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** An attribute by local name, whatever its prefix (r:id, x:r …). */
export function attr(a: Record<string, string>, local: string): string | undefined {
  if (a[local] !== undefined) return a[local];
  for (const k in a) if (k.endsWith(`:${local}`)) return a[k];
  return undefined;
}

export interface XmlStream {
  write(chunk: string): void;
  close(): void;
}

/** A push parser: feed text chunks as a part inflates, then close. */
export function xmlStream(h: XmlHandlers): XmlStream {
  const scanner = new Scanner(h);
  const guard = (chunk: string | null) => {
    try {
      if (chunk === null) scanner.close();
      else scanner.write(chunk);
    } catch (e) {
      // A handler's plain Error counts as malformed XML, as it did when saxes threw plain Errors.
      if (e instanceof Error && e.constructor === Error) throw new chars.XmlError(e.message);
      throw e;
    }
  };
  return { write: (chunk) => guard(chunk), close: () => guard(null) };
}

/** A whole small document. */
export function parseXml(text: string, h: XmlHandlers): void {
  const s = xmlStream(h);
  s.write(text);
  s.close();
}

// Attribute objects have no Object.prototype (so no inherited names), like saxes' own; made from
// an empty prototype rather than from null, so V8 keeps them as fast objects.
const ATTRS = Object.create(null) as object;
const EMPTY = Object.freeze(Object.create(ATTRS)) as Record<string, string>;
const CACHE = 256;
/** One-letter names (c, v, r, s, t: most of a sheet's) without hashing. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

class Scanner {
  private readonly onOpen: XmlHandlers["open"];
  private readonly onClose: XmlHandlers["close"];
  private readonly onText: XmlHandlers["text"];
  /** Text waiting for a cut construct to complete, and how long it must grow before a retry. */
  private waiting: string[] | null = null;
  private waitingLength = 0;
  private retryAt = 0;
  /** Text of the current run, decoded, not yet given to the handler. */
  private text = "";
  /** Open elements: qualified names (to match end tags) and local names. */
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private started = false;
  /** Some markup has been read (white space before the first is not text). */
  private begun = false;
  private declPossible = true;
  private sawRoot = false;
  private closedRoot = false;
  private xml11 = false;
  /** Where the last entity or attribute value read ended. */
  private pos = 0;
  // Names seen, by a hash of length and end characters, so a repeated name costs no string.
  private readonly cacheNames: string[] = new Array<string>(CACHE).fill("");
  private readonly cacheLocals: string[] = new Array<string>(CACHE).fill("");
  private local = "";
  /** The attribute names of the tag being read. */
  private readonly keys: string[] = [];

  constructor(h: XmlHandlers) {
    this.onOpen = h.open;
    this.onClose = h.close;
    this.onText = h.text;
  }

  write(chunk: string): void {
    if (chunk.length === 0) return;
    let s = chunk;
    if (this.waiting !== null) {
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      if (this.waitingLength < this.retryAt) return;
      s = this.waiting.join("");
      this.waiting = null;
    }
    const rest = this.run(s, false);
    if (rest.length > 0) {
      this.waiting = [rest];
      this.waitingLength = rest.length;
      this.retryAt = 2 * rest.length;
    }
  }

  close(): void {
    const s = this.waiting === null ? "" : this.waiting.join("");
    this.waiting = null;
    this.run(s, true);
    if (!this.sawRoot) fail("no root element");
    if (this.names.length > 0) fail(`unclosed element ${this.names[this.names.length - 1]}`);
    if (this.text !== "") {
      const t = this.text;
      this.text = "";
      this.onText?.(t);
    }
  }

  /** Reads s; returns what must wait for more text (in the final call nothing, or it throws). */
  private run(s: string, final: boolean): string {
    if (this.xml11) s = lineEnds11(s, final);
    const n = s.length;
    let i = 0;
    if (!this.started) {
      if (n === 0) return "";
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) i = 1;
    }
    while (i < n) {
      const inRoot = this.names.length > 0;
      const stop = inRoot ? TEXT_STOP : OUT_STOP;
      const start = i;
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        // Lower-case letters and most of the BMP: plain text, the common case, in one test.
        if (c > RSQB && c < 0xd800 && inRoot) {
          j++;
          continue;
        }
        if (c < 128) {
          if ((CLASS[c] & stop) === 0) {
            j++;
            continue;
          }
          if (c === RSQB && inRoot) {
            const d = j + 1 < n ? s.charCodeAt(j + 1) : -1;
            const e = j + 2 < n ? s.charCodeAt(j + 2) : -1;
            if (d === RSQB && e === GT) fail("]]> in text");
            if (!final && (d === -1 || (d === RSQB && e === -1))) break;
            j++;
            continue;
          }
          break;
        }
        if (!inRoot) break;
        if (c < 0xd800 || (c >= 0xe000 && c < 0xfffe)) j++;
        else if (c <= 0xdbff && j + 1 < n && isLow(s.charCodeAt(j + 1))) j += 2;
        else break;
      }
      this.addText(s, start, j);
      if (j >= n) return "";
      if (c === LT) {
        this.flushText();
        this.begun = true;
        const wasXml11 = this.xml11;
        const k = this.markup(s, j);
        if (k < 0) {
          if (final) fail("unexpected end");
          return s.slice(j);
        }
        this.declPossible = false;
        // The declaration said XML 1.1: the rest is read with its line ends.
        if (this.xml11 && !wasXml11) return this.run(s.slice(k), final);
        i = k;
      } else if (c === CR) {
        if (j + 1 >= n && !final) return s.slice(j);
        this.addLineEnd();
        i = s.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
      } else if (!inRoot) {
        fail("text outside the root element");
      } else if (c === AMP) {
        const t = this.entity(s, j);
        if (t === null) {
          if (final) fail("unexpected end");
          return s.slice(j);
        }
        if (this.onText !== undefined) this.text += t;
        i = this.pos;
      } else if (c === RSQB || (c >= 0xd800 && c <= 0xdbff && j + 1 >= n && !final)) {
        return s.slice(j);
      } else fail("illegal character");
    }
    return "";
  }

  private addText(s: string, a: number, b: number): void {
    if (b <= a) return;
    if (!this.begun) this.declPossible = false;
    else if (this.onText !== undefined) this.text += s.slice(a, b);
  }

  private addLineEnd(): void {
    if (!this.begun) this.declPossible = false;
    else if (this.onText !== undefined) this.text += "\n";
  }

  private flushText(): void {
    if (this.text === "") return;
    const t = this.text;
    this.text = "";
    this.onText?.(t);
  }

  /** Markup at j (a `<`): the index after it, or -1 when it is cut. */
  private markup(s: string, j: number): number {
    if (j + 1 >= s.length) return -1;
    switch (s.charCodeAt(j + 1)) {
      case SLASH:
        return this.endTag(s, j + 2);
      case BANG:
        return this.bang(s, j + 2);
      case QUESTION:
        return this.instruction(s, j + 2);
      default:
        return this.startTag(s, j + 1);
    }
  }

  /** The name s[a, b), the same string as last time it was seen; its local name in this.local. */
  private name(s: string, a: number, b: number): string {
    const len = b - a;
    if (len === 1) {
      const c = s.charCodeAt(a);
      if (c < 128 && c !== 0x3a) return (this.local = ASCII[c]);
    }
    const h = (len * 31 + s.charCodeAt(a) * 7 + s.charCodeAt(b - 1)) & (CACHE - 1);
    const known = this.cacheNames[h];
    if (known.length === len && sameAt(s, a, known)) {
      this.local = this.cacheLocals[h];
      return known;
    }
    const name = s.slice(a, b);
    this.cacheNames[h] = name;
    this.cacheLocals[h] = this.local = localName(name);
    return name;
  }

  private startTag(s: string, a: number): number {
    const n = s.length;
    const f = nameStart(s, a);
    if (f < 0) return -1;
    if (f === 0) fail("illegal character after <");
    let k = nameEnd(s, a + f);
    if (k < 0) return -1;
    if (this.closedRoot) fail("a second root element");
    const qname = this.name(s, a, k);
    const local = this.local;
    let attrs = EMPTY;
    const keys = this.keys;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      if (k >= n) return -1;
      let c = s.charCodeAt(k);
      if (c === GT) {
        k++;
        break;
      }
      if (c === SLASH) {
        if (k + 1 >= n) return -1;
        if (s.charCodeAt(k + 1) !== GT) fail("/ not followed by >");
        selfClosing = true;
        k += 2;
        break;
      }
      if (!isSpace(c)) fail("illegal character in a tag");
      while (++k < n && isSpace(s.charCodeAt(k)));
      if (k >= n) return -1;
      c = s.charCodeAt(k);
      if (c === GT || c === SLASH) continue;
      const g = nameStart(s, k);
      if (g < 0) return -1;
      if (g === 0) fail("illegal character in a tag");
      const e = nameEnd(s, k + g);
      if (e < 0) return -1;
      const key = this.name(s, k, e);
      k = e;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return -1;
      if (s.charCodeAt(k) !== EQ) fail("attribute without a value");
      while (++k < n && isSpace(s.charCodeAt(k)));
      if (k >= n) return -1;
      const q = s.charCodeAt(k);
      if (q !== QUOT && q !== APOS) fail("unquoted attribute value");
      const value = this.value(s, k + 1, q);
      if (value === null) return -1;
      k = this.pos;
      if (attrs === EMPTY) attrs = Object.create(ATTRS) as Record<string, string>;
      // Names mostly come from the cache: comparing a few is cheaper than a keyed lookup; a tag
      // with many attributes is looked up, so that it costs linear time.
      if (count < 16) {
        for (let i = 0; i < count; i++) if (keys[i] === key) fail(`duplicate attribute ${key}`);
        keys[count++] = key;
      } else if (attrs[key] !== undefined) fail(`duplicate attribute ${key}`);
      attrs[key] = value;
    }
    this.sawRoot = true;
    this.onOpen?.(local, attrs);
    if (selfClosing) {
      this.onClose?.(local);
      if (this.names.length === 0) this.closedRoot = true;
    } else {
      this.names.push(qname);
      this.locals.push(local);
    }
    return k;
  }

  /** An attribute value from k up to the quote q, normalised; null when cut. */
  private value(s: string, k: number, q: number): string | null {
    const n = s.length;
    let out = "";
    let a = k;
    for (;;) {
      if (k >= n) return null;
      const c = s.charCodeAt(k);
      if (c < 128) {
        if ((CLASS[c] & VALUE_STOP) === 0 || (c !== q && (c === QUOT || c === APOS))) {
          k++;
          continue;
        }
        if (c === q) break;
        if (c === TAB || c === LF || c === CR) {
          if (c === CR && k + 1 >= n) return null;
          out += `${s.slice(a, k)} `;
          k += c === CR && s.charCodeAt(k + 1) === LF ? 2 : 1;
          a = k;
        } else if (c === AMP) {
          const t = this.entity(s, k);
          if (t === null) return null;
          out += s.slice(a, k) + t;
          k = a = this.pos;
        } else fail(c === LT ? "< in an attribute value" : "illegal character");
      } else if (c < 0xd800 || (c >= 0xe000 && c < 0xfffe)) k++;
      else if (c <= 0xdbff && k + 1 < n && isLow(s.charCodeAt(k + 1))) k += 2;
      else if (c <= 0xdbff && k + 1 >= n) return null;
      else fail("illegal character");
    }
    this.pos = k + 1;
    return out === "" ? s.slice(a, k) : out + s.slice(a, k);
  }

  /** The entity or character reference at k (a `&`), decoded; null when cut. */
  private entity(s: string, k: number): string | null {
    const n = s.length;
    let m = k + 1;
    if (m >= n) return null;
    if (s.charCodeAt(m) === HASH) {
      if (++m >= n) return null;
      const hex = s.charCodeAt(m) === 0x78;
      if (hex) m++;
      const first = m;
      let v = 0;
      for (; ; m++) {
        if (m >= n) return null;
        const c = s.charCodeAt(m);
        const low = c | 32;
        let d: number;
        if (c >= 0x30 && c <= 0x39) d = c - 0x30;
        else if (hex && low >= 0x61 && low <= 0x66) d = low - 0x57;
        else break;
        v = Math.min(v * (hex ? 16 : 10) + d, 0x110000);
      }
      if (m === first || s.charCodeAt(m) !== SEMI) fail("malformed character reference");
      if (!isRefChar(v, this.xml11)) fail("character reference to a non-character");
      this.pos = m + 1;
      return String.fromCodePoint(v);
    }
    // The five predefined entities, the longest four letters.
    const semi = s.indexOf(";", m);
    if (semi < 0 || semi > k + 5) {
      if (semi < 0 && n <= k + 5) return null;
      fail("unknown entity");
    }
    this.pos = semi + 1;
    switch (s.slice(m, semi)) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return fail("unknown entity");
    }
  }

  private endTag(s: string, a: number): number {
    const n = s.length;
    const e = nameEnd(s, a);
    if (e < 0) return -1;
    let k = e;
    while (k < n && isSpace(s.charCodeAt(k))) k++;
    if (k >= n) return -1;
    if (s.charCodeAt(k) !== GT) fail("illegal character in an end tag");
    const depth = this.names.length;
    if (e === a || depth === 0) fail("end tag without a start tag");
    const qname = this.names.pop()!;
    // saxes closed the open element before it found the end tag did not match: so do we.
    this.onClose?.(this.locals.pop()!);
    if (qname.length !== e - a || !sameAt(s, a, qname)) fail(`end tag does not match ${qname}`);
    if (depth === 1) this.closedRoot = true;
    return k + 1;
  }

  /** After `<!`: a comment, CDATA, or a refused DOCTYPE. */
  private bang(s: string, a: number): number {
    const comment = prefixAt(s, a, "--");
    const cdata = prefixAt(s, a, "[CDATA[");
    const doctype = prefixAt(s, a, "DOCTYPE");
    if (doctype > 0) fail("document type declaration");
    if (comment > 0) {
      const e = s.indexOf("--", a + 2);
      if (e < 0 || e + 2 >= s.length) return -1;
      if (s.charCodeAt(e + 2) !== GT) fail("-- in a comment");
      checkChars(s, a + 2, e);
      return e + 3;
    }
    if (cdata > 0) {
      if (!this.sawRoot || this.closedRoot) fail("CDATA outside the root element");
      const e = s.indexOf("]]>", a + 7);
      if (e < 0) return -1;
      checkChars(s, a + 7, e);
      this.onText?.(lineEnds(s.slice(a + 7, e)));
      return e + 3;
    }
    if (comment === 0 || cdata === 0 || doctype === 0) return -1;
    return fail("illegal markup after <!");
  }

  /** After `<?`: the XML declaration or a processing instruction (skipped). */
  private instruction(s: string, a: number): number {
    const f = nameStart(s, a);
    if (f < 0) return -1;
    if (f === 0) fail("processing instruction without a target");
    const e = nameEnd(s, a + f);
    if (e < 0) return -1;
    const c = s.charCodeAt(e);
    if (c !== QUESTION && !isSpace(c)) fail("illegal character in a processing instruction");
    const target = s.slice(a, e);
    if (target === "xml") {
      if (!this.declPossible) fail("XML declaration not at the start");
      const q = s.indexOf("?", e);
      if (q < 0 || q + 1 >= s.length) return -1;
      if (s.charCodeAt(q + 1) !== GT) fail("? in the XML declaration");
      if (readDeclaration(s, e, q)) this.xml11 = true;
      return q + 2;
    }
    const end = s.indexOf("?>", e);
    if (end < 0) return -1;
    if (target.toLowerCase() === "xml") fail("reserved processing instruction target");
    checkChars(s, e, end);
    return end + 2;
  }
}
