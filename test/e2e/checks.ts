/** The e2e scripts' small runner: named checks that print ✓/✗ and go on, and a final tally. */
let passed = 0;
let failed = 0;

export async function check(name: string, f: () => Promise<void>): Promise<void> {
  try {
    await f();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n    ${(e as Error).message.split("\n").join("\n    ")}`);
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Prints the tally; the exit code for it. */
export function summary(): number {
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
