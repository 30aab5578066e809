/**
 * The thread of `lkip rekap` (webpack builds it as dist/cli/rekap-worker.js beside the command):
 * one file per message, the result posted back as plain data.
 */
import { parentPort } from "node:worker_threads";
import { rekapFile, type RekapTask } from "./rekap-file";

// One file at a time, in the order given: the next one waits in this queue (rekap-pool.ts), and
// the pool knows which file a thread was reading when it died.
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (task: RekapTask) => {
  queue = queue.then(() => rekapFile(task)).then((r) => parentPort!.postMessage(r));
});
