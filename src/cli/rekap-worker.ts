/**
 * The thread of `lkip rekap` (webpack builds it as dist/cli/rekap-worker.js beside the command):
 * one file per message, the result posted back as plain data.
 */
import { parentPort } from "node:worker_threads";
import { rekapFile, type RekapTask } from "./rekap-file";

parentPort?.on("message", (task: RekapTask) => {
  void rekapFile(task).then((r) => parentPort!.postMessage(r));
});
