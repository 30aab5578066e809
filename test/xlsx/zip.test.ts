/**
 * The whole-part inflater is pluggable (src/xlsx/zip.ts): fflate by default, Node's zlib in the
 * command. Both must read every workbook alike and refuse the same damaged packages.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadXlsx, XlsxReadError } from "../../src/xlsx/read";
import { fflateWhole, setWholeInflater, type WholeInflater } from "../../src/xlsx/zip";
import { IKU_HEAD, c, rawXlsx, rowsXml } from "./packages";

const FIXTURES = resolve(__dirname, "../fixtures");
const fflate = fflateWhole;
const zlib: WholeInflater = (data, max) => inflateRawSync(data, { maxOutputLength: max });

afterAll(() => setWholeInflater(fflate));

async function readWith(inflater: WholeInflater, bytes: Uint8Array) {
  setWholeInflater(inflater);
  try {
    return { ok: true as const, loaded: await loadXlsx(bytes, "data.xlsx") };
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return { ok: false as const, kode: (e as XlsxReadError).kode };
  }
}

/** The central directory's size of one part rewritten (a package that lies about a part). */
function lieAboutSize(buf: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(buf);
  for (
    let p = out.indexOf("PK\x01\x02", 0, "latin1");
    p >= 0;
    p = out.indexOf("PK\x01\x02", p + 4, "latin1")
  )
    if (out.toString("utf8", p + 46, p + 46 + out.readUInt16LE(p + 28)) === part)
      out.writeUInt32LE(size, p + 24);
  return out;
}

describe("the whole-part inflater: fflate and Node's zlib read alike", () => {
  const iku = (rows: string) => ({
    sheets: [{ name: "D", rows: rowsXml([IKU_HEAD]) + rows }],
    names: [["LKIP_IKU", "D!$A$1:$D$3"]] as [string, string][],
  });

  it("gives the same sources for real and generated workbooks", async () => {
    const files = [
      resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx"),
      ...["periksa-benar.xlsx", "produsen-libreoffice.xlsx", "produsen-openpyxl.xlsx"].map((f) =>
        resolve(FIXTURES, f)
      ),
    ].map((f): Uint8Array => readFileSync(f));
    files.push(
      await rawXlsx(
        iku(`<row r="2">${c("A2", "S")}${c("B2", "I")}${c("C2", 5)}${c("D2", 4)}</row>`)
      )
    );
    for (const bytes of files) {
      const a = await readWith(fflate, bytes);
      const b = await readWith(zlib, bytes);
      expect(a.ok).toBe(true);
      expect(b).toEqual(a);
    }
  });

  it("refuses alike: a part larger than it declares, a cut package, a broken deflate stream", async () => {
    const padding = " ".repeat(3 * 1024 * 1024);
    const bomb = Buffer.from(await rawXlsx(iku(`<row r="2">${c("A2", "S")}</row>${padding}`)));
    const plain = Buffer.from(await rawXlsx(iku(`<row r="2">${c("A2", "S")}</row>`)));
    const broken = Buffer.from(plain);
    // The sheet part's compressed bytes, scrambled in the middle.
    const at = broken.indexOf("xl/worksheets/sheet1.xml", 0, "latin1");
    for (let i = at + 40; i < at + 60; i++) broken[i] ^= 0x5a;
    const cases = {
      lies: lieAboutSize(bomb, "xl/worksheets/sheet1.xml", 100),
      shorter: lieAboutSize(plain, "xl/worksheets/sheet1.xml", 10_000),
      cut: plain.subarray(0, plain.length - 30),
      broken,
    };
    for (const [what, bytes] of Object.entries(cases)) {
      const results = [await readWith(fflate, bytes), await readWith(zlib, bytes)];
      expect({ what, ...results[1] }).toEqual({ what, ...results[0] });
      expect({ what, ...results[0] }).toEqual({ what, ok: false, kode: "RUSAK" });
    }
  });
});
