/**
 * Issue 21 in the pane's settings: the year is said with where it came from, and when nobody gave
 * it the field starts empty and asks for it (the build button waits, see App.tsx).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { readModel } from "../../src/report";
import type { RawWorkbook, TahunAsal } from "../../src/report";
import { TEXTS } from "../../src/taskpane/i18n";
import { SettingsForm } from "../../src/taskpane/SettingsForm";
import { TextsProvider } from "../../src/taskpane/texts";

function render(tahunAsal: TahunAsal | undefined, adaInfo: boolean): string {
  const settings = readModel({ ranges: {}, problems: [] }).settings;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language="id">
        <SettingsForm
          settings={settings}
          tahunText={null}
          tahunAsal={tahunAsal}
          adaInfo={adaInfo}
          changed={false}
          busy={false}
          onChange={() => undefined}
          onTahunText={() => undefined}
          onSave={() => undefined}
        />
      </TextsProvider>
    </FluentProvider>
  );
}

const t = TEXTS.id;
const html = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe("the year in the pane's settings", () => {
  it("nobody gave it: the field is empty and asks; no 'read from LKIP_INFO'", () => {
    const raw: RawWorkbook = { ranges: {}, problems: [] };
    const asal = readModel(raw).tahunAsal;
    expect(asal).toEqual({ jenis: "tidakAda" });
    const out = html(render(asal, false));
    expect(out).toContain(t.tahunAsk);
    expect(out).toMatch(/<input[^>]*value=""/);
    expect(out).toContain(t.settingsNoInfo);
    expect(out).not.toContain(t.settingsFrom);
  });

  it("from a title: says which cell", () => {
    const out = html(
      render(
        {
          jenis: "judulLembar",
          tahun: 2021,
          teks: "CAPAIAN KINERJA TAHUN 2021",
          cell: { sheet: "IKU", row: 0, col: 0 },
        },
        false
      )
    );
    expect(out).toContain("Diambil dari judul tabel di 'IKU'!A1.");
  });

  it("from LKIP_INFO: says so", () => {
    const out = html(render({ jenis: "info", cell: { sheet: "Info", row: 1, col: 1 } }, true));
    expect(out).toContain(t.tahunFromInfo);
    expect(out).toContain(t.settingsFrom);
  });
});
