// Peak memory of a process and everything it starts (the build spawns Astro in a child process,
// tsx may spawn another): the resident set sizes of the whole tree, summed, sampled from /proc.
import { readdirSync, readFileSync } from "node:fs";

export const procAvailable = (() => {
  try {
    readFileSync("/proc/self/status", "utf8");
    return true;
  } catch {
    return false;
  }
})();

/** Resident bytes of `rootPid` and its descendants now; 0 when /proc cannot tell. */
export function treeResidentBytes(rootPid: number): number {
  if (!procAvailable) return 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += residentBytes(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: number): number | null {
  try {
    // The command name in parentheses may contain spaces; fields after the last ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples a process tree until stopped; `peakBytes` is the largest sum seen. */
export class TreeMemorySampler {
  peakBytes = 0;
  readonly #timer: NodeJS.Timeout;

  constructor(
    readonly rootPid: number,
    intervalMs = 200,
  ) {
    this.#timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  sample(): void {
    this.peakBytes = Math.max(this.peakBytes, treeResidentBytes(this.rootPid));
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
