import { defineConfig } from "vitest/config";

/**
 * The heaviest suites (thousands of generated workbooks, the hostile corpus, processes and worker
 * threads spawned per case) are the project "slow": `npm run test:slow`, which CI runs too, so
 * that `npm test` (the project "unit") stays within minutes.
 */
const SLOW = [
  "test/random/workbooks.test.ts",
  "test/random/layouts.test.ts",
  "test/cli/corpus.test.ts",
  "test/cli/invocation.test.ts",
  "test/cli/rekap.test.ts",
  "test/cli/atomic.test.ts",
];

// Lives in test/ so the top level stays as the design card says.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          root: ".",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["**/node_modules/**", ...SLOW],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "slow",
          root: ".",
          include: SLOW,
          environment: "node",
          testTimeout: 300_000,
        },
      },
    ],
  },
});
