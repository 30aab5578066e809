/** Excel.Workbook and Excel.Application of the double. */
import type { FakeContext } from "./context";
import { NamedItemCollectionProxy } from "./names";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheet";
import { recalcFunctions } from "./calc";
import { richError } from "./errors";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context, null);
    this.tables = new TableCollectionProxy(context, null);
    this.application = new ApplicationProxy(context);
    this.protection = new WorkbookProtectionProxy(context);
  }
}

/** Application.calculate and suspendApiCalculationUntilNextSync (ExcelApi 1.6; docs.ts: application). */
export class ApplicationProxy {
  constructor(readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue({ bytes: 60, run: () => undefined });
    this.context.markSuspended();
  }
  calculate(type?: string): void {
    void type; // every kind recalculates the =LKIP.… formulas
    this.context.queue({
      bytes: 60,
      run: () => {
        this.context.wb.stats.calculations++;
        for (const s of this.context.wb.sheets) for (const c of s.cells.values()) delete c.stale;
        recalcFunctions(this.context.wb);
      },
    });
  }
}

/** WorkbookProtection.protected (ExcelApi 1.7; docs.ts: workbookProtection). */
export class WorkbookProtectionProxy {
  private value: boolean | undefined;
  constructor(readonly context: FakeContext) {}
  load(props?: string | string[]): this {
    void props; // "protected" is the only property
    this.context.queue({
      bytes: 40,
      isLoad: true,
      run: () => {
        if (this.context.wb.excelApiMinor < 7)
          throw richError("ApiNotFound", "workbook.protection needs ExcelApi 1.7");
        this.value = this.context.wb.protectedStructure;
        return { protected: this.value };
      },
    });
    return this;
  }
  get protected(): boolean {
    if (this.value === undefined)
      throw richError("PropertyNotLoaded", "protection.protected is not loaded");
    return this.value;
  }
}
