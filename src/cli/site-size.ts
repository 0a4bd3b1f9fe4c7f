// The host's limit on a site's size: GitHub Pages refuses a published site over 1 GB. The build
// measures the finished site before it replaces the output folder, and refuses one that is too
// large, so what is in the output folder can always be published.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface SiteFile {
  /** Relative to the site's folder. */
  path: string;
  bytes: number;
}

/** Every file of the site, with its size. */
export function siteFiles(siteDir: string): SiteFile[] {
  const files: SiteFile[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) files.push({ path: path.relative(siteDir, full), bytes: statSync(full).size });
    }
  };
  visit(siteDir);
  return files;
}

export class SiteTooLargeError extends Error {
  override name = "SiteTooLargeError";
}

/** Throws SiteTooLargeError naming the size, the limit, the largest files and the ways out. */
export function checkSiteSize(siteDir: string, limitBytes: number): { bytes: number } {
  const files = siteFiles(siteDir);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (bytes <= limitBytes) return { bytes };
  const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  throw new SiteTooLargeError(
    `the site is ${megabytes(bytes)}, over the host's limit of ${megabytes(limitBytes)} (--site-limit-mb; GitHub Pages takes 1,000 MB), ` +
      `so the output folder was left as it was. Largest files: ${largest.map((file) => `${file.path} ${megabytes(file.bytes)}`).join(", ")}. ` +
      `Crawl fewer models (--limit), or raise --site-limit-mb if your host takes more.`,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}
