// What a reader downloads: the size of dist/, its largest HTML page, and its largest data file.
// The downloads (models.csv/.json/.parquet, history.parquet) are offered as files, not loaded by
// pages as they open (the SQL console reads models.parquet only when asked), so the "largest data
// file" a page may load leaves them out and they are reported apart.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const FULL_DOWNLOADS = new Set(["models.csv", "models.json", "models.parquet", "history.parquet"]);
const DATA_EXTENSIONS = new Set([".json", ".csv", ".parquet", ".arrow", ".bin", ".ndjson", ".jsonl", ".gz", ".br"]);

export interface LargestFile {
  path: string;
  bytes: number;
}

export interface DistStats {
  bytes: number;
  files: number;
  largestHtml: LargestFile | null;
  /** Largest data file other than the full downloads: what the explorer fetches at most at once. */
  largestDataShard: LargestFile | null;
  /** The full downloads together. */
  downloadsBytes: number;
}

export function measureDist(distDir: string): DistStats {
  const stats: DistStats = { bytes: 0, files: 0, largestHtml: null, largestDataShard: null, downloadsBytes: 0 };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const bytes = statSync(full).size;
      const relative = path.relative(distDir, full);
      stats.bytes += bytes;
      stats.files++;
      const extension = path.extname(entry.name).toLowerCase();
      if (extension === ".html") {
        if (!stats.largestHtml || bytes > stats.largestHtml.bytes) stats.largestHtml = { path: relative, bytes };
      } else if (FULL_DOWNLOADS.has(entry.name)) {
        stats.downloadsBytes += bytes;
      } else if (DATA_EXTENSIONS.has(extension)) {
        if (!stats.largestDataShard || bytes > stats.largestDataShard.bytes) stats.largestDataShard = { path: relative, bytes };
      }
    }
  };
  visit(distDir);
  return stats;
}
