/* global __dirname, __filename */
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { rekapUnread } from "../report";
import type { RekapFileResult, RekapTask } from "./rekap-file";
import { CLI_WORDS } from "./lang";

/**
 * Worker threads worth starting: one per two cores, and only on cores that are free. A thread's
 * optimising compiler works beside it on another core for its first few hundred files (measured
 * with `lkip rekap` of 300 workbooks on 2 cores: the compiler took ~0.9 s of CPU beside the
 * thread's 1.4 s), so a second thread on 2 cores only adds its own warm-up: 30 % more CPU and no
 * sooner (1.13 × the wall time of one thread on a busy machine, 1.0 × on an idle one). On a
 * machine already busy (its load average near its cores, as `make -l` judges it) fewer still.
 * 0: work in this thread (one file, or one core: a thread would only add its start-up time).
 */
export function poolSize(
  files: number,
  cores = availableParallelism(),
  load = loadavg()[0]
): number {
  if (files <= 1 || cores <= 1) return 0;
  return Math.max(1, Math.min(Math.floor(cores / 2), files, Math.ceil(cores - load)));
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
    // The reading path loads here only when this thread reads (its threads load their own).
    const { rekapFile } = await import(/* webpackChunkName: "rekap-file" */ "./rekap-file");
    for (; next < tasks.length; next++) {
      const task = tasks[next];
      finish(next, await rekapFile(task).catch((e) => crashed(task, e)));
    }
    return results;
  }
  // Files handed back by a thread that died while they waited in its queue.
  const back: number[] = [];
  const take = (): number | undefined => back.shift() ?? (next < tasks.length ? next++ : undefined);
  /**
   * One thread until nothing is left (false) or it dies (true: start another). It holds the file
   * it reads and the next one, so it never waits for this thread to hand it work. Its files come
   * back in the order given (rekap-worker.ts reads one at a time): the first one still out is the
   * one it was reading when it died, and only that file fails; the one waiting goes back.
   */
  const serve = (): Promise<boolean> =>
    new Promise((resolve) => {
      const worker = startWorker();
      const out: number[] = [];
      let ended = false;
      const end = (again: boolean) => {
        ended = true;
        worker.removeAllListeners();
        worker.on("error", () => undefined); // whatever it says while it stops is no longer news
        void worker.terminate();
        resolve(again);
      };
      const feed = () => {
        while (out.length < QUEUED) {
          const i = take();
          if (i === undefined) break;
          out.push(i);
          worker.postMessage(tasks[i]);
        }
        if (out.length === 0) end(false);
      };
      const died = (e: unknown) => {
        if (ended) return;
        // The thread itself failed (out of memory in it, a crash): the file it was reading only.
        const i = out.shift();
        if (i !== undefined) finish(i, crashed(tasks[i], e));
        back.unshift(...out);
        end(true);
      };
      worker.on("message", (r: RekapFileResult) => {
        finish(out.shift()!, r);
        feed();
      });
      worker.on("error", died);
      worker.on("exit", (code: number) => died(new Error(`worker exited with ${code}`)));
      feed();
    });
  await Promise.all(
    Array.from({ length: threads }, async () => {
      while (await serve());
    })
  );
  return results;
}

/** Files given to a thread at once: the one it reads and the next, waiting in its queue. */
const QUEUED = 2;

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
