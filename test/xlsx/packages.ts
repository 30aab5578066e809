/**
 * Hand-written .xlsx packages, part by part, for what no writer library produces on purpose:
 * damaged parts, formula results of 0/FALSE/"", lenient numbers, a missing sharedStrings.xml,
 * entity declarations, bombs. Not a test file itself (the hostile corpus uses it too).
 */
import JSZip from "jszip";

export interface RawSheet {
  name: string;
  /** The worksheet's children after <sheetData> (e.g. <mergeCells>), or the whole part when `whole`. */
  rows: string;
  after?: string;
  whole?: string;
}

export interface RawPackage {
  sheets: RawSheet[];
  /** definedName elements: [name, text, localSheetId?]. */
  names?: [string, string, number?][];
  /** Shared strings; undefined = no sharedStrings.xml part and no relationship to it. */
  strings?: string[];
  /** The whole styles.xml, or undefined for none. */
  styles?: string;
  /** Replaces workbook.xml entirely. */
  workbookXml?: string;
  /** Extra parts (name → content). */
  extra?: Record<string, string | Uint8Array>;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A cell element: a number, an inline string, or raw attributes and children. */
export function c(ref: string, v: number | string | null, extra = ""): string {
  if (v === null) return `<c r="${ref}"${extra}/>`;
  if (typeof v === "number") return `<c r="${ref}"${extra}><v>${v}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${extra}><is><t>${esc(v)}</t></is></c>`;
}

/** Rows of values from A1 on (null = no cell). */
export function rowsXml(rows: (number | string | null)[][], from = 1): string {
  return rows
    .map((row, i) => {
      const r = from + i;
      const cells = row
        .map((v, k) => (v === null ? "" : c(`${String.fromCharCode(65 + k)}${r}`, v)))
        .join("");
      return `<row r="${r}">${cells}</row>`;
    })
    .join("");
}

export async function rawXlsx(
  p: RawPackage,
  compression: "DEFLATE" | "STORE" = "DEFLATE"
): Promise<Buffer> {
  const zip = new JSZip();
  const sheetOverrides = p.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const names = (p.names ?? [])
    .map(
      ([n, t, l]) =>
        `<definedName name="${esc(n)}"${l !== undefined ? ` localSheetId="${l}"` : ""}>${esc(t)}</definedName>`
    )
    .join("");
  zip.file(
    "xl/workbook.xml",
    p.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${p.sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`
  );
  const rels = p.sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  if (p.strings)
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (p.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  p.sheets.forEach((s, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.whole ??
        `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`
    )
  );
  if (p.strings)
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${p.strings.length}" uniqueCount="${p.strings.length}">${p.strings
        .map((s) => `<si><t>${esc(s)}</t></si>`)
        .join("")}</sst>`
    );
  if (p.styles) zip.file("xl/styles.xml", p.styles);
  for (const [name, content] of Object.entries(p.extra ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression });
}

/** A style sheet whose cellXfs are: 0 General, 1 percent (builtin 10), 2 a date (14), 3 custom "0.0%". */
export const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export const IKU_HEAD = ["Sasaran", "Indikator", "Target", "Realisasi"];
