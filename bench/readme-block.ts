// Rewrites the part of README.md between the benchmark markers, and nothing else.
import { readFileSync, writeFileSync } from "node:fs";

export const BENCH_START = "<!-- bench:start -->";
export const BENCH_END = "<!-- bench:end -->";

export function replaceBenchBlock(readme: string, block: string): string {
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `README.md has no benchmark block: add a line "${BENCH_START}" and, below it, a line "${BENCH_END}" where the table should go.`,
    );
  }
  return `${readme.slice(0, start + BENCH_START.length)}\n${block.trim()}\n${readme.slice(end)}`;
}

export function writeBenchBlock(readmePath: string, block: string): void {
  writeFileSync(readmePath, replaceBenchBlock(readFileSync(readmePath, "utf8"), block));
}
