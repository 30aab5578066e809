/**
 * The XML scanner against saxes, the parser it replaced (and which ExcelJS still uses): on every
 * XML part of the fixtures, of the sample workbook, of generated workbooks and Word documents, on
 * random documents and on malformed ones, fed whole and cut into chunks anywhere, both give the
 * same events (open with attributes, close, the text between two tags) or both refuse.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { writeInputPlan } from "../../src/xlsx/write";
import { attr, parseXml, xmlStream, XmlError, type XmlHandlers } from "../../src/xlsx/xml";
import { benchInputPlan } from "../bench/workbooks";
import { buildDocx } from "./naskah-files";
import { IKU_HEAD, rawXlsx, rowsXml } from "./packages";

// ------------------------------------------------------------------ the two parsers

type Event = ["open", string, [string, string][]] | ["close", string] | ["text", string];

/** Events with the text between two tags joined (both parsers may give it in pieces). */
function recorder(): { h: XmlHandlers; events: Event[] } {
  const events: Event[] = [];
  const h: XmlHandlers = {
    open: (name, attrs) => events.push(["open", name, Object.entries(attrs)]),
    close: (name) => events.push(["close", name]),
    text: (t) => {
      if (t === "") return;
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += t;
      else events.push(["text", t]);
    },
  };
  return { h, events };
}

/** "throws", or the events as JSON. */
function ours(chunks: string[]): string {
  const { h, events } = recorder();
  try {
    const s = xmlStream(h);
    for (const c of chunks) s.write(c);
    s.close();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return "throws";
  }
  return JSON.stringify(events);
}

const localName = (q: string) => q.slice(q.indexOf(":") + 1);

/** saxes as src/xlsx/xml.ts used it before: DOCTYPE refused, CDATA as text, prefixes dropped. */
function theirs(chunks: string[]): string {
  const { h, events } = recorder();
  const p = new SaxesParser({ position: false });
  p.on("doctype", () => {
    throw new Error("doctype");
  });
  p.on("opentag", (t) => h.open!(localName(t.name), t.attributes as Record<string, string>));
  p.on("closetag", (t) => h.close!(localName(t.name)));
  p.on("text", h.text!);
  p.on("cdata", h.text!);
  try {
    for (const c of chunks) p.write(c);
    p.close();
  } catch {
    return "throws";
  }
  return JSON.stringify(events);
}

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chunks of random sizes up to max. */
function cut(doc: string, random: () => number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < doc.length;) {
    const n = 1 + Math.floor(random() * max);
    out.push(doc.slice(i, i + n));
    i += n;
  }
  return out;
}

/**
 * Our events equal saxes' on the whole document, and ours are the same whatever the chunks: cut
 * in two at every position (a short document) or at random ones, one character at a time, and in
 * random-sized chunks. Returns saxes' outcome.
 */
function sameAsSaxes(doc: string, label: string, seed = 1): string {
  const expected = theirs([doc]);
  const random = rng(seed);
  const tries: string[][] = [[doc]];
  if (doc.length <= 1500)
    for (let k = 0; k <= doc.length; k++) tries.push([doc.slice(0, k), doc.slice(k)]);
  else
    for (let r = 0; r < 40; r++) {
      const k = Math.floor(random() * (doc.length + 1));
      tries.push([doc.slice(0, k), doc.slice(k)]);
    }
  if (doc.length <= 20_000) tries.push(doc.split(""));
  tries.push(cut(doc, random, 7), cut(doc, random, 300), cut(doc, random, 16384));
  for (const chunks of tries) {
    const got = ours(chunks);
    if (got !== expected)
      expect({ label, chunks: chunks.length === 2 ? chunks : chunks.length, got }).toEqual({
        label,
        chunks: chunks.length === 2 ? chunks : chunks.length,
        got: expected,
      });
  }
  return expected;
}

/** Every XML part of a zip package, as text. */
function xmlParts(bytes: Uint8Array): [string, string][] {
  const decoder = new TextDecoder();
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, data]) => [name, decoder.decode(data)]);
}

