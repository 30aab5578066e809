/* global __dirname, __filename */
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { rekapUnread } from "../report";
import type { RekapFileResult, RekapTask } from "./rekap-file";
import { rekapFile } from "./rekap-file";
import { CLI_WORDS } from "./lang";

/**
 * Worker threads worth starting: one per core that is free. On a machine already busy (its load
 * average near its cores, as `make -l` judges it) a second thread gets no core of its own, only
 * adds its start-up and its own warm-up of the compiler (measured: 2 threads took 3.5 s of CPU
 * where 1 took 2.6 s for the same 300 files, and were no sooner). 0: work in this thread (one
 * file, or one core: a thread would only add its start-up time).
 */
export function poolSize(
  files: number,
  cores = availableParallelism(),
  load = loadavg()[0]
): number {
  if (files <= 1 || cores <= 1) return 0;
  return Math.max(1, Math.min(cores, files, Math.ceil(cores - load)));
}

/**
 * Files are independent, so each goes to the next free worker thread (see poolSize). Results come
 * back in input order whatever order they finish in; `onDone` reports progress as they finish.
 * A worker that dies takes only its file down: that file gets the sentence why, the rest go on.
 */
export async function runPool(
  tasks: RekapTask[],
  onDone: (done: number, task: RekapTask) => void,
  threads = poolSize(tasks.length)
): Promise<RekapFileResult[]> {
  const results: RekapFileResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finish = (i: number, r: RekapFileResult) => {
    results[i] = r;
    onDone(++done, tasks[i]);
  };
  if (threads === 0) {
    for (; next < tasks.length; next++) {
      const task = tasks[next];
      finish(next, await rekapFile(task).catch((e) => crashed(task, e)));
    }
    return results;
  }
  await Promise.all(
    Array.from({ length: threads }, async () => {
      let worker = startWorker();
      try {
        while (next < tasks.length) {
          const i = next++;
          try {
            finish(i, await ask(worker, tasks[i]));
          } catch (e) {
            // The thread itself failed (out of memory in it, a crash): this file only.
            await worker.terminate();
            worker = startWorker();
            finish(i, crashed(tasks[i], e));
          }
        }
      } finally {
        await worker.terminate();
      }
    })
  );
  return results;
}

function ask(worker: Worker, task: RekapTask): Promise<RekapFileResult> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (r: RekapFileResult) => {
      done();
      resolve(r);
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`worker exited with ${code}`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(task);
  });
}

function crashed(task: RekapTask, e: unknown): RekapFileResult {
  const why = String((e as Error)?.message ?? e).slice(0, 120);
  return rekapUnread(task.berkas, CLI_WORDS[task.lang].rekap.crashed(task.berkas, why));
}

/**
 * The worker beside this module: dist/cli/rekap-worker.js in the built command; from the sources
 * (tsx, tests) the .ts file, loaded through tsx's require hook since threads do not inherit it.
 */
function startWorker(): Worker {
  // A cap per thread well above what the reader's limits let one file take.
  const resourceLimits = { maxOldGenerationSizeMb: 1024 };
  if (!__filename.endsWith(".ts"))
    return new Worker(join(__dirname, "rekap-worker.js"), { resourceLimits });
  const file = join(__dirname, "rekap-worker.ts");
  return new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, {
    eval: true,
    resourceLimits,
  });
}
