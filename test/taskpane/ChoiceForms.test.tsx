/**
 * The column question as the pane renders it (server-rendered markup, no DOM needed): the
 * candidates with their cells, the first preselected, what the click will write said first, and
 * when the row under a fixed LKIP_INFO is taken, the refusal with its cell and no button to press.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { KolomChoices } from "../../src/taskpane/ChoiceForms";
import type { KolomPlan, KolomQuestion } from "../../src/taskpane/choices";
import { TEXTS, fmt, type Language } from "../../src/taskpane/i18n";
import { TextsProvider } from "../../src/taskpane/texts";

const Q: KolomQuestion = {
  key: "LKIP_IKU|Indikator",
  sumber: "LKIP_IKU",
  kolom: "Indikator",
  calon: [
    { judul: "UKURAN KEBERHASILAN", lokasi: "'IKU'!B1" },
    { judul: "KETERANGAN", lokasi: "'IKU'!C1" },
  ],
};

function render(plan: KolomPlan, language: Language = "id"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language={language}>
        <KolomChoices
          questions={[Q]}
          picked={(q) => q.calon[0].judul}
          plan={() => plan}
          busy={false}
          onPick={() => undefined}
          onSave={() => undefined}
        />
      </TextsProvider>
    </FluentProvider>
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const saveButton = (html: string) =>
  /<button[^>]*>(?:(?!<\/button>).)*Pakai kolom ini|<button[^>]*>(?:(?!<\/button>).)*Use this column/s.exec(
    html
  )?.[0] ?? "";

describe("KolomChoices", () => {
  it("offers every candidate with its cell, the first checked, and says where it will be written", () => {
    const html = render({ kind: "append", address: "'Info'!A3:B3" });
    const t = TEXTS.id;
    expect(text(html)).toContain(fmt(t.kolomQuestion, { sumber: "LKIP_IKU", kolom: "Indikator" }));
    for (const c of Q.calon)
      expect(text(html)).toContain(fmt(t.kolomCandidate, { judul: c.judul, lokasi: c.lokasi }));
    const input = (v: string) =>
      (html.match(/<input[^>]*>/g) ?? []).find((x) => x.includes(`value="${v}"`)) ?? "";
    expect(input("UKURAN KEBERHASILAN")).toContain("checked");
    expect(input("KETERANGAN")).not.toContain("checked");
    expect(text(html)).toContain(
      fmt(t.kolomWillAppend, { kolom: "Indikator", address: "'Info'!A3:B3" })
    );
    expect(saveButton(html)).not.toContain("disabled");
  });

  it("refuses with the cell when the row under LKIP_INFO is taken: the button cannot be pressed", () => {
    const html = render({ kind: "rowTaken", address: "'Info'!A2:B2" });
    expect(text(html)).toContain(fmt(TEXTS.id.infoRowTaken, { address: "'Info'!A2:B2" }));
    expect(saveButton(html)).toContain("disabled");
  });

  it("says a new LKIP_INFO sheet is made when there is none, in English too", () => {
    const html = render({ kind: "new", sheet: "LKIP Info" }, "en");
    expect(text(html)).toContain(
      fmt(TEXTS.en.kolomWillNew, { kolom: "Indikator", sheet: "LKIP Info" })
    );
    expect(text(html)).toContain(TEXTS.en.kolomUse);
  });
});
