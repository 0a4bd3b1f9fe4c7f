// The build replaces its output folder whole, so it must never be pointed at a folder it did not
// make: the project, a parent of it, the working directory, the home folder, the filesystem root,
// or a folder that holds someone's files. These tests check the refusals (exit 2, one line, nothing
// deleted) and that a second build into the same folder replaces the first build's site.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/cli/build-site.ts";
import { BUILD_MARKER, checkOutputFolder, markOutputFolder, type KeptFolders } from "../src/cli/output-folder.ts";
import { ConfigError, normalizeConfig } from "../src/config/config.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { startMockHub, type MockHub } from "../src/mock-hub/server.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

describe("checkOutputFolder", () => {
  const work = suiteScratchDir("hub-out-check-");
  let kept: KeptFolders;
  beforeAll(() => {
    kept = {
      projectRoot: path.join(work, "home", "code", "hub-likes"),
      workingDirectory: path.join(work, "home", "code", "hub-likes"),
      home: path.join(work, "home"),
      cacheDir: path.join(work, "home", "code", "hub-likes", "cache"),
      dbPath: path.join(work, "data", "hub-likes.duckdb"),
      stagingRoot: path.join(work, "home", "code", "hub-likes", "node_modules", ".cache", "hub-likes-builds"),
    };
    mkdirSync(kept.cacheDir, { recursive: true });
    mkdirSync(path.dirname(kept.dbPath), { recursive: true });
  });

  const refusal = async (outDir: string) => {
    const error = await checkOutputFolder(outDir, kept).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, outDir).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`the output folder ${path.resolve(outDir)} `);
    expect(message).not.toContain("\n");
    return message;
  };

  it("refuses the filesystem root", async () => {
    expect(await refusal("/")).toContain("is the filesystem root");
  });

  it("refuses the project folder, every parent of it, the home folder and the working directory's parents", async () => {
    expect(await refusal(kept.projectRoot)).toContain("is the project folder");
    expect(await refusal(path.join(work, "home", "code"))).toContain("contains the project folder");
    expect(await refusal(kept.home)).toContain("is the home folder");
    expect(await refusal(work)).toContain("contains the project folder");
  });

  it("refuses the working directory and its parents when the command runs outside the project", async () => {
    const elsewhere = { ...kept, workingDirectory: path.join(work, "home", "papers", "draft") };
    mkdirSync(elsewhere.workingDirectory, { recursive: true });
    const refused = async (outDir: string) => (await checkOutputFolder(outDir, elsewhere).catch((caught: Error) => caught))?.message;
    expect(await refused(elsewhere.workingDirectory)).toContain("is the working directory");
    expect(await refused(path.join(work, "home", "papers"))).toContain("contains the working directory");
  });

  it("refuses a folder that is or holds the cache or the database", async () => {
    expect(await refusal(kept.cacheDir)).toContain("is the cache folder");
    expect(await refusal(path.dirname(kept.dbPath))).toContain("contains the database");
  });

  it("follows a symbolic link: a link to the home folder is the home folder", async () => {
    const link = path.join(work, "link-to-home");
    symlinkSync(kept.home, link);
    expect(await refusal(link)).toContain("is the home folder");
  });

  it("refuses a file and a folder holding files no build made, and names the marker", async () => {
    const file = path.join(work, "notes.txt");
    writeFileSync(file, "mine");
    expect(await refusal(file)).toContain("is a file, not a folder");
    const folder = path.join(work, "site");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "index.html"), "mine");
    expect(await refusal(folder)).toContain(`it has no ${BUILD_MARKER} marker`);
  });

  it("accepts a missing folder, an empty folder and a folder an earlier build marked", async () => {
    await checkOutputFolder(path.join(work, "new", "dist"), kept);
    const empty = path.join(work, "empty");
    mkdirSync(empty);
    await checkOutputFolder(empty, kept);
    const built = path.join(work, "built");
    mkdirSync(path.join(built, "data"), { recursive: true });
    writeFileSync(path.join(built, "index.html"), "old site");
    writeFileSync(path.join(built, "data", "summary.json"), "{}");
    await markOutputFolder(built, new Date());
    await checkOutputFolder(built, kept);
    // Inside the project is fine too, as long as it is the build's own folder.
    await checkOutputFolder(path.join(kept.projectRoot, "dist"), kept);
  });

  it("refuses a marked folder holding files its build did not make, naming them", async () => {
    const built = path.join(work, "built-then-added");
    mkdirSync(path.join(built, "data"), { recursive: true });
    writeFileSync(path.join(built, "index.html"), "old site");
    await markOutputFolder(built, new Date());
    writeFileSync(path.join(built, "data", "thesis.docx"), "mine");
    expect(await refusal(built)).toContain("holds files the earlier build did not make (data/thesis.docx)");
    // A marker that cannot be read vouches for nothing.
    const damaged = path.join(work, "damaged-marker");
    mkdirSync(damaged);
    writeFileSync(path.join(damaged, "index.html"), "old site");
    writeFileSync(path.join(damaged, BUILD_MARKER), '{"made_by": "hub-');
    expect(await refusal(damaged)).toContain("did not make (index.html)");
  });

  it("accepts a folder marked before markers listed their files, as it always did", async () => {
    const older = path.join(work, "older-build");
    mkdirSync(older);
    writeFileSync(path.join(older, "index.html"), "old site");
    writeFileSync(path.join(older, BUILD_MARKER), JSON.stringify({ made_by: "hub-likes build", built_at: "2026-11-30T05:17:00.000Z" }));
    await checkOutputFolder(older, kept);
  });
});

