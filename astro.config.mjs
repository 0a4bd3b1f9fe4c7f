// Static site built from the DuckDB file named by HUB_LIKES_DB (see src/lib/report.ts).
// SITE_URL and BASE_PATH let the same build serve from a domain root or a GitHub project Pages
// path such as https://owner.github.io/hub-likes/.
import { defineConfig } from "astro/config";
import { sqlConsoleSizePlugin } from "./src/lib/sql-console-size.ts";

function normalizeBasePath(raw) {
  const trimmed = (raw ?? "").trim();
  if (trimmed === "" || trimmed === "/") return "/";
  if (/^[a-z]+:\/\//i.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as "/hub-likes", not a URL; got "${trimmed}". Put the origin in SITE_URL.`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`;
}

export default defineConfig({
  output: "static",
  outDir: "dist",
  site: process.env.SITE_URL || undefined,
  base: normalizeBasePath(process.env.BASE_PATH),
  // Every page is a folder with index.html, so links end in "/" and work on any static host.
  build: { format: "directory" },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
  vite: {
    // The DuckDB client loads a native binary at run time; bundling it breaks that lookup.
    ssr: { external: ["@duckdb/node-api"] },
    // Gzipping the SQL console's ~40 MB of WebAssembly only to print its size cost seconds a build.
    build: { reportCompressedSize: false },
    // The SQL page's load button states what the console downloads, measured from this build.
    plugins: [sqlConsoleSizePlugin()],
  },
});
