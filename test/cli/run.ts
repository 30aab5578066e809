import { main } from "../../src/cli/main";
import type { Lang } from "../../src/report";

/** Runs the CLI in-process, capturing what it writes. */
export async function run(
  argv: string[],
  root?: string,
  lang?: Lang
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    root,
    lang,
  });
  return { code, stdout, stderr };
}
