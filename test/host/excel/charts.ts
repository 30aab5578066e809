/** Charts: what the writer adds, recorded (type, source, title, series types, position). */
import type { Lazy } from "./base";
import { bytesOf } from "./base";
import { rectAddress } from "./address";
import type { FakeContext } from "./context";
import { richError } from "./errors";
import { guardProtected, type RangeProxy } from "./range";
import type { FakeChart, FakeSheet } from "./state";

export class ChartCollectionProxy {
  constructor(
    readonly context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>
  ) {}
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    let chart: FakeChart | null = null;
    this.context.queue({
      bytes: 80,
      run: () => {
        const s = this.sheet.must("worksheet");
        guardProtected(s);
        const { rect } = source.target.must("range");
        chart = { type, source: { ...rect }, seriesBy, seriesTypes: {} };
        s.charts.push(chart);
      },
    });
    return new ChartProxy(this.context, () => chart);
  }
}

export class ChartProxy {
  constructor(
    readonly context: FakeContext,
    private readonly chart: () => FakeChart | null
  ) {}
  private must(): FakeChart {
    const c = this.chart();
    if (!c) throw richError("ItemNotFound", "chart");
    return c;
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self.context.queue({ bytes: 60 + bytesOf(v), run: () => (self.must().title = v) });
      },
      get text(): string {
        throw richError("PropertyNotLoaded", "chart title is not loadable in the fake");
      },
    };
  }
  get series(): { getItemAt(i: number): { chartType: string } } {
    const self = this;
    return {
      getItemAt(i: number) {
        return {
          set chartType(v: string) {
            self.context.queue({
              bytes: 60,
              run: () => {
                if (self.context.wb.excelApiMinor < 7)
                  throw richError("ApiNotFound", "series.chartType needs ExcelApi 1.7");
                self.must().seriesTypes[i] = v;
              },
            });
          },
          get chartType(): string {
            throw richError("PropertyNotLoaded", "series chartType is not loadable in the fake");
          },
        };
      },
    };
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    const addr = (x: RangeProxy | string | undefined) => {
      if (x === undefined) return undefined;
      if (typeof x === "string") return x;
      const t = x.target.must("range");
      return rectAddress(t.sheet.name, t.rect);
    };
    this.context.queue({
      bytes: 80,
      run: () => (this.must().position = { start: addr(start)!, end: addr(end) }),
    });
  }
}
