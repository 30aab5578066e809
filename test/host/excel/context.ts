/** RequestContext of the double: the queue, sync(), and the limits Excel applies to one request. */
import { bytesOf, type Step } from "./base";
import { recalcFunctions } from "./calc";
import { richError } from "./errors";
import type { FakeWorkbook } from "./state";
import { WorkbookProxy } from "./workbook";

export class FakeContext {
  private steps: Step[] = [];
  private suspended = false;
  readonly workbook: WorkbookProxy;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }
  queue(step: Step): void {
    this.steps.push(step);
  }
  markSuspended(): void {
    this.suspended = true;
  }
  /** True while the queue of a sync with suspendApiCalculationUntilNextSync runs. */
  suspendedNow = false;
  get pending(): number {
    return this.steps.length;
  }
  async sync(): Promise<void> {
    const steps = this.steps;
    const suspended = this.suspended;
    this.steps = [];
    this.suspended = false;
    const st = this.wb.stats;
    st.syncs++;
    const request = steps.reduce((a, s) => a + s.bytes, 0);
    st.requestBytes.push(request);
    if (suspended) st.suspendedSyncs++;
    const fault = this.wb.faults?.find((f) => f.sync === st.syncs);
    const aborted = () => richError("RequestAborted", "The request was aborted during run time.");
    // Lost on the way there: Excel never ran it (DOCS.requestAborted).
    if (fault?.when === "before") {
      st.responseBytes.push(0);
      throw aborted();
    }
    // While the user edits a cell Excel runs no request at all (docs.ts: errors).
    if (this.wb.cellEditMode && steps.length > 0) {
      st.responseBytes.push(0);
      throw richError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
      );
    }
    // Excel on the web refuses a request over 5 MB before applying anything (docs.ts: limits).
    if (request > this.wb.limits.requestBytes) {
      st.responseBytes.push(0);
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    let response = 0;
    this.suspendedNow = suspended;
    try {
      // In order; the first step that throws stops the rest, what ran stays (DOCS.batchStops).
      for (const s of steps) {
        const out = s.run();
        if (s.isLoad) response += bytesOf(out);
      }
    } finally {
      this.suspendedNow = false;
      st.responseBytes.push(response);
    }
    // Excel recalculates after a request unless calculation was suspended for it.
    if (!suspended) recalcFunctions(this.wb);
    // Excel ran every step (a failing step stops the rest: DOCS.batchStops), and the reply was lost.
    if (fault?.when === "after") throw aborted();
    if (response > this.wb.limits.responseBytes) {
      throw richError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}
