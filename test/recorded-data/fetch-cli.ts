// `npm run fetch-recorded-data [-- DIR]`: fetches the recorded Hub data the tests read into DIR
// (default: where the tests look for it) and checks every file's sha256.
import path from "node:path";
import { ensureRecordedData, RecordedDataError, recordedDataDir, recordedDataSource } from "./recorded-data.ts";
import { RECORDED_FILES } from "./manifest.ts";

const dir = process.argv[2] ? path.resolve(process.argv[2]) : recordedDataDir();
try {
  const { fetched } = await ensureRecordedData({ dir, baseUrl: recordedDataSource() });
  console.log(`recorded Hub data in ${dir}: ${RECORDED_FILES.length} files checked, ${fetched} fetched`);
} catch (error) {
  if (!(error instanceof RecordedDataError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
