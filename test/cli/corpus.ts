/**
 * The hostile corpus of issue 14: one small generator per family of inputs that once broke the
 * .xlsx path (not-xlsx, zip bombs, XML entities, unclosed tags, names to whole sheets and other
 * workbooks, merged numbers, formula results 0/FALSE/"", lenient number XML, missing shared
 * strings, huge sheets beside small ranges, 10,000-line budgets, output-path traps). Each family
 * says what `lkip` must answer. Not a test file itself (corpus.test.ts runs it).
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createDeflateRaw, crc32 } from "node:zlib";
import JSZip from "jszip";
import { writeInputPlan } from "../../src/xlsx/write";
import { budgetInputPlan } from "../bench/workbooks";
import { IKU_HEAD, NS, c, rawXlsx, rowsXml, type RawPackage } from "../xlsx/packages";

export interface Family {
  name: string;
  /** Writes the inputs into `dir`; returns the lkip arguments. */
  build(dir: string): Promise<string[]>;
  code: number;
  /** The sentence that names the problem (stdout + stderr). */
  says: RegExp;
  /** Must not be said (e.g. "sudah ada" for a parent that is a file). */
  never?: RegExp;
  /** Numbers that must be in the output workbook's table sheet (no wrong number). */
  numbers?: number[];
  /** Numbers that must NOT be there (e.g. merged money counted twice). */
  notNumbers?: number[];
}

const IKU_ROWS: (string | number)[][] = [
  ["Sasaran A", "Indikator 1", 80, 88],
  ["Sasaran B", "Indikator 2", 50, 40],
];
const ANG_HEAD = ["Sasaran", "Program", "Sub Kegiatan", "Pagu", "Realisasi"];

/** LKIP_IKU on sheet D, LKIP_ANGGARAN on sheet A, as raw parts (for what no writer makes). */
function pkg(ikuRows: string, angRows: string, extra: Partial<RawPackage> = {}): RawPackage {
  return {
    sheets: [
      { name: "D", rows: rowsXml([IKU_HEAD]) + ikuRows },
      { name: "A", rows: rowsXml([ANG_HEAD]) + angRows },
    ],
    names: [
      ["LKIP_IKU", "D!$A$1:$D$3"],
      ["LKIP_ANGGARAN", "A!$A$1:$E$4"],
    ],
    ...extra,
  };
}

const IKU_OK = rowsXml(IKU_ROWS, 2);

async function put(dir: string, name: string, data: Buffer | string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, data);
  return p;
}

/** Raw deflate of text pieces, `padMb` megabytes of spaces between `before` and `after`. */
function deflate(
  before: string,
  padMb: number,
  after: string
): Promise<{ data: Buffer; size: number; crc: number }> {
  return new Promise((done, fail) => {
    const z = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    z.on("data", (b: Buffer) => out.push(b));
    z.on("error", fail);
    z.on("end", () => done({ data: Buffer.concat(out), size, crc }));
    const mb = Buffer.alloc(1024 * 1024, 32);
    let size = 0;
    let crc = 0;
    const feed = (b: Buffer) => {
      size += b.length;
      crc = crc32(b, crc);
      z.write(b);
    };
    feed(Buffer.from(before));
    for (let i = 0; i < padMb; i++) feed(mb);
    feed(Buffer.from(after));
    z.end();
  });
}

/**
 * A real zip bomb: the package of `p` with `padMb` MB of spaces inside the first sheet's
 * sheetData, deflated (about 1 KB per MB). `declared` overrides the size its headers state.
 */
async function bomb(p: RawPackage, padMb: number, declared?: number): Promise<Buffer> {
  const small = await JSZip.loadAsync(await rawXlsx(p));
  const entries: { name: string; data: Buffer; size: number; crc: number }[] = [];
  for (const f of Object.values(small.files)) {
    if (f.dir) continue;
    const text = await f.async("string");
    const [before, after] =
      f.name === "xl/worksheets/sheet1.xml"
        ? text.split("</sheetData>").map((x, i) => (i === 1 ? `</sheetData>${x}` : x))
        : [text, ""];
    const d = await deflate(before, f.name === "xl/worksheets/sheet1.xml" ? padMb : 0, after);
    entries.push({
      name: f.name,
      ...d,
      size: f.name === "xl/worksheets/sheet1.xml" && declared !== undefined ? declared : d.size,
    });
  }
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.size, 22);
    lh.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(lh, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, eocd]);
}

