import { defineConfig } from "vitest/config";

// Lives in test/ so the top level stays as the design card says.
export default defineConfig({
  test: {
    root: ".",
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    testTimeout: 60_000,
  },
});
