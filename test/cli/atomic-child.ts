/**
 * Spawned by atomic.test.ts: writes 8 MB to argv[2] with writeFileAtomic and, after the first
 * chunk, says "WRITING <temporary file>" and waits, so the test can press Ctrl+C mid-write.
 */
import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { writeFileAtomic } from "../../src/cli/atomic";
import { isTemporaryName } from "./temporary-name";

const target = process.argv[2];
const data = new Uint8Array(8 << 20).fill(7);
void writeFileAtomic(target, data, {
  overwrite: true,
  onChunk: async (written) => {
    if (written !== 1 << 20) return;
    const tmp = readdirSync(dirname(target)).find(
      (n) => isTemporaryName(n) && n.includes(basename(target))
    );
    process.stdout.write(`WRITING ${tmp}\n`);
    await new Promise((r) => setTimeout(r, 60_000));
  },
}).then(() => process.stdout.write("DONE\n"));