// ------------------------------------------------------------------ random documents

const ELEMENT_NAMES = [
  "c",
  "row",
  "x:sheetData",
  "w:t",
  "si",
  "t",
  "a.b-c_d",
  "Ünï",
  "名前",
  "\u{10000}x",
  "_",
];
const ATTRIBUTE_NAMES = [
  "r",
  "s",
  "t",
  "r:id",
  "xml:space",
  "x14ac:dyDescent",
  "ref",
  "Target",
  "é",
];
const TEXTS = [
  "Capaian ",
  "100,5",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#65;",
  "&#x1F600;",
  "&#x0000041;",
  "\u{1F600}",
  "é",
  "\r\n",
  "\r",
  "\n",
  "\t",
  " ",
  "]",
  "]]",
  ">",
  "'",
  '"',
  "\u00a0",
  "\ufffd",
  "\u0085",
  "\u2028",
  "Rp 1.000.000",
  "ketercapaian kinerja",
];
const VALUES = [
  "1",
  "A1",
  "&amp;",
  "&#10;",
  "&#9;",
  "&#13;",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "x y",
  ">",
  "\u{1F600}",
  "é",
  "&lt;",
  "]]>",
];

function randomDocument(random: () => number, xml11 = false): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const misc = () =>
    pick([" ", "\n", "\r\n", "<!-- catatan - satu -->", "<?lkip data ? >?>", "<?pi?>", "\t"]);
  const text = () => {
    let t = "";
    for (let n = Math.floor(random() * 4); n > 0; n--) t += pick(TEXTS);
    return t.split("]]>").join("]] >"); // not allowed in text
  };
  const attrs = () => {
    const names = ATTRIBUTE_NAMES.filter(() => random() < 0.3);
    return names
      .map((a) => {
        const q = random() < 0.7 ? '"' : "'";
        let v = "";
        for (let n = Math.floor(random() * 3); n > 0; n--) v += pick(VALUES);
        v += q === '"' ? "'" : '"';
        return `${pick([" ", "\n", "\t ", "\r\n"])}${a}${pick(["=", " = "])}${q}${v}${q}`;
      })
      .join("");
  };
  const element = (depth: number): string => {
    const name = pick(ELEMENT_NAMES);
    const open = `<${name}${attrs()}${pick(["", " ", "\n"])}`;
    if (random() < 0.25) return `${open}/>`;
    let body = "";
    const n = depth > 3 ? 0 : Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      body += text();
      const r = random();
      if (r < 0.1) body += `<![CDATA[${pick(["a<b&c", "]", "]]", "x\r\ny", ""])}]]>`;
      else if (r < 0.2) body += misc();
      else body += element(depth + 1);
    }
    return `${open}>${body}${text()}</${name}${pick(["", " ", "\n"])}>`;
  };
  const version = xml11 ? "1.1" : "1.0";
  const decl = pick([
    "",
    `<?xml version="${version}"?>`,
    `<?xml version='${version}' encoding="UTF-8" standalone="yes"?>`,
    `<?xml version = "${version}" standalone='no' ?>`,
  ]);
  const bom = random() < 0.1 ? "\ufeff" : "";
  return `${bom}${decl}${misc()}${element(0)}${misc()}${random() < 0.3 ? misc() : ""}`;
}

const INSERTS = [
  "<",
  ">",
  "&",
  "]]>",
  '"',
  "'",
  "=",
  "/",
  "\u0001",
  "</c>",
  "<c>",
  "--",
  "<!DOCTYPE x>",
  " a='1'",
  "&#0;",
  "&bogus;",
  "\ufffe",
  "<?xml version='1.0'?>",
  "<![CDATA[",
  "?>",
  "&#xD800;",
  "\u007f",
  "\u0085",
  "<!-",
  "&#X41;",
  // Characters at the edges of XML's classes (controls, XML 1.1's line ends, names, planes).
  "\u000b",
  "\u0080",
  "\u009f",
  "\u2028",
  "\ufeff",
  "\uffff",
  "\u{10000}",
  "\u{F0000}",
  "\u{10FFFF}",
  "\r",
  "\u00b7",
  "\u0300",
  ":",
  "<?xml version='1.1'?>",
  "&#x85;",
  "&#1;",
];

