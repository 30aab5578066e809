/**
 * The "Uji kecocokan Excel" self-test in the built pane against the in-memory Excel (issue 10):
 * every item must pass, the copyable block must name the host, and the scratch sheet must be gone.
 * Kept apart from run-e2e.ts, which calls it once.
 */
import type { Page } from "playwright-core";

type Check = (name: string, f: () => Promise<void>) => Promise<void>;

export async function selfTestStep(page: Page, check: Check): Promise<void> {
  await check("runs Uji kecocokan Excel with every item passing", async () => {
    const section = page.getByTestId("uji-kecocokan");
    await section.getByRole("button", { name: "Jalankan uji" }).click();
    const block = section.getByRole("textbox");
    // A wait, not a performance claim: eight round-trip checks on a shared, loaded machine.
    await block.waitFor({ timeout: 90_000 });
    const text = await block.inputValue();
    if (!/^Uji kecocokan Excel — Excel /.test(text)) throw new Error(`block: ${text.slice(0, 80)}`);
    const failedLines = text.split("\n").filter((l) => l.startsWith("GAGAL"));
    if (failedLines.length > 0) throw new Error(failedLines.join("\n"));
    if (!/\n8\/8$/.test(text)) throw new Error(`expected 8/8:\n${text}`);
    const sheets = await page.evaluate(() =>
      (
        window as never as { __fakeWorkbook: { sheets: { name: string }[] } }
      ).__fakeWorkbook.sheets.map((s) => s.name)
    );
    if (sheets.some((s) => s.startsWith("LKIP uji"))) throw new Error(`left: ${sheets.join()}`);
  });
}
