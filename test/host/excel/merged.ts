/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13, DOCS.mergedAreas): the merged areas of a range
 * as a RangeAreas, or a null object when it holds none. Only areas whose top-left cell lies in the
 * range are returned, at their full size (DOCS.mergedAreasTopLeft); over 512 areas the call fails.
 */
import { rectAddress } from "./address";
import { BaseProxy, CollectionProxy, Lazy } from "./base";
import type { FakeContext } from "./context";
import { DOCS } from "./docs";
import { richError } from "./errors";
import { RangeProxy, type RangeTarget } from "./range";
import type { FakeRect, FakeSheet } from "./state";

/** "If the merged areas count in this range is more than 512, then this method will fail" (DOCS.mergedAreas). */
export const MERGED_AREAS_MAX = 512;

interface Found {
  sheet: FakeSheet;
  rects: FakeRect[];
}

export function mergedAreasOf(context: FakeContext, target: Lazy<RangeTarget>): MergedAreasProxy {
  const found = new Lazy<Found>(() => {
    // The method exists from ExcelApi 1.13: an older host refuses the request (ApiNotFound).
    if (context.wb.excelApiMinor < 13)
      throw richError("ApiNotFound", "Range.getMergedAreasOrNullObject needs ExcelApi 1.13");
    const t = target.get();
    if (!t) return null; // navigation from a null object gives a null object (DOCS.nullObject)
    const { sheet, rect } = t;
    const rects = sheet.merges.filter(
      (m) =>
        m.row >= rect.row &&
        m.row < rect.row + rect.rows &&
        m.col >= rect.col &&
        m.col < rect.col + rect.cols
    );
    if (rects.length > MERGED_AREAS_MAX)
      throw richError(
        "GeneralException",
        `more than ${MERGED_AREAS_MAX} merged areas in the range (${DOCS.mergedAreas})`
      );
    return rects.length === 0 ? null : { sheet, rects: rects.map((r) => ({ ...r })) };
  });
  const p = new MergedAreasProxy(context, found);
  p.queueNullCheck();
  return p;
}

export class MergedAreasProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    private readonly found: Lazy<Found>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.found.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const { sheet, rects } = this.found.must("merged areas");
    // RangeAreas.address: every block with its sheet name, comma-separated (DOCS.rangeAreas).
    if (p === "address") return rects.map((r) => rectAddress(sheet.name, r)).join(", ");
    if (p === "areaCount") return rects.length;
    throw richError("InvalidArgument", `fake RangeAreas has no property ${p}`);
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  /** RangeAreas.areas: one Range per merged area (DOCS.rangeAreas). */
  get areas(): CollectionProxy<RangeProxy> {
    const found = this.found;
    const context = this.context;
    return new (class extends CollectionProxy<RangeProxy> {
      protected list(): RangeProxy[] {
        const { sheet, rects } = found.must("merged areas");
        return rects.map((rect) => new RangeProxy(context, new Lazy(() => ({ sheet, rect }))));
      }
    })(context);
  }
}
