/** Worksheet custom properties (ExcelApi 1.12), where the add-in marks the sheets it made. */
import { BaseProxy, bytesOf, CollectionProxy, type Lazy } from "./base";
import type { FakeContext } from "./context";
import { richError } from "./errors";
import type { FakeSheet } from "./state";

export class CustomPropertyCollectionProxy extends CollectionProxy<CustomPropertyProxy> {
  constructor(
    context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>
  ) {
    super(context);
  }
  private requireApi(): void {
    if (this.context.wb.excelApiMinor < 12)
      throw richError("ApiNotFound", "worksheet.customProperties needs ExcelApi 1.12");
  }
  protected list(): CustomPropertyProxy[] {
    const s = this.sheet.must("worksheet");
    return [...s.customProperties.keys()].map(
      (k) => new CustomPropertyProxy(this.context, this.sheet, k)
    );
  }
  add(k: string, value: string): CustomPropertyProxy {
    this.context.queue({
      bytes: 60 + bytesOf([k, value]),
      run: () => {
        this.requireApi();
        this.sheet.must("worksheet").customProperties.set(k, value);
      },
    });
    return new CustomPropertyProxy(this.context, this.sheet, k);
  }
  getItemOrNullObject(k: string): CustomPropertyProxy {
    const p = new CustomPropertyProxy(this.context, this.sheet, k);
    p.queueNullCheck();
    return p;
  }
}

export class CustomPropertyProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>,
    private readonly k: string
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.sheet.get()?.customProperties.has(this.k) ?? false;
  }
  protected snapshot(p: string): unknown {
    const s = this.sheet.must("worksheet");
    if (p === "key") return this.k;
    if (p === "value") return s.customProperties.get(this.k);
    throw richError("InvalidArgument", `fake custom property has no ${p}`);
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): string {
    return this.prop("value");
  }
}
