import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*-test.ts"],
    // Checks the recorded Hub data some tests read, fetching it when missing, before any test runs.
    globalSetup: ["test/recorded-data/global-setup.ts"],
    // The integration tests start a mock Hub and build the site; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
