/**
 * The package: the zip opened within limits, its parts found through the relationships, and every
 * failure inside it (not a zip, an old .xls, a password, a cut archive, a limit passed) turned into
 * one `XlsxReadError`. No cell is read here.
 */
import { xmlStream, XmlError, type XmlHandlers } from "./xml";
import { workbookXmlReader, type WorkbookXml } from "./names";
import { DEFAULT_LIMITS, streamPartText, ZipError, type ZipLimits, type ZipPackage } from "./zip";

/** A file that cannot be read as a workbook; `message` is plain Indonesian for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly kode: "TIDAK_ADA" | "TIDAK_TERBACA" | "BUKAN_XLSX" | "RUSAK" | "TERLALU_BESAR",
    message: string
  ) {
    super(message);
  }
}

export interface ReadLimits extends ZipLimits {
  /** Most cells kept for all sources together (rows × columns of what is read). */
  cells: number;
}

export const READ_LIMITS: ReadLimits = { ...DEFAULT_LIMITS, cells: 500_000 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

export function angka(n: number): string {
  return n.toLocaleString("id-ID");
}

export function notXlsx(bytes: Uint8Array, label: string): XlsxReadError {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return new XlsxReadError(
      "BUKAN_XLSX",
      `${label} bukan berkas .xlsx: ini berkas Excel lama (.xls) atau berkas yang dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".`
    );
  }
  return new XlsxReadError(
    "BUKAN_XLSX",
    `${label} bukan berkas .xlsx (isinya bukan buku kerja Excel). Simpan data sebagai "Excel Workbook (*.xlsx)".`
  );
}

export function rusak(label: string, why: string): XlsxReadError {
  return new XlsxReadError(
    "RUSAK",
    `${label} rusak: ${why}. Buka berkas itu di Excel lalu simpan ulang sebagai "Excel Workbook (*.xlsx)".`
  );
}

export function terlaluBesar(label: string, why: string): XlsxReadError {
  return new XlsxReadError(
    "TERLALU_BESAR",
    `berkas terlalu besar: ${label} ${why}. Simpan data LKIP (LKIP_IKU, LKIP_ANGGARAN, …) dalam buku kerja tersendiri yang lebih kecil, lalu baca buku kerja itu.`
  );
}

/** Any failure inside the package, as the sentence the user reads. */
export function explain(e: unknown, label: string, limits: ReadLimits): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof ZipError) {
    switch (e.kind) {
      case "not-zip":
        return new XlsxReadError("BUKAN_XLSX", `${label} bukan berkas .xlsx.`);
      case "encrypted":
        return new XlsxReadError(
          "BUKAN_XLSX",
          `${label} dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.`
        );
      case "too-big":
        return terlaluBesar(
          label,
          `melebihi batas yang dibaca (lebih dari ${angka(limits.entries)} bagian, atau isinya lebih dari ${angka(limits.partBytes / MB)} MB setelah diurai)`
        );
      default:
        return rusak(label, "arsipnya tidak utuh");
    }
  }
  if (e instanceof XmlError) return rusak(label, "isi XML-nya tidak utuh atau tidak sah");
  if (e instanceof RangeError) return terlaluBesar(label, "tidak muat di memori untuk dibaca");
  return rusak(label, "isinya tidak dapat dibaca");
}

/** A stored text cut for a message. */
export function short(s: string): string {
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

export function parsePart(zip: ZipPackage, name: string, h: XmlHandlers): boolean {
  const xml = xmlStream(h);
  const found = streamPartText(zip, name, (chunk) => xml.write(chunk));
  if (found) xml.close();
  return found;
}

interface Rel {
  type: string;
  target: string;
}

function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(base) + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A part's relationships by id, targets resolved to part names (external targets left out). */
export function relsOf(zip: ZipPackage, part: string): Map<string, Rel> {
  const relsPart = `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
  const rels = new Map<string, Rel>();
  parsePart(zip, relsPart, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
    },
  });
  return rels;
}

export const isType = (rel: Rel, kind: string) => rel.type.endsWith(`/${kind}`);

export interface SheetInfo {
  name: string;
  /** Worksheet part; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
}

/** workbook.xml and what it points to: the sheets' parts, shared strings and styles. */
export interface WorkbookPart {
  workbook: WorkbookXml;
  sheets: SheetInfo[];
  sharedStrings: string | null;
  styles: string | null;
}

export function readWorkbookPart(zip: ZipPackage, label: string): WorkbookPart {
  const root = relsOf(zip, "");
  const officeDoc = [...root.values()].find((r) => isType(r, "officeDocument"));
  const workbookPart = officeDoc?.target ?? "xl/workbook.xml";
  const isLkip = (n: string) => /^lkip_/i.test(n);
  const wx = workbookXmlReader(isLkip);
  if (!parsePart(zip, workbookPart, wx.handlers)) throw notXlsx(zip.bytes, label);
  const wb = wx.result;
  const wbRels = relsOf(zip, workbookPart);
  const sheets: SheetInfo[] = wb.sheets.map((name, i) => {
    const rel = wbRels.get(wb.sheetIds[i]);
    return { name, part: rel && isType(rel, "worksheet") ? rel.target : null };
  });
  const sst = [...wbRels.values()].find((r) => isType(r, "sharedStrings"))?.target ?? null;
  const styles = [...wbRels.values()].find((r) => isType(r, "styles"))?.target ?? null;
  return { workbook: wb, sheets, sharedStrings: sst, styles };
}
