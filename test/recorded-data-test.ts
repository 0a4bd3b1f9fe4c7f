// The recorded Hub data the tests read: found, checked against its recorded sha256, fetched when
// missing, and never used or written when its bytes differ. A local server stands in for
// raw.githubusercontent.com, serving the files this run already checked.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RECORDED_FILES, type RecordedFile } from "./recorded-data/manifest.ts";
import { ensureRecordedData, FETCH_COMMAND, recordedDataDir, RecordedDataError } from "./recorded-data/recorded-data.ts";
import { SNAPSHOTS_DIR } from "./fixtures/recorded.ts";
import { scratchDir, startTestServer, unreachableUrl } from "./fixtures/scratch.ts";

const PROJECT_DIR = fileURLToPath(new URL("..", import.meta.url));

function sourcePath(file: RecordedFile): string {
  return `/${file.repo}/${file.commit}/${file.source}`;
}

/** Serves each recorded file at /<repo>/<commit>/<path>, as GitHub's raw host does; `alter` changes what is sent. */
async function startSource(alter: (file: RecordedFile, bytes: Buffer) => Buffer = (_, bytes) => bytes) {
  const requests: string[] = [];
  const url = await startTestServer((request, response) => {
    requests.push(request.url ?? "");
    const file = RECORDED_FILES.find((candidate) => sourcePath(candidate) === request.url);
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200).end(alter(file, readFileSync(path.join(SNAPSHOTS_DIR, file.file))));
  });
  return { url, requests };
}

function filesUnder(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : [];
}

describe("recorded Hub data", () => {
  it("fetches every missing file at its recorded commit, byte for byte, and nothing once they are there", async () => {
    const source = await startSource();
    const dir = scratchDir("recorded-data-");
    expect(await ensureRecordedData({ dir, baseUrl: source.url })).toEqual({ fetched: RECORDED_FILES.length });
    expect(source.requests.sort()).toEqual(RECORDED_FILES.map(sourcePath).sort());
    for (const file of RECORDED_FILES) {
      expect(readFileSync(path.join(dir, file.file)).equals(readFileSync(path.join(SNAPSHOTS_DIR, file.file)))).toBe(true);
    }
    expect(await ensureRecordedData({ dir, baseUrl: source.url })).toEqual({ fetched: 0 });
    expect(source.requests).toHaveLength(RECORDED_FILES.length);
  });

  it("refuses a download whose sha256 is not the recorded one and writes nothing", async () => {
    const changed = RECORDED_FILES[0];
    const source = await startSource((file, bytes) => (file === changed ? Buffer.concat([bytes, Buffer.from("\n")]) : bytes));
    const dir = scratchDir("recorded-data-");
    await expect(ensureRecordedData({ dir, baseUrl: source.url })).rejects.toThrow(
      new RegExp(
        `${sourcePath(changed)} answered with other bytes than the recorded file \\(sha256 [0-9a-f]{64}, expected ${changed.sha256}\\), so nothing was written`,
      ),
    );
    expect(filesUnder(dir)).toEqual([]);
  });

  it("never overwrites a local file with other bytes, and names it and the command that gets the recorded one", async () => {
    const source = await startSource();
    const dir = scratchDir("recorded-data-");
    const edited = RECORDED_FILES[1];
    mkdirSync(path.dirname(path.join(dir, edited.file)), { recursive: true });
    writeFileSync(path.join(dir, edited.file), "{}");
    const error = await ensureRecordedData({ dir, baseUrl: source.url }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordedDataError);
    expect((error as Error).message).toContain(`${path.join(dir, edited.file)} is not the recorded file`);
    expect((error as Error).message).toContain(FETCH_COMMAND);
    expect(readFileSync(path.join(dir, edited.file), "utf8")).toBe("{}");
    expect(source.requests).toEqual([]);
  });

  it("says in one line what is missing, why it could not be fetched, and the command that gets it", async () => {
    const dir = scratchDir("recorded-data-");
    const error = await ensureRecordedData({ dir, baseUrl: await unreachableUrl() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordedDataError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `is missing in ${dir} \\(${RECORDED_FILES.length} of ${RECORDED_FILES.length} files, e\\.g\\. ${RECORDED_FILES[0].file}\\) and fetching it from http://127\\.0\\.0\\.1:\\d+ failed: ECONNREFUSED`,
      ),
    );
    expect(message).toContain(`Run \`${FETCH_COMMAND}\``);
    expect(message).not.toContain("\n");
  });

  it("names the HTTP status and the address when the source answers with an error", async () => {
    const source = await startSource();
    const dir = scratchDir("recorded-data-");
    const moved = { ...RECORDED_FILES[0], commit: "0".repeat(40) };
    await expect(ensureRecordedData({ dir, baseUrl: source.url, files: [moved] })).rejects.toThrow(
      `HTTP 404 for ${source.url}${sourcePath(moved)}`,
    );
  });

  it("reads the data from HF_SNAPSHOTS_DIR when it is set, resolved from the working directory", () => {
    expect(recordedDataDir({ HF_SNAPSHOTS_DIR: "some/copy" })).toBe(path.resolve("some/copy"));
  });

  it("stops a test run before any test, with one error line and a non-zero exit, when the data is absent and cannot be fetched", async () => {
    const absent = path.join(scratchDir("recorded-data-"), "absent");
    const run = spawnSync(process.execPath, [path.join(PROJECT_DIR, "node_modules/vitest/vitest.mjs"), "run", "test/href-test.ts"], {
      cwd: PROJECT_DIR,
      encoding: "utf8",
      env: { ...process.env, HF_SNAPSHOTS_DIR: absent, HF_SNAPSHOTS_SOURCE_URL: await unreachableUrl(), NO_COLOR: "1" },
    });
    expect(run.status).not.toBe(0);
    const errorLines = run.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(
      new RegExp(`^error: the recorded Hub data the tests read is missing in ${absent} .*Run \`${FETCH_COMMAND}\``),
    );
    expect(run.stdout).not.toMatch(/Test Files/);
    expect(filesUnder(absent)).toEqual([]);
  });
});
