/**
 * `npx tsx test/bench/xml.ts [rounds]`: the XML scanner (src/xlsx/xml.ts) against saxes as
 * xml.ts used it before, in one process, rounds interleaved: the sheet parts of generated OPD
 * workbooks (benchInputPlan(60), written by ExcelJS) and a large sharedStrings.xml, fed in 16 KB
 * chunks as zip.ts inflates them, through handlers that do what cells.ts does with the events.
 * Prints the median time ratio (ours / saxes) per input with its spread. Not part of `npm run
 * bench`: the figure it gives is in src/xlsx/README.md.
 */
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { writeInputPlan } from "../../src/xlsx/write";
import { xmlStream, type XmlHandlers, type XmlStream } from "../../src/xlsx/xml";
import { benchInputPlan } from "./workbooks";
import { interleaved } from "./stats";

/** src/xlsx/xml.ts's xmlStream as it was with saxes. */
function saxesStream(h: XmlHandlers): XmlStream {
  const local = (q: string) => q.slice(q.indexOf(":") + 1);
  const parser = new SaxesParser({ position: false });
  parser.on("doctype", () => {
    throw new Error("document type declaration");
  });
  const { open, close, text } = h;
  if (open)
    parser.on("opentag", (t) => open(local(t.name), t.attributes as Record<string, string>));
  if (close) parser.on("closetag", (t) => close(local(t.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  return { write: (c) => void parser.write(c), close: () => void parser.close() };
}

/** What cells.ts does with a part's events, reduced: look at a few attributes, gather <v>/<t>. */
function handlers(): { h: XmlHandlers; sink: () => number } {
  let n = 0;
  let into = false;
  let text = "";
  const h: XmlHandlers = {
    open(name, a) {
      if (name === "c") n += (a.r?.length ?? 0) + (a.t === "s" ? 1 : 0) + (a.s ? 1 : 0);
      else if (name === "row") n += a.r ? 1 : 0;
      else if (name === "v" || name === "t") {
        into = true;
        text = "";
      }
    },
    text(t) {
      if (into) text += t;
    },
    close(name) {
      if (name === "v" || name === "t") {
        into = false;
        n += text.length;
      }
    },
  };
  return { h, sink: () => n };
}

const CHUNK = 16384;

function parse(make: (h: XmlHandlers) => XmlStream, xml: string): number {
  const { h, sink } = handlers();
  const s = make(h);
  for (let i = 0; i < xml.length; i += CHUNK) s.write(xml.slice(i, i + CHUNK));
  s.close();
  return sink();
}

function sharedStrings(count: number): string {
  const words = [
    "Meningkatnya",
    "kualitas",
    "pelayanan",
    "publik",
    "&amp;",
    "Persentase",
    "capaian",
    "indikator",
    "kinerja",
    "utama",
    "Rp",
    "1.000.000",
    "desa",
    "kabupaten",
    "\n",
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % words.length;
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`;
  for (let i = 0; i < count; i++) {
    let t = "";
    for (let w = 3 + (i % 12); w > 0; w--) t += `${words[next()]} `;
    out +=
      i % 5 === 0 ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t.trim()}</t></si>`;
  }
  return `${out}</sst>`;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 15);
  const book = unzipSync(
    new Uint8Array(await writeInputPlan(benchInputPlan(60)).xlsx.writeBuffer())
  );
  const decoder = new TextDecoder();
  const sheets = Object.keys(book)
    .filter((k) => k.startsWith("xl/worksheets/sheet"))
    .map((k) => decoder.decode(book[k]));
  const inputs: [string, string[], number][] = [
    [
      `sheet parts of benchInputPlan(60) (${sheets.length} parts, ${Math.round(sheets.join("").length / 1024)} KB)`,
      sheets,
      40,
    ],
    ["sharedStrings.xml of 40,000 strings", [sharedStrings(40_000)], 2],
  ];
  inputs[1][0] += ` (${Math.round(inputs[1][1][0].length / 1024)} KB)`;
  for (const [label, parts, reps] of inputs) {
    const run = (make: (h: XmlHandlers) => XmlStream) => () => {
      for (let r = 0; r < reps; r++) for (const p of parts) parse(make, p);
    };
    const ours = run(xmlStream);
    const theirs = run(saxesStream);
    if (parts.some((p) => parse(xmlStream, p) !== parse(saxesStream, p)))
      throw new Error(`${label}: the two parsers disagree`);
    const r = interleaved(ours, theirs, rounds);
    const s = [...r.ratios].sort((p, q) => p - q);
    console.log(
      `${label}: ours ${r.a.toFixed(1)} ms, saxes ${r.b.toFixed(1)} ms per round; ` +
        `ratio median ${r.ratio.toFixed(3)} (min ${s[0].toFixed(3)}, max ${s[s.length - 1].toFixed(3)}, ${rounds} rounds)`
    );
  }
}

void main();