function wellFormedUtf16(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** One to three random edits: a character deleted, a piece inserted, the tail cut. */
function mutate(doc: string, random: () => number): string {
  let s = doc;
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const k = Math.floor(random() * (s.length + 1));
    const r = random();
    if (r < 0.35) s = s.slice(0, k) + s.slice(k + 1);
    else if (r < 0.9)
      s = s.slice(0, k) + INSERTS[Math.floor(random() * INSERTS.length)] + s.slice(k);
    else s = s.slice(0, k);
  }
  return s;
}

// ------------------------------------------------------------------ the tests

describe("the XML scanner gives saxes' events on real parts", () => {
  const files = [
    ...readdirSync("test/fixtures")
      .filter((f) => /\.(xlsx|docx)$/.test(f))
      .map((f) => join("test/fixtures", f)),
    "assets/contoh-lkip-2024.xlsx",
  ];

  it.each(files)("%s: every XML part", (file) => {
    const parts = xmlParts(readFileSync(file));
    expect(parts.length).toBeGreaterThan(3);
    for (const [name, xml] of parts) expect(sameAsSaxes(xml, `${file}:${name}`)).not.toBe("throws");
  });

  it("a generated OPD workbook (ExcelJS), a hand-written package and a Word document", async () => {
    const parts = [
      ...xmlParts(new Uint8Array(await writeInputPlan(benchInputPlan(60)).xlsx.writeBuffer())),
      ...xmlParts(
        await rawXlsx({
          sheets: [
            { name: "D", rows: rowsXml([IKU_HEAD, ["Sasaran & mutu", 'Indeks "IKM"', 80, 82.5]]) },
          ],
          names: [["LKIP_IKU", "D!$A$1:$D$2"]],
        })
      ),
      ...xmlParts(
        await buildDocx([
          { heading: "BAB III Akuntabilitas Kinerja" },
          "Capaian kinerja 104,5% — target <100> & \u{1F4C8} tercapai.\nBaris baru",
          {
            table: [
              ["Sasaran", "Indikator"],
              ["Meningkatnya mutu", "IKM"],
            ],
          },
        ])
      ),
    ];
    expect(parts.length).toBeGreaterThan(10);
    for (const [name, xml] of parts) expect(sameAsSaxes(xml, name)).not.toBe("throws");
  });
});

describe("the XML scanner gives saxes' events on generated documents", () => {
  it("random trees: attributes, entities, CDATA, comments, PIs, astral characters, line ends", () => {
    const random = rng(26);
    for (let i = 0; i < 300; i++) {
      const doc = randomDocument(random, i % 10 === 9);
      const outcome = i < 40 ? sameAsSaxes(doc, `doc ${i}`, i) : theirs([doc]);
      expect(outcome, JSON.stringify(doc)).not.toBe("throws");
      if (i >= 40) {
        expect(ours([doc]), JSON.stringify(doc)).toBe(outcome);
        expect(ours(cut(doc, random, 9)), JSON.stringify(doc)).toBe(outcome);
      }
    }
  });

  it("the same documents edited at random: refused exactly when saxes refuses them", () => {
    const random = rng(2026);
    let refused = 0;
    let read = 0;
    for (let i = 0; i < 1500; i++) {
      const doc = mutate(randomDocument(random, i % 10 === 9), random);
      // Lone surrogates never reach the scanner (TextDecoder replaces them) and saxes misreads them.
      if (!wellFormedUtf16(doc)) continue;
      const expected = theirs([doc]);
      if (expected === "throws") refused++;
      else read++;
      expect(ours([doc]), JSON.stringify(doc)).toBe(expected);
      expect(ours(cut(doc, random, 5)), JSON.stringify(doc)).toBe(expected);
    }
    expect(refused).toBeGreaterThan(300);
    expect(read).toBeGreaterThan(100);
  });
});

