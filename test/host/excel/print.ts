/**
 * Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9): the print settings the
 * writer sets (DOCS.pageLayout, DOCS.pageZoom, DOCS.pageBreaks). Settable properties only, each a
 * queued write like every other; a scale outside 10–400 and a break above row 1 fail.
 */
import { parseRect } from "./address";
import { BaseProxy, bytesOf, Lazy } from "./base";
import type { FakeContext } from "./context";
import { DOCS } from "./docs";
import { richError } from "./errors";
import type { RangeProxy } from "./range";
import type { FakePageLayout, FakeSheet } from "./state";

export class PageLayoutProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeSheet>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const pl = this.target.must("worksheet").pageLayout as unknown as Record<string, unknown>;
    if (!(p in pl)) throw richError("InvalidArgument", `fake PageLayout has no property ${p}`);
    return pl[p];
  }
  private put<K extends keyof FakePageLayout>(k: K, v: FakePageLayout[K]): void {
    this.op(bytesOf(v), () => {
      this.target.must("worksheet").pageLayout[k] = v;
    });
  }
  set orientation(v: string) {
    if (v !== "Landscape" && v !== "Portrait")
      throw richError("InvalidArgument", `orientation ${v} (${DOCS.pageLayout})`);
    this.put("orientation", v);
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  set zoom(v: FakePageLayout["zoom"]) {
    if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
      throw richError("InvalidArgument", `zoom scale ${v.scale} (${DOCS.pageZoom})`);
    this.put("zoom", { ...v });
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v);
  }
  /** setPrintArea(address): an A1 range on this sheet (DOCS.pageLayout, ExcelApi 1.9). */
  setPrintArea(area: string): void {
    const rect = parseRect(area);
    if (rect.rows < 1 || rect.cols < 1)
      throw richError("InvalidArgument", `print area ${area} (${DOCS.pageLayout})`);
    this.put("printArea", area);
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const put = (v: string) => this.put("centerFooter", v);
    return {
      defaultForAllPages: {
        get centerFooter(): string {
          throw richError("PropertyNotLoaded", "centerFooter is write-only in this double");
        },
        set centerFooter(v: string) {
          put(v);
        },
      },
    };
  }
}

/** horizontalPageBreaks.add(range): a break before the range's top-left cell (DOCS.pageBreaks). */
export function pageBreaksOf(
  context: FakeContext,
  target: Lazy<FakeSheet>
): { add(range: string | RangeProxy): void } {
  return {
    add: (range) =>
      context.queue({
        bytes: 60 + bytesOf(typeof range === "string" ? range : "range"),
        write: true,
        run: () => {
          const s = target.must("worksheet");
          const row =
            typeof range === "string" ? parseRect(range).row : range.target.must("range").rect.row;
          if (row === 0)
            throw richError(
              "InvalidArgument",
              `no page break above the first row (${DOCS.pageBreaks})`
            );
          if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
        },
      }),
  };
}