describe("build --out on the command line", () => {
  const work = suiteScratchDir("hub-out-cli-");
  const home = path.join(work, "home");
  beforeAll(() => {
    mkdirSync(home);
    writeFileSync(path.join(home, "keep.txt"), "the user's file");
  });

  // Offline with an empty cache: even if the refusal were missing, the crawl would fail for want
  // of cached answers (exit 1) before anything is built or deleted.
  function build(out: string) {
    return buildWith(["--out", out]);
  }

  function buildWith(flags: string[]) {
    const cacheDir = path.join(work, "cache");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "build", "--offline", "--cache", cacheDir, "--db", path.join(cacheDir, "x.duckdb"), ...flags],
      { cwd: projectRoot, encoding: "utf8", env: { ...process.env, HOME: home, HF_TOKEN: "", CI: "1" }, timeout: 60_000 },
    );
    expect(existsSync(cacheDir), "nothing was crawled").toBe(false);
    return { code: result.status, stderr: result.stderr.trim() };
  }

  function expectRefused(result: { code: number | null; stderr: string }, folder: string, why: string) {
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")).toEqual([expect.stringContaining(`error: the output folder ${folder} ${why}`)]);
  }

  it("exits 2 for the project folder and deletes nothing", () => {
    expectRefused(build("."), path.resolve(projectRoot), "is the project folder");
    expect(existsSync(path.join(projectRoot, "package.json"))).toBe(true);
    expect(existsSync(path.join(projectRoot, "src", "cli", "main.ts"))).toBe(true);
  });

  it("exits 2 for a parent of the project folder and deletes nothing", () => {
    expectRefused(build(".."), path.dirname(path.resolve(projectRoot)), "contains the project folder");
    expect(existsSync(path.join(projectRoot, "package.json"))).toBe(true);
  });

  it("exits 2 for the home folder and deletes nothing", () => {
    expectRefused(build(home), home, "is the home folder");
    expect(readFileSync(path.join(home, "keep.txt"), "utf8")).toBe("the user's file");
  });

  it("exits 2 for the filesystem root and deletes nothing", () => {
    expectRefused(build("/"), "/", "is the filesystem root");
    expect(existsSync(path.join(projectRoot, "package.json"))).toBe(true);
    expect(readFileSync(path.join(home, "keep.txt"), "utf8")).toBe("the user's file");
  });

  it('exits 2 for "outDir": "." in a config file, which names the folder the file is in', () => {
    // The config file sits in the home folder, so "." is the home folder.
    const configFile = path.join(home, "hub-likes.config.json");
    writeFileSync(configFile, JSON.stringify({ outDir: "." }));
    try {
      expectRefused(buildWith(["--config", configFile]), home, "is the home folder");
      expect(readFileSync(path.join(home, "keep.txt"), "utf8")).toBe("the user's file");
    } finally {
      rmSync(configFile);
    }
  });

  it("exits 2 for a folder holding files no build made and leaves them alone", () => {
    const folder = path.join(work, "site");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "index.html"), "handwritten");
    expectRefused(build(folder), folder, "holds files no earlier build made");
    expect(readFileSync(path.join(folder, "index.html"), "utf8")).toBe("handwritten");
  });
});

