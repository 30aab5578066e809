/**
 * The Bab III builder: each figure run carries the value compute made (and prints it as the
 * tables do), the seven items per indicator, one sentence for an item without data, Standar
 * Nasional as a number or as the text written, qualitative indicators, and a workbook without
 * budget. Words per language: every id sentence has its en counterpart.
 */
import { describe, expect, it } from "vitest";
import { Decimal, formatAngka } from "../../../../src/core";
import { bab3, BAB3_TEXTS, type Bab3Document, type Run } from "../../../../src/report/tables/bab3";
import { compute } from "../../../../src/report/compute";
import { readModel } from "../../../../src/report/model/read-model";
import type { RawCell, RawWorkbook } from "../../../../src/report/contract/types";
import { sampleRaw } from "../../sample/sample-raw";

function sampleWith(
  iku?: (v: RawCell[][]) => void,
  drop: ("LKIP_ANGGARAN" | "LKIP_BELANJA")[] = []
): RawWorkbook {
  const raw = sampleRaw();
  iku?.(raw.ranges.LKIP_IKU!.values);
  for (const d of drop) delete raw.ranges[d];
  return raw;
}

const paragraphs = (doc: Bab3Document) =>
  doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs] : []));
const text = (runs: Run[]) => runs.map((r) => r.text).join("");
const figures = (doc: Bab3Document) =>
  paragraphs(doc).flatMap((p) => p.filter((r) => r.figure !== undefined));

describe("bab3()", () => {
  it("every figure run holds a value compute made, printed as the tables print it", () => {
    const model = readModel(sampleRaw());
    const hasil = compute(model);
    const doc = bab3(model, { hasil });
    const runs = figures(doc);
    expect(runs.length).toBeGreaterThan(40);
    for (const h of hasil.indikator) {
      const nama = h.indikator.nama.value;
      const mine = runs.filter((r) => r.figure!.subject === nama);
      const capaian = mine.filter((r) => r.figure!.kind === "capaian");
      expect(capaian.length, nama).toBeGreaterThan(0);
      for (const r of capaian) {
        expect(r.figure!.value).toBe(h.capaian.toString());
        expect(r.text).toBe(formatAngka(h.capaian, 2));
      }
      const renstra = mine.find((r) => r.figure!.kind === "capaianRenstra");
      expect(renstra?.figure?.value).toBe(h.capaianRenstra?.toString());
    }
    for (const r of runs) {
      // The text is the value in Indonesian form: the same number back.
      const back = r.text.replace(/^Rp /, "").replace(/\./g, "").replace(",", ".");
      expect(new Decimal(back).eq(r.figure!.value), r.text).toBe(true);
    }
  });

  it("seven items per indicator (items 6 and 7 once per sasaran); an item without data in one sentence", () => {
    const doc = bab3(readModel(sampleRaw()));
    const all = paragraphs(doc).map(text);
    for (let i = 1; i <= 5; i++)
      expect(
        all.filter((p) => p.startsWith(`${i}. `)),
        `item ${i}`
      ).toHaveLength(3);
    for (let i = 6; i <= 7; i++) expect(all.filter((p) => p.startsWith(`${i}. `))).toHaveLength(3);
    // No Standar Nasional column: said, and marked for the officer to confirm.
    const item4 = paragraphs(doc).filter((p) => text(p).startsWith("4. "));
    for (const p of item4) {
      expect(text(p)).toContain(BAB3_TEXTS.id.item4Tanpa);
      expect(p.some((r) => r.highlight && r.text === BAB3_TEXTS.id.item4Konfirmasi)).toBe(true);
    }
    // Item 5 is all highlighted and starts "[diisi: ".
    for (const p of paragraphs(doc).filter((p) => text(p).startsWith("5. "))) {
      const filled = p.filter((r) => r.highlight);
      expect(text(filled).startsWith("[diisi: ")).toBe(true);
      expect(text(filled).endsWith("]")).toBe(true);
    }
  });

  it("Standar Nasional: a number compared with the realisasi by arah, a text as written", () => {
    const model = readModel(
      sampleWith((v) => {
        v[0].push("Standar Nasional");
        v[1].push(90); // realisasi 92,71 ≥ 90: memenuhi
        v[2].push(2); // realisasi 0,73 < 2: belum
        v[3].push("Predikat BB");
      })
    );
    const all = paragraphs(bab3(model))
      .map(text)
      .filter((p) => p.startsWith("4. "));
    expect(all[0]).toContain(
      "standar nasionalnya 90,00; realisasinya (92,71) memenuhi standar tersebut."
    );
    expect(all[1]).toContain(
      "standar nasionalnya 2,00; realisasinya (0,73) belum memenuhi standar tersebut."
    );
    expect(all[2]).toContain('standar nasionalnya "Predikat BB".');
  });

  it("without LKIP_ANGGARAN and LKIP_BELANJA: items 6–7 and part B say so, nothing invented", () => {
    const doc = bab3(readModel(sampleWith(undefined, ["LKIP_ANGGARAN", "LKIP_BELANJA"])));
    const all = paragraphs(doc).map(text);
    expect(
      all.filter((p) => p.startsWith("7. ") && p.includes(BAB3_TEXTS.id.item7Tanpa))
    ).toHaveLength(3);
    expect(
      all.filter((p) => p.startsWith("6. ") && p.includes("tidak dapat dihitung"))
    ).toHaveLength(3);
    expect(all).toContain(BAB3_TEXTS.id.tanpaAnggaran);
    expect(all).toContain(BAB3_TEXTS.id.tanpaBelanja);
    expect(figures(doc).some((r) => r.figure!.kind === "pagu")).toBe(false);
  });

  it("a qualitative indicator: its words, no percentage", () => {
    const model = readModel(
      sampleWith((v) => {
        v[3][6] = "WTP";
        v[3][7] = "WTP";
      })
    );
    expect(model.kualitatif).toHaveLength(1);
    const all = paragraphs(bab3(model)).map(text);
    expect(all.some((p) => p.includes('ditargetkan "WTP" dan terealisasi "WTP": tercapai.'))).toBe(
      true
    );
  });

  it("English: the same figures, English words; every id text has an en text", () => {
    const model = readModel(sampleRaw());
    const id = bab3(model, { lang: "id" });
    const en = bab3(model, { lang: "en" });
    expect(figures(en).map((r) => r.text)).toEqual(figures(id).map((r) => r.text));
    expect(Object.keys(BAB3_TEXTS.en).sort()).toEqual(Object.keys(BAB3_TEXTS.id).sort());
    expect(en.blocks[0]).toEqual({ kind: "heading", level: 1, text: "EXECUTIVE SUMMARY" });
  });
});
