// The benchmark's figures as markdown: the machine and date, the crawls, the notebook's way as a
// ratio against ours, the site builds, and each target (the costs the project promises) with whether it was met.
import type { CrawlMeasurement } from "./crawl-run.ts";
import { formatBytes, formatCount, formatDuration, formatRatio } from "./format.ts";
import type { BenchResults, CrawlScenario, SizeResult } from "./harness.ts";
import type { NotebookMeasurement } from "./notebook-crawl.ts";

const MINUTE = 60_000;
const GIB = 2 ** 30;
const MIB = 2 ** 20;
/** Pages of `/api/models` a listing needs (the crawler asks for 1000 a page). */
const LISTING_PAGE_SIZE = 1000;
/**
 * What "the explorer stays usable" is taken to mean here: no HTML page over 1 MiB and no data
 * file a page loads at once over 5 MiB (a few seconds on a slow connection, parsed without jank).
 */
export const EXPLORER_BUDGET = { htmlBytes: 1 * MIB, shardBytes: 5 * MIB };

export function totalRequests(m: { requests_api: number; requests_pages: number; requests_resolvers: number }): number {
  return m.requests_api + m.requests_pages + m.requests_resolvers;
}

function notebookTotal(n: NotebookMeasurement): number {
  return n.requests.api + n.requests.pages + n.requests.resolvers;
}

export function renderReport(bench: BenchResults): string {
  const { machine, quotas } = bench;
  const lines: string[] = [];
  lines.push(
    `Measured ${bench.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${formatBytes(machine.memoryBytes)} memory, ` +
      `Node ${machine.node} (${machine.platform}). Quotas per 5-minute window: anonymous ${quotas.anonymous.api} API / ` +
      `${quotas.anonymous.pages} pages, token ${quotas.token.api} API / ${quotas.token.pages} pages. ` +
      `Simulated time = real time + rate-limit waits skipped by the virtual clock.`,
  );
  if (bench.modelsJsonPageCap !== null) {
    lines.push(
      "",
      `The benchmark Hubs served their website listing (/models-json) up to page ${bench.modelsJsonPageCap} only, as a site that stops paging would.`,
    );
  }
  lines.push("", ...crawlTable(bench.results), "", ...sourceTable(bench.results));
  const withNotebook = bench.results.filter((r) => r.notebook);
  if (withNotebook.length > 0) lines.push("", ...notebookTable(withNotebook));
  const withBuild = bench.results.filter((r) => r.build);
  if (withBuild.length > 0) lines.push("", ...buildTable(withBuild, bench.siteLimitBytes));
  lines.push("", ...targetTable(bench.results, bench.siteLimitBytes));
  return lines.join("\n");
}

function crawlTable(results: SizeResult[]): string[] {
  const rows = [
    "| Hub (text-generation models) | crawl | models | authors | API requests | page requests | resolver requests | cache hits | 429s | waits skipped | simulated time | real time |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    for (const { label, measurement } of result.crawls) {
      const { run } = measurement;
      rows.push(
        row([
          formatCount(result.size),
          label,
          formatCount(run.models),
          formatCount(run.authors),
          formatCount(run.requests_api),
          formatCount(run.requests_pages),
          formatCount(run.requests_resolvers),
          formatCount(run.cache_hits),
          formatCount(run.rate_limited),
          formatDuration(measurement.skippedWaitMs),
          formatDuration(measurement.simulatedMs),
          formatDuration(measurement.realMs),
        ]),
      );
    }
    const n = result.notebook;
    if (n) {
      rows.push(
        row([
          formatCount(result.size),
          "notebook's way, anonymous",
          formatCount(n.models),
          "–",
          formatCount(n.requests.api),
          formatCount(n.requests.pages),
          formatCount(n.requests.resolvers),
          "–",
          formatCount(n.rateLimited),
          formatDuration(n.skippedWaitMs),
          formatDuration(n.simulatedMs),
          formatDuration(n.realMs),
        ]),
      );
    }
  }
  return rows;
}

function coldAnonymous(result: SizeResult): CrawlMeasurement | undefined {
  return scenarioOf(result, "cold-anonymous");
}

function scenarioOf(result: SizeResult, scenario: CrawlScenario): CrawlMeasurement | undefined {
  return result.crawls.find((c) => c.scenario === scenario)?.measurement;
}

