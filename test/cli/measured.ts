/**
 * Runs `lkip` as a program (a child process of the corpus test) and records what it cost:
 * peak memory (maxRSS) and CPU time, written as JSON to $LKIP_MEASURE_FILE at exit.
 */
import { writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";

const t0 = performance.now();
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  const u = process.resourceUsage();
  const file = process.env.LKIP_MEASURE_FILE;
  if (file)
    writeFileSync(
      file,
      JSON.stringify({
        code,
        maxRssMb: u.maxRSS / 1024,
        cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
        wallMs: performance.now() - t0,
      })
    );
  process.exitCode = code;
});