describe("a second build into the same output folder", () => {
  const work = suiteScratchDir("hub-out-rebuild-");
  const outDir = path.join(work, "site");
  let hub: MockHub;
  let firstMarker: string;
  let secondMarker: string;
  let refusedWhileAdded: unknown;
  let siteAfterRefusal: string[];

  beforeAll(async () => {
    hub = await startMockHub({ dataset: generateSampleHub({ models: 60, seed: 3 }), windowMs: 1000 });
    writeFileSync(path.join(work, "beside.txt"), "not the build's");
    const config = normalizeConfig({ endpoint: hub.url, limit: null, cacheDir: path.join(work, "cache"), outDir, sample: true }, {});
    await buildSite(config, { recrawl: true, log: () => {} });
    firstMarker = readFileSync(path.join(outDir, BUILD_MARKER), "utf8");
    // A file the reader put into the built site: the second build must not delete it.
    writeFileSync(path.join(outDir, "data", "my-notes.txt"), "the reader's");
    refusedWhileAdded = await buildSite(config, { log: () => {} }).then(
      () => null,
      (caught: unknown) => caught,
    );
    siteAfterRefusal = readdirSync(outDir, { recursive: true }).map(String).sort();
    rmSync(path.join(outDir, "data", "my-notes.txt"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await buildSite(config, { log: () => {} });
    secondMarker = readFileSync(path.join(outDir, BUILD_MARKER), "utf8");
  }, 240_000);

  afterAll(async () => {
    await hub?.close();
  });

  it("refuses to replace a site holding a file the first build did not make, and leaves the site and the file alone", () => {
    expect(refusedWhileAdded).toBeInstanceOf(ConfigError);
    expect((refusedWhileAdded as Error).message).toContain("holds files the earlier build did not make (data/my-notes.txt)");
    const firstFiles: string[] = JSON.parse(firstMarker).files;
    expect(firstFiles).toContain("index.html");
    expect(siteAfterRefusal).toEqual(expect.arrayContaining([...firstFiles, "data/my-notes.txt", BUILD_MARKER]));
  });

  it("replaces the first build's site with the second's, marked again with the files it made", () => {
    expect(JSON.parse(secondMarker).built_at > JSON.parse(firstMarker).built_at).toBe(true);
    expect(existsSync(path.join(outDir, "index.html"))).toBe(true);
    expect(existsSync(path.join(outDir, "data", "summary.json"))).toBe(true);
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
      .filter((file) => file !== BUILD_MARKER)
      .sort();
    expect(JSON.parse(secondMarker).files).toEqual(files);
  });

  it("leaves everything beside the output folder alone, and no old site or temporary folder behind", () => {
    expect(readFileSync(path.join(work, "beside.txt"), "utf8")).toBe("not the build's");
    expect(readdirSync(work).sort()).toEqual(["beside.txt", "cache", "site"]);
  });
});