/** What each source cost and gave in the cold anonymous crawl, from its run summary. */
function sourceTable(results: SizeResult[]): string[] {
  const rows = ["| Hub | cold crawl: requests → gains per source |", "| ---: | --- |"];
  for (const result of results) {
    const cold = coldAnonymous(result);
    if (cold) rows.push(row([formatCount(result.size), cold.sourcesLine.replace(/^sources: /, "")]));
  }
  return rows;
}

function notebookTable(results: SizeResult[]): string[] {
  const rows = [
    "| Hub | requests: ours | requests: notebook's way | notebook ÷ ours | simulated time: ours | simulated time: notebook's way | notebook ÷ ours |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    const ours = coldAnonymous(result);
    const n = result.notebook!;
    if (!ours) continue;
    const oursRequests = totalRequests(ours.run);
    rows.push(
      row([
        formatCount(result.size),
        formatCount(oursRequests),
        `${formatCount(notebookTotal(n))} (${formatCount(n.listPages)} list + ${formatCount(n.modelPages)} model pages)`,
        formatRatio(notebookTotal(n), oursRequests),
        formatDuration(ours.simulatedMs),
        formatDuration(n.simulatedMs),
        formatRatio(n.simulatedMs, ours.simulatedMs),
      ]),
    );
  }
  return rows;
}

function memory(bytes: number): string {
  return bytes > 0 ? formatBytes(bytes) : "not measured";
}

function step(ms: number, peakBytes: number): string {
  return `${formatDuration(ms)}, ${memory(peakBytes)}`;
}

function buildTable(results: SizeResult[], siteLimitBytes: number): string[] {
  const rows = [
    `| Hub | build from warm cache | database step: time, peak memory | site step: time, peak memory | peak memory | dist/ (host limit ${formatMegabytes(siteLimitBytes)}) | largest HTML page | largest data file a page loads | downloads (models.* as published, history) |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |",
  ];
  for (const result of results) {
    const b = result.build!;
    rows.push(
      row([
        formatCount(result.size),
        formatDuration(b.ms),
        step(b.databaseMs, b.databasePeakBytes),
        step(b.siteMs, b.sitePeakBytes),
        memory(b.peakBytes),
        `${formatBytes(b.dist.bytes)} (${Math.round((100 * b.dist.bytes) / siteLimitBytes)}% of the limit)`,
        b.dist.largestHtml ? `${formatBytes(b.dist.largestHtml.bytes)} (\`${b.dist.largestHtml.path}\`)` : "–",
        b.dist.largestDataShard ? `${formatBytes(b.dist.largestDataShard.bytes)} (\`${b.dist.largestDataShard.path}\`)` : "none",
        formatBytes(b.dist.downloadsBytes),
      ]),
    );
  }
  return rows;
}

type Verdict = "met" | "missed" | "not run";

interface Target {
  target: string;
  figure: string;
  verdict: Verdict;
}

