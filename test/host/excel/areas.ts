/**
 * Excel.RangeAreas of the double: Worksheet.getRanges("A1:B2, D4") (ExcelApi 1.9, DOCS.multipleRanges),
 * styled through its `format` in one request action for every area.
 */
import { parseRect } from "./address";
import { BaseProxy, Lazy } from "./base";
import type { FakeContext } from "./context";
import { DOCS } from "./docs";
import { richError } from "./errors";
import { RangeFormatProxy, styleRect, type CellStyler, type Styled } from "./range";
import type { FakeRect, FakeSheet } from "./state";

/**
 * Long area lists fail with "The argument is invalid or missing or has an incorrect format."; the
 * limit is not documented: a list of 8,207 characters failed where shorter ones worked
 * (DOCS.getRangesLimit). The double refuses above 8,192 characters.
 */
export const GET_RANGES_MAX_CHARS = 8192;

export class RangeAreasProxy extends BaseProxy implements Styled {
  constructor(
    context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>,
    readonly address: string
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.sheet.get() !== null;
  }
  protected snapshot(p: string): unknown {
    if (p === "address") return this.address;
    if (p === "areaCount") return this.areas().length;
    throw richError("InvalidArgument", `fake RangeAreas has no property ${p}`);
  }
  private areas(): FakeRect[] {
    if (this.address.length > GET_RANGES_MAX_CHARS)
      throw richError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (${DOCS.getRangesLimit})`
      );
    return this.address.split(",").map((a) => parseRect(a.trim()));
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }
  /** One action for all the areas: its request carries the address list once. */
  styleCells(f: CellStyler): void {
    this.op(20 + this.address.length, () => {
      const sheet = this.sheet.must("worksheet");
      for (const rect of this.areas()) styleRect(sheet, rect, f);
    });
  }
  setColumnWidth(): void {
    throw richError("InvalidArgument", "the double sets column widths on a Range only");
  }
}
