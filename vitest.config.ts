import { defineConfig } from "vitest/config";

/**
 * Tests that start processes, crawl a mock Hub, render pages or the site, write many DuckDB files or
 * drive a browser: each takes from several seconds to minutes. Everything else is a unit test and
 * runs in `npm run test:unit`. A new test file that does any of those belongs on this list.
 */
const INTEGRATION_TESTS = [
  "test/e2e/**/*-test.ts",
  "test/bench-test.ts",
  "test/build-output-folder-test.ts",
  "test/cli-exit-codes-test.ts",
  "test/crawl-test.ts",
  "test/crawl-*-test.ts",
  "test/db-load-test.ts",
  "test/db-views-test.ts",
  "test/history-test.ts",
  "test/hub-faults-test.ts",
  "test/mock-hub-cli-faults-test.ts",
  "test/params-cli-test.ts",
  "test/pipeline-test.ts",
  "test/progress-test.ts",
  "test/publish-check-test.ts",
  "test/recorded-data-test.ts",
  "test/site-pages-test.ts",
  "test/size-buckets-test.ts",
  "test/workflows-test.ts",
];

export default defineConfig({
  test: {
    // Checks the recorded Hub data some tests read, fetching it when missing, before any test runs.
    globalSetup: ["test/recorded-data/global-setup.ts"],
    // The integration tests start a mock Hub and build the site; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*-test.ts"], exclude: INTEGRATION_TESTS } },
      { extends: true, test: { name: "integration", include: INTEGRATION_TESTS } },
    ],
  },
});
