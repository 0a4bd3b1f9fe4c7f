// Reads vitest's JSON report and prints the closing line CI looks for ("N passed, N failed").
// Exits 1 when a test failed, when no test ran at all (none found, or every one skipped), or when
// the report is missing or unreadable: a green run must have run something.
// usage: node .ci/vitest-summary.mjs REPORT.json
import { readFileSync } from "node:fs";

const reportPath = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(reportPath, "utf8"));
} catch (error) {
  console.error(`error: no readable vitest report at ${reportPath} (${error.message}); did vitest start?`);
  process.exit(1);
}
const passed = Number(report.numPassedTests ?? 0);
const failed = Number(report.numFailedTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (passed + failed === 0) {
  console.error("error: no test ran; vitest found or executed none.");
  process.exit(1);
}
process.exit(report.success && failed === 0 ? 0 : 1);