/** Each target, judged from this run's figures only. */
export function judgeTargets(results: SizeResult[], siteLimitBytes: number): Target[] {
  const targets: Target[] = [];
  const at = (size: number) => results.find((r) => r.size === size);
  const top = at(3_000);
  const topCold = top && coldAnonymous(top);
  if (topCold) {
    const requests = totalRequests(topCold.run);
    targets.push({
      target: "top 3,000, cold cache, anonymous: at most 120 requests",
      figure: `${formatCount(requests)} requests`,
      verdict: requests <= 120 ? "met" : "missed",
    });
    targets.push({
      target: "top 3,000, cold cache, anonymous: within 5 simulated minutes",
      figure: formatDuration(topCold.simulatedMs),
      verdict: topCold.simulatedMs <= 5 * MINUTE ? "met" : "missed",
    });
  } else {
    targets.push({
      target: "top 3,000, cold cache, anonymous: at most 120 requests, within 5 simulated minutes",
      figure: "–",
      verdict: "not run",
    });
  }
  const topWarm = top?.crawls.find((c) => c.scenario === "warm-anonymous")?.measurement;
  if (topWarm) {
    const listing = Math.ceil(3_000 / LISTING_PAGE_SIZE);
    const requests = totalRequests(topWarm.run);
    targets.push({
      target: `top 3,000, warm rerun: only the listing (${listing} requests) plus what changed (nothing, here)`,
      figure: `${formatCount(requests)} requests`,
      verdict: requests <= listing ? "met" : "missed",
    });
  }
  const largest = [...results].sort((a, b) => b.size - a.size)[0];
  const largestCold = largest && coldAnonymous(largest);
  if (largestCold) {
    targets.push({
      target: `the whole text-generation Hub crawlable within anonymous quotas (largest size run: ${formatCount(largest.size)} models, \`--limit all\`)`,
      figure: `${formatCount(largestCold.run.models)} models in ${formatDuration(largestCold.simulatedMs)} simulated, ${formatCount(largestCold.run.rate_limited)} answers of 429`,
      // Records the crawler skips (a model without likes) were still crawled; they are counted apart.
      verdict: largestCold.run.models + largestCold.run.skipped_records === largest.size ? "met" : "missed",
    });
  }
  const buildLimits: [number, number, number | null][] = [
    [3_000, 15_000, null],
    [100_000, 60_000, null],
    [1_000_000, 5 * MINUTE, 4 * GIB],
  ];
  for (const [size, limitMs, limitBytes] of buildLimits) {
    const build = at(size)?.build;
    const name = `build from a warm cache, ${formatCount(size)} models: within ${formatDuration(limitMs)}${limitBytes ? ` and under ${formatBytes(limitBytes)}` : ""}`;
    if (!build) {
      targets.push({ target: name, figure: "–", verdict: "not run" });
      continue;
    }
    const withinMemory = limitBytes === null || (build.peakBytes > 0 && build.peakBytes < limitBytes);
    targets.push({
      target: name,
      figure: `${formatDuration(build.ms)}, peak ${memory(build.peakBytes)}`,
      verdict: build.ms <= limitMs && withinMemory ? "met" : "missed",
    });
  }
  const wholeCold = at(100_000) && coldAnonymous(at(100_000)!);
  if (wholeCold) {
    const requests = totalRequests(wholeCold.run);
    const pages = wholeCold.sources.find((source) => source.source === "model-pages")?.requests ?? 0;
    targets.push({
      target: "whole 100,000-model Hub, cold cache: at most 2,000 requests, no model page for a model whose API record answered",
      figure: `${formatCount(requests)} requests, ${formatCount(pages)} model pages`,
      verdict: requests <= 2_000 && pages === 0 ? "met" : "missed",
    });
  }
  const weekly = at(1_000_000) && scenarioOf(at(1_000_000)!, "weekly-token");
  targets.push(
    weekly
      ? {
          target: "weekly refresh of the whole 1,000,000-model Hub with a token: within one 6-hour job",
          figure: `${formatDuration(weekly.simulatedMs)} simulated, ${formatCount(totalRequests(weekly.run))} requests`,
          verdict: weekly.simulatedMs <= 6 * 60 * MINUTE ? "met" : "missed",
        }
      : { target: "weekly refresh of the whole 1,000,000-model Hub with a token: within one 6-hour job", figure: "–", verdict: "not run" },
  );
  for (const result of results) {
    if (!result.build) continue;
    targets.push({
      target: `${formatCount(result.size)} models: dist/ within the host's limit of ${formatMegabytes(siteLimitBytes)}`,
      figure: formatBytes(result.build.dist.bytes),
      verdict: result.build.dist.bytes <= siteLimitBytes ? "met" : "missed",
    });
  }
  const explorer = at(100_000)?.build;
  if (explorer) {
    const html = explorer.dist.largestHtml?.bytes ?? 0;
    const shard = explorer.dist.largestDataShard?.bytes ?? 0;
    targets.push({
      target: `explorer usable at 100,000 models: largest HTML page ≤ ${formatBytes(EXPLORER_BUDGET.htmlBytes)}, largest data file a page loads ≤ ${formatBytes(EXPLORER_BUDGET.shardBytes)}`,
      figure: `${formatBytes(html)} HTML, ${formatBytes(shard)} data`,
      verdict: html <= EXPLORER_BUDGET.htmlBytes && shard <= EXPLORER_BUDGET.shardBytes ? "met" : "missed",
    });
  } else {
    targets.push({ target: "explorer usable at 100,000 models", figure: "–", verdict: "not run" });
  }
  return targets;
}

function targetTable(results: SizeResult[], siteLimitBytes: number): string[] {
  const rows = ["| target | this run | verdict |", "| --- | --- | --- |"];
  for (const t of judgeTargets(results, siteLimitBytes)) rows.push(row([t.target, t.figure, t.verdict]));
  return rows;
}

/** Hosts state their limits in decimal megabytes (GitHub Pages: 1 GB). */
function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.round(bytes / 1e6))} MB`;
}

function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
}
