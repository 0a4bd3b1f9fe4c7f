// A tiny static host for the built site, like GitHub Pages: the site lives under a base path,
// folders serve their index.html, and byte ranges work. It keeps a log of what it served, so a
// test can count the bytes a page really transferred, worker and wasm fetches included.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export interface ServedFile {
  /** The request's path, e.g. /hub-likes/_astro/duckdb-eh.1a2b3c.wasm */
  path: string;
  status: number;
  /** Body bytes sent (0 for HEAD and errors). */
  bytes: number;
}

export interface StaticSite {
  /** http://127.0.0.1:<port><base> */
  url: string;
  /** Every response so far, in order; a test may empty it. */
  served: ServedFile[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, base: string): Promise<StaticSite> {
  const served: ServedFile[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(base)) {
      served.push({ path: pathname, status: 404, bytes: 0 });
      response.writeHead(404).end("outside the site's base path");
      return;
    }
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) {
      served.push({ path: pathname, status: 403, bytes: 0 });
      response.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, "index.html");
        info = await stat(file);
      }
      const headers: Record<string, string | number> = {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "accept-ranges": "bytes",
      };
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
      let start = 0;
      let end = info.size - 1;
      let status = 200;
      if (range) {
        start = range[1] === "" ? Math.max(0, info.size - Number(range[2])) : Number(range[1]);
        end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
        status = 206;
        headers["content-range"] = `bytes ${start}-${end}/${info.size}`;
      }
      headers["content-length"] = Math.max(0, end - start + 1);
      response.writeHead(status, headers);
      const head = request.method === "HEAD" || info.size === 0;
      served.push({ path: pathname, status, bytes: head ? 0 : Math.max(0, end - start + 1) });
      if (head) response.end();
      else createReadStream(file, { start, end }).pipe(response);
    } catch {
      served.push({ path: pathname, status: 404, bytes: 0 });
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the static server has no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    served,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
