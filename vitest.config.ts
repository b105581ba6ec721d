import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The golden and CLI tests start the real binary; a cold start loads every NLP library.
    testTimeout: 60_000,
    env: { TZ: "UTC", NO_COLOR: "1" },
  },
});
