// Rewrites the part of docs/benchmarks.md between the benchmark markers, and nothing else.
import { readFileSync, writeFileSync } from "node:fs";

export const BENCH_START = "<!-- bench:start -->";
export const BENCH_END = "<!-- bench:end -->";

export function replaceBenchBlock(page: string, block: string): string {
  const start = page.indexOf(BENCH_START);
  const end = page.indexOf(BENCH_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `docs/benchmarks.md has no benchmark block: add a line "${BENCH_START}" and, below it, a line "${BENCH_END}" where the table should go.`,
    );
  }
  return `${page.slice(0, start + BENCH_START.length)}\n${block.trim()}\n${page.slice(end)}`;
}

export function writeBenchBlock(pagePath: string, block: string): void {
  writeFileSync(pagePath, replaceBenchBlock(readFileSync(pagePath, "utf8"), block));
}