const MALFORMED = [
  "",
  "   ",
  "text only",
  "<a>",
  "<a><b></a>",
  "<a>x</b>",
  "<a></a><b/>",
  "<a/>x",
  "x<a/>",
  "<a/><![CDATA[x]]>",
  "<![CDATA[x]]><a/>",
  "<a></ a>",
  "</a>",
  "<a></>",
  "< a/>",
  "<a/ >",
  "<a b/>",
  "<a b=c/>",
  "<a b = />",
  "<a b='1' b='2'/>",
  "<a b='1'c='2'/>",
  "<a b='<'/>",
  "<a b='1>",
  "<a b=\"1'/>",
  "<a b='\u0001'/>",
  "<a>\u0001</a>",
  "<a>\u0000</a>",
  "<a>\ufffe</a>",
  "<a>\uffff</a>",
  "<a>\udc00</a>",
  "<a>]]></a>",
  "<a>]]]></a>",
  "<a>&</a>",
  "<a>& b;</a>",
  "<a>&amp</a>",
  "<a>&;</a>",
  "<a>&foo;</a>",
  "<a>&__proto__;</a>",
  "<a>&constructor;</a>",
  "<a>&AMP;</a>",
  "<a>&#;</a>",
  "<a>&#x;</a>",
  "<a>&#X41;</a>",
  "<a>&#0;</a>",
  "<a>&#1;</a>",
  "<a>&#xD800;</a>",
  "<a>&#xFFFE;</a>",
  "<a>&#x110000;</a>",
  "<a>&#99999999999999999999;</a>",
  "<a b='&#0;'/>",
  "<a b='&bogus;'/>",
  "<!DOCTYPE a><a/>",
  '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;">]><w>&l1;</w>',
  "<a><!DOCTYPE a></a>",
  "<a><!-- a -- b --></a>",
  "<a><!---></a>",
  "<a><!- x --></a>",
  "<a><!x></a>",
  "<a><!-- x",
  "<a><![CDATA[x</a>",
  "<a><?pi x",
  "<a><? x?></a>",
  "<a><?XmL x?></a>",
  "<a/><?xml version='1.0'?>",
  " <?xml version='1.0'?><a/>",
  "<!-- c --><?xml version='1.0'?><a/>",
  "<?xml?><a/>",
  "<?xml ?><a/>",
  "<?xml version='2.0'?><a/>",
  "<?xml version='1.'?><a/>",
  "<?xml version='1.0' encoding='8x'?><a/>",
  "<?xml version='1.0' standalone='maybe'?><a/>",
  "<?xml version='1.0' standalone='yes' encoding='UTF-8'?><a/>",
  "<?xml version='1.0'encoding='UTF-8'?><a/>",
  "<?xml encoding='UTF-8'?><a/>",
  "<?xml version='1.0' ? ><a/>",
  "<?xml version=1.0?><a/>",
  "<?xml version='1.1'?><a>\u0080</a>",
  "<?xml version='1.1'?><a>\u0001</a>",
  "<?xml version='1.0'\u0085encoding='UTF-8'?><a/>",
  "\u0085<a/>",
  "\ufeff\ufeff<a/>",
  "<a\u0001/>",
  "<1a/>",
];

const VALID_ODDITIES = [
  "<a:/>",
  "<:a/>",
  "<a:b:c x:y:z='1'/>",
  "<a __proto__='1' constructor='2' toString='3'/>",
  '\ufeff<?xml version="1.0"?><a/>',
  "  <a/>\n",
  "<a>&#0065;&#x0000041;&#x1F600;</a>",
  "<?xml version='1.1'?><a>&#1;\u0085x\r\u0085y\u2028\r\n</a>",
  "<?xml version='1.5'?><a>\u0085</a>",
  "<?xml version='1.1'\u0085encoding='UTF-8'\u2028standalone='no'\r\u0085?><a/>",
  "<a>\u0085\u0080\u009f</a>",
  "<a b='&#9;&#10;&#13;\t\n\r\n\r'/>",
  "<a><![CDATA[]]><![CDATA[]]]]><![CDATA[>]]></a>",
  "<!--c--> <a/> <!--d--> <?e?>\r\n",
  "<a><!----><!-->--></a>",
  "<a><?pi?><?pi ?x? ?></a>",
  "<?xml-stylesheet href='x'?><a/>",
  "<a></a \n>",
  "<a>]] > ]>]</a>",
  "<a>\r\r\n\n\r</a>",
  "<\u{10000}\u{EFFFF}/>",
];

