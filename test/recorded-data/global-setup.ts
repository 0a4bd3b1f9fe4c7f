// vitest globalSetup: before any test runs, make sure the recorded Hub data is there and is the
// recorded data, fetching it when it is missing. When it cannot be had, the run stops with one line
// that says what is missing and the command that gets it, instead of every test that reads the
// data failing on its own.
import { ensureRecordedData, RecordedDataError, recordedDataDir, recordedDataSource } from "./recorded-data.ts";

export default async function checkRecordedData(): Promise<void> {
  const dir = recordedDataDir();
  try {
    const { fetched } = await ensureRecordedData({ dir, baseUrl: recordedDataSource() });
    if (fetched > 0) console.log(`fetched ${fetched} recorded Hub data files into ${dir}`);
  } catch (error) {
    if (!(error instanceof RecordedDataError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