export const FAMILIES: Family[] = [
  {
    name: "not-xlsx: a CSV named .xlsx",
    build: async (d) => ["periksa", await put(d, "csv.xlsx", "No;Sasaran\n1;x\n")],
    code: 1,
    says: /bukan berkas \.xlsx/,
  },
  {
    name: "not-xlsx: an old .xls (OLE) file",
    build: async (d) => [
      "tabel",
      await put(
        d,
        "lama.xlsx",
        Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)])
      ),
      "-o",
      join(d, "out.xlsx"),
    ],
    code: 1,
    says: /berkas Excel lama \(\.xls\)/,
  },
  {
    name: "zip bomb: a sheet of 300 MB spaces, declared honestly",
    build: async (d) => ["periksa", await put(d, "bom.xlsx", await bomb(pkg(IKU_OK, ""), 300))],
    code: 1,
    says: /^berkas terlalu besar: /m,
  },
  {
    name: "zip bomb: 200 MB inflating from a header that says 1 KB",
    build: async (d) => [
      "periksa",
      await put(d, "bom2.xlsx", await bomb(pkg(IKU_OK, ""), 200, 1024)),
    ],
    code: 1,
    says: /^berkas terlalu besar: /m,
  },
  {
    name: "XML entities: a billion laughs in workbook.xml",
    build: async (d) => {
      let ents = '<!ENTITY l0 "lol">';
      for (let i = 1; i < 10; i++) ents += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
      const zip = await rawXlsx({
        ...pkg(IKU_OK, ""),
        workbookXml: `<?xml version="1.0"?><!DOCTYPE w [${ents}]><workbook ${NS}><sheets><sheet name="D" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="LKIP_IKU">&l9;</definedName></definedNames></workbook>`,
      });
      return ["periksa", await put(d, "lol.xlsx", zip)];
    },
    code: 1,
    says: /rusak: isi XML-nya tidak utuh/,
  },
  {
    name: "unclosed <definedName tags",
    build: async (d) => {
      const zip = await rawXlsx({
        ...pkg(IKU_OK, ""),
        workbookXml: `<workbook ${NS}><sheets><sheet name="D" sheetId="1" r:id="rId1"/></sheets><definedNames>${'<definedName name="LKIP_IKU">D!$A$1'.repeat(1500)}</workbook>`,
      });
      return ["periksa", await put(d, "unclosed.xlsx", zip)];
    },
    code: 1,
    says: /rusak/,
  },
  {
    name: "names to whole sheets and to other workbooks",
    build: async (d) => {
      const p = pkg(IKU_OK, rowsXml([[1, "Program A", "Sub 1", 1000, 900]], 2));
      p.names = [
        ["LKIP_IKU", "D!$A:$D"],
        ["Semua", "D!$1:$1048576"],
        ["Lain", "A!$A:$XFD"],
        ["LKIP_ANGGARAN", "[1]Sheet1!$A$1:$E$9"],
      ];
      return [
        "tabel",
        await put(d, "nama.xlsx", await rawXlsx(p)),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 0,
    says: /merujuk ke buku kerja lain/,
    numbers: [110],
  },
  {
    name: "merged money: one Pagu over two sub kegiatan, counted once",
    build: async (d) => {
      const p = pkg(
        IKU_OK,
        rowsXml(
          [
            [1, "Program A", "Sub 1", 1000, 600],
            [1, "Program A", "Sub 2", null, 300],
            [2, "Program B", "Sub 3", 500, 400],
          ],
          2
        )
      );
      p.sheets[1].after = '<mergeCells count="1"><mergeCell ref="D2:D3"/></mergeCells>';
      return [
        "tabel",
        await put(d, "merge.xlsx", await rawXlsx(p)),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 0,
    says: /'A'!D2:D3 adalah sel gabungan \(merge\) atas 2 baris; jumlahnya dihitung sekali/,
    numbers: [1500, 1300],
    notNumbers: [2500],
  },
  {
    name: 'formula results 0, FALSE and "" are results',
    build: async (d) => {
      const ang =
        rowsXml([[1, "Program A", "Sub nol", null, null]], 2).replace(
          "</row>",
          '<c r="D2"><f>SUM(H4:I4)</f><v>0</v></c><c r="E2"><f>0*1</f><v>0</v></c></row>'
        ) + rowsXml([[2, "Program B", "Sub 2", 500, 400]], 3);
      const iku =
        `<row r="2">${c("A2", "Sasaran A")}${c("B2", "Indikator 1")}${c("C2", 80)}<c r="D2"><f>C2*1.1</f><v>88</v></c></row>` +
        `<row r="3">${c("A3", "Sasaran B")}${c("B3", "Indikator 2")}${c("C3", 50)}${c("D3", 40)}<c r="E3" t="b"><f>1=2</f><v>0</v></c><c r="F3" t="str"><f>""</f><v></v></c></row>`;
      return [
        "tabel",
        await put(d, "rumus.xlsx", await rawXlsx(pkg(iku, ang))),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 0,
    says: /12? ?tabel ditulis|tabel ditulis/,
    never: /RUMUS_TANPA_HASIL|belum tersimpan/,
    numbers: [500, 400, 110],
  },
  {
    name: "lenient number XML: 0x1A",
    build: async (d) => {
      const iku = `<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2"><v>0x1A</v></c>${c("D2", 5)}</row>`;
      return ["periksa", await put(d, "hex.xlsx", await rawXlsx(pkg(iku, "")))];
    },
    code: 1,
    says: /rusak: sel 'D'!C2 berisi angka yang tidak sah \("0x1A"\)/,
  },
  {
    name: "missing sharedStrings.xml: text never becomes its index",
    build: async (d) => {
      const iku = `<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2" t="s"><v>40</v></c>${c("D2", 5)}</row>`;
      return ["periksa", await put(d, "sst.xlsx", await rawXlsx(pkg(iku, "")))];
    },
    code: 1,
    says: /sel 'D'!C2 merujuk ke daftar teks bersama \(sharedStrings\.xml\) yang tidak ada/,
  },
  {
    name: "a huge sheet beside small ranges (on the same sheet, and on another)",
    build: async (d) => {
      const big = (from: number, rows: number) => {
        const out: string[] = [];
        for (let r = from; r < from + rows; r++)
          out.push(
            `<row r="${r}"><c r="H${r}"><v>${r}</v></c><c r="I${r}"><v>${r * 2}</v></c><c r="J${r}" t="inlineStr"><is><t>baris ${r}</t></is></c></row>`
          );
        return out.join("");
      };
      const p = pkg(IKU_OK + big(10, 150_000), rowsXml([[1, "Program A", "Sub 1", 1000, 900]], 2));
      p.sheets.push({ name: "Besar", rows: big(1, 150_000) });
      return [
        "tabel",
        await put(d, "besar.xlsx", await rawXlsx(p)),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 0,
    says: /tabel ditulis/,
    numbers: [1000, 900, 110],
  },
  {
    name: "a 10,000-line budget",
    build: async (d) => {
      const buf = Buffer.from(await writeInputPlan(budgetInputPlan(10_000)).xlsx.writeBuffer());
      return [
        "tabel",
        await put(d, "anggaran-10000.xlsx", buf),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 0,
    says: /tabel ditulis/,
  },
  {
    name: "output trap: the output's folder is a file",
    build: async (d) => {
      const input = await put(d, "ok.xlsx", await rawXlsx(pkg(IKU_OK, "")));
      await put(d, "berkas", "bukan folder");
      return ["tabel", input, "-o", join(d, "berkas", "out.xlsx"), "--tahun", "2024"];
    },
    code: 2,
    says: /adalah berkas, bukan folder/,
    never: /sudah ada/,
  },
  {
    name: "output trap: the input itself through a symlink",
    build: async (d) => {
      const input = await put(d, "asli.xlsx", await rawXlsx(pkg(IKU_OK, "")));
      await mkdir(join(d, "lewat"), { recursive: true });
      await symlink(input, join(d, "lewat", "tautan.xlsx"));
      return ["tabel", input, "-o", join(d, "lewat", "tautan.xlsx"), "--timpa"];
    },
    code: 2,
    says: /Berkas masukan tidak pernah ditimpa/,
  },
  {
    name: "a workbook without LKIP_IKU",
    build: async (d) => {
      const p = pkg("", rowsXml([[1, "Program A", "Sub 1", 1000, 900]], 2));
      p.names = [["LKIP_ANGGARAN", "A!$A$1:$E$2"]];
      return [
        "tabel",
        await put(d, "tanpa-iku.xlsx", await rawXlsx(p)),
        "-o",
        join(d, "out.xlsx"),
        "--tahun",
        "2024",
      ];
    },
    code: 1,
    says: /LKIP_IKU tidak ditemukan/,
  },
];