describe("malformed XML is refused exactly when saxes refuses it, wherever the chunks end", () => {
  it.each(MALFORMED)("refused: %j", (doc) => {
    expect(theirs([doc])).toBe("throws");
    expect(sameAsSaxes(doc, doc)).toBe("throws");
  });

  it.each(VALID_ODDITIES)("read as saxes reads it: %j", (doc) => {
    expect(sameAsSaxes(doc, doc)).not.toBe("throws");
  });
});

describe("the scanner's contract with the readers", () => {
  it("gives local names, attributes as written, decoded text, and refuses with XmlError", () => {
    const seen: string[] = [];
    parseXml(
      `<?xml version="1.0"?><x:w xmlns:x="u"><x:c r:id="rId1" x:r="A1">a &amp; b<![CDATA[<c>]]></x:c></x:w>`,
      {
        open: (n, a) => seen.push(`${n}:${attr(a, "id")}:${attr(a, "r")}:${Object.keys(a).join()}`),
        close: (n) => seen.push(`/${n}`),
        text: (t) => seen.push(t),
      }
    );
    expect(seen.join("|")).toBe("w:undefined:undefined:xmlns:x|c:rId1:A1:r:id,x:r|a & b|<c>|/c|/w");
    expect(() => parseXml("<a><b></a>", {})).toThrow(XmlError);
  });

  it("a handler's own error passes through; a plain Error counts as malformed, as before", () => {
    class Mine extends Error {}
    expect(() =>
      parseXml("<a/>", {
        open: () => {
          throw new Mine("limit");
        },
      })
    ).toThrow(Mine);
    expect(() =>
      parseXml("<a/>", {
        open: () => {
          throw new Error("plain");
        },
      })
    ).toThrow(XmlError);
  });

  it("UTF-8 decoded in stream mode, cut at every byte: the same events", () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?>\r\n<sst><si><t xml:space="preserve">Peningkatan kualitas\r\nlayanan — 100% ✓ \u{1F600} «é»</t></si><si><t a="\u{1F4C8}é">x</t></si></sst>`;
    const bytes = new TextEncoder().encode(doc);
    const expected = theirs([doc]);
    expect(expected).not.toBe("throws");
    for (let k = 0; k <= bytes.length; k++) {
      const decoder = new TextDecoder("utf-8");
      const chunks = [bytes.subarray(0, k), bytes.subarray(k)].map((b) =>
        decoder.decode(b, { stream: true })
      );
      expect(ours(chunks)).toBe(expected);
    }
  });

  it("long text, attribute values, comments and CDATA, one character at a time, in linear work", () => {
    // Quadratic rescanning of a 200,000-character construct cut at every character would take
    // hours; this finishes in well under a second, and gives the same events as one chunk.
    const long = "Capaian kinerja & target; ".repeat(8000);
    const doc = `<a t="${long.replace(/&/g, "&amp;")}"><!--${long}--><![CDATA[${long}]]>${long.replace(/&/g, "&#38;")}<?pi ${long}?></a>`;
    const expected = theirs([doc]);
    expect(expected).not.toBe("throws");
    expect(ours(doc.split(""))).toBe(expected);
  });

  it("a tag with 100,000 attributes, and a duplicate among many: linear work, refused alike", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ` a${i}="${i}"`).join("");
    const doc = `<a${many}/>`;
    const expected = theirs([doc]);
    expect(expected).not.toBe("throws");
    expect(ours([doc])).toBe(expected);
    const twice = `<a${many.slice(0, 200)} a3="x"/>`;
    expect(theirs([twice])).toBe("throws");
    expect(ours([twice])).toBe("throws");
  });
});
