// The mock Hub: a plain node:http server on 127.0.0.1 that answers the endpoints the crawler uses
// the way huggingface.co does (docs/hub-api.md), rate limits included, and logs every request so
// tests can assert what the crawler asked for (and what it must never ask for).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { toOrganizationOverview, toUserOverview } from "./account-overview.ts";
import { BadListQueryError, encodeCursor, ModelIndex, parseListQuery } from "./list-models.ts";
import { renderModelPage, renderNotFoundPage } from "./model-page.ts";
import { modelsJsonPage } from "./models-json.ts";
import { resolveFile } from "./resolve.ts";
import {
  toDefaultListItem,
  toExpandedItem,
  toFullListItem,
  toFullObject,
  UnknownExpandPropertyError,
  validateExpand,
} from "./model-view.ts";
import { FaultInjector, sendFault, type Fault, type FaultRule } from "./faults.ts";
import { FixedWindowRateLimiter, type RateLimitBucket } from "./rate-limit.ts";
import { ANONYMOUS_QUOTA, FREE_USER_QUOTA, type MockAuthorRecord, type MockHubDataset, type MockModelRecord, type Quota } from "./types.ts";

export interface MockHubOptions {
  dataset: MockHubDataset;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Per-window quota of anonymous clients, counted per address. */
  quota?: Quota;
  /** Per-window quota of requests with a Bearer token, counted per token. */
  tokenQuota?: Quota;
  /** Rate-limit window; the Hub's is 5 minutes, tests shrink it to keep waits short. */
  windowMs?: number;
  /** Largest page `/api/models` serves; a larger `limit` is clamped, a missing one means this. */
  maxLimit?: number;
  /**
   * Last page (0-based `p`) the website listing `/models-json` serves; later pages answer 400. The
   * real site may stop somewhere (it is not documented either way); unset, every page is served.
   */
  modelsJsonPageCap?: number;
  now?: () => number;
  /** Faults to inject (src/mock-hub/faults.ts); more can be added later through `MockHub.faults`. */
  faults?: FaultRule[];
  /** Called after each request is logged (tests that act at the N-th request). */
  onRequest?: (entry: MockRequestLog, count: number) => void;
}

export interface MockRequestLog {
  method: string;
  /** Path with its query string, as sent. */
  path: string;
  bucket: RateLimitBucket;
  /** 0 when no answer went out (an injected reset or stall). */
  status: number;
  authenticated: boolean;
  /** The injected fault, when there was one. */
  fault?: Fault["kind"];
  /** The `Range` header as sent (e.g. "bytes=0-7"), when there was one. */
  range?: string;
}

export interface MockHub {
  url: string;
  requests: MockRequestLog[];
  faults: FaultInjector;
  close(): Promise<void>;
}

export const DEFAULT_WINDOW_MS = 300_000;
export const DEFAULT_MAX_LIMIT = 1000;

export async function startMockHub(options: MockHubOptions): Promise<MockHub> {
  const maxLimit = options.maxLimit ?? DEFAULT_MAX_LIMIT;
  if (!Number.isSafeInteger(maxLimit) || maxLimit < 1) {
    throw new RangeError(`maxLimit must be a whole number of models, 1 or more; got ${maxLimit}.`);
  }
  const pageCap = options.modelsJsonPageCap ?? null;
  if (pageCap !== null && !(Number.isSafeInteger(pageCap) && pageCap >= 0)) {
    throw new RangeError(`modelsJsonPageCap must be a whole page number, 0 or more; got ${pageCap}.`);
  }
  const hub = new MockHubHandler(
    options.dataset,
    maxLimit,
    pageCap,
    new FixedWindowRateLimiter({
      quota: options.quota ?? ANONYMOUS_QUOTA,
      tokenQuota: options.tokenQuota ?? FREE_USER_QUOTA,
      windowMs: options.windowMs ?? DEFAULT_WINDOW_MS,
      now: options.now ?? Date.now,
    }),
  );
  hub.faults = new FaultInjector(options.faults);
  hub.onRequest = options.onRequest;
  const server = http.createServer((request, response) => hub.handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: hub.requests,
    faults: hub.faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        hub.faults.dispose();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Reply {
  status: number;
  contentType: "json" | "html" | "octet-stream";
  body: string;
  /** Binary answers (parts of weight files); `body` is then empty. */
  bytes?: Buffer;
  headers?: Record<string, string>;
}

class MockHubHandler {
  readonly requests: MockRequestLog[] = [];
  faults = new FaultInjector();
  onRequest: MockHubOptions["onRequest"];
  readonly #index: ModelIndex;
  readonly #modelsById = new Map<string, MockModelRecord>();
  readonly #authors = new Map<string, MockAuthorRecord>();
  readonly #modelCounts = new Map<string, number>();

  constructor(
    dataset: MockHubDataset,
    readonly maxLimit: number,
    readonly modelsJsonPageCap: number | null,
    readonly limiter: FixedWindowRateLimiter,
  ) {
    this.#index = new ModelIndex(dataset.models);
    for (const model of dataset.models) {
      this.#modelsById.set(model.id, model);
      const owner = model.author ?? model.id.split("/")[0];
      this.#modelCounts.set(owner, (this.#modelCounts.get(owner) ?? 0) + 1);
    }
    for (const author of dataset.authors) this.#authors.set(author.name, author);
  }

  handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const rawPath = request.url ?? "/";
    const url = new URL(rawPath, "http://127.0.0.1");
    const bucket = bucketOf(url.pathname);
    const token = bearerToken(request.headers.authorization);
    const decision = this.limiter.take(bucket, request.socket.remoteAddress ?? "unknown", token);
    let reply: Reply;
    if (!decision.allowed) {
      reply = jsonError(429, `You have exceeded the "${bucket}" rate limit; wait for the window to reset (see the RateLimit header's t=).`);
    } else if (request.method !== "GET" && request.method !== "HEAD") {
      reply = { ...jsonError(405, `method ${request.method} is not served by the mock Hub; use GET.`), headers: { Allow: "GET, HEAD" } };
    } else {
      try {
        reply = this.#route(url, bucket, `http://${request.headers.host ?? "127.0.0.1"}`, request.headers.range);
      } catch (error) {
        if (error instanceof BadListQueryError || error instanceof UnknownExpandPropertyError) {
          reply = jsonError(400, error.message);
        } else {
          reply = jsonError(500, `mock Hub failed: ${(error as Error).message}`);
        }
      }
    }
    const headers = {
      "Content-Type":
        reply.contentType === "json"
          ? "application/json; charset=utf-8"
          : reply.contentType === "octet-stream"
            ? "application/octet-stream"
            : "text/html; charset=utf-8",
      ...decision.headers,
      ...reply.headers,
    };
    const fault = this.faults.pick(rawPath);
    let status = reply.status;
    if (fault) {
      status = sendFault(fault, { status: reply.status, headers, body: reply.body }, decision.headers, request, response, this.faults);
    } else {
      response.writeHead(reply.status, headers);
      response.end(reply.bytes ?? reply.body);
    }
    const entry: MockRequestLog = {
      method: request.method ?? "GET",
      path: rawPath,
      bucket,
      status,
      authenticated: token !== null,
    };
    if (fault) entry.fault = fault.kind;
    if (typeof request.headers.range === "string") entry.range = request.headers.range;
    this.requests.push(entry);
    this.onRequest?.(entry, this.requests.length);
  }

  #route(url: URL, bucket: RateLimitBucket, origin: string, range?: string): Reply {
    const segments = url.pathname.split("/").slice(1).map(decodeSegment);
    if (bucket === "resolvers") {
      // Only safetensors weights and their shard index are served; every request is logged.
      const model = segments[2] === "resolve" ? this.#modelsById.get(`${segments[0]}/${segments[1]}`) : undefined;
      if (!model || segments.length < 5) return jsonError(404, "Entry not found", { "X-Error-Code": "EntryNotFound" });
      const file = resolveFile(model, segments[3], segments.slice(4).join("/"), range);
      if (file.kind === "json") return json(200, file.body);
      if (file.kind === "error") return jsonError(file.status, file.message, file.headers);
      return { status: file.status, contentType: "octet-stream", body: "", bytes: file.bytes, headers: file.headers };
    }
    if (url.pathname === "/models-json") {
      return json(200, modelsJsonPage(this.#index, url.searchParams, this.#authors, this.modelsJsonPageCap));
    }
    if (bucket === "pages") {
      const model = segments.length === 2 ? this.#modelsById.get(`${segments[0]}/${segments[1]}`) : undefined;
      return model
        ? { status: 200, contentType: "html", body: renderModelPage(model) }
        : { status: 404, contentType: "html", body: renderNotFoundPage(url.pathname) };
    }
    const [, resource, ...rest] = segments;
    if (resource === "models" && rest.length === 0) return this.#listModels(url, origin);
    if (resource === "models" && rest.length >= 2) return this.#getModel(rest, url.searchParams);
    if (resource === "organizations" && rest.length === 2 && rest[1] === "overview") {
      const author = this.#authors.get(rest[0]);
      return author?.type === "org"
        ? json(200, toOrganizationOverview(author, this.#modelCounts.get(author.name) ?? 0))
        : jsonError(404, "Organization not found");
    }
    if (resource === "users" && rest.length === 2 && rest[1] === "overview") {
      const author = this.#authors.get(rest[0]);
      return author?.type === "user"
        ? json(200, toUserOverview(author, this.#modelCounts.get(author.name) ?? 0))
        : jsonError(404, "User not found");
    }
    return jsonError(404, `the mock Hub does not serve ${url.pathname}`);
  }

  #listModels(url: URL, origin: string): Reply {
    const params = url.searchParams;
    const query = parseListQuery(params, this.maxLimit);
    const expand = expandOf(params);
    if (expand) validateExpand(expand);
    const extras = { config: params.get("config") === "true", cardData: params.get("cardData") === "true" };
    const full = params.get("full") === "true";
    const page = this.#index.list(query);
    const items = page.items.map((model) =>
      // expand wins over full: with expand the Hub returns only the listed properties.
      expand ? toExpandedItem(model, expand) : full ? toFullListItem(model, extras) : toDefaultListItem(model),
    );
    const headers: Record<string, string> = {};
    if (page.nextOffset !== null) {
      const next = new URLSearchParams(params);
      next.delete("cursor");
      next.append("cursor", encodeCursor(page.nextOffset, query.resultKey));
      headers.Link = `<${origin}${url.pathname}?${next}>; rel="next"`;
    }
    return { ...json(200, items), headers };
  }

  #getModel(rest: string[], params: URLSearchParams): Reply {
    // /api/models/{owner}/{name} and /api/models/{owner}/{name}/revision/{revision}
    if (rest.length !== 2 && !(rest.length === 4 && rest[2] === "revision")) {
      return jsonError(404, "Repository not found");
    }
    const model = this.#modelsById.get(`${rest[0]}/${rest[1]}`);
    if (!model) return jsonError(404, "Repository not found");
    const expand = expandOf(params);
    if (expand) validateExpand(expand);
    return json(200, expand ? toExpandedItem(model, expand) : toFullObject(model));
  }
}

/** `expand` and `expand[]` are both spelled in working clients (docs/hub-api.md#listing-models); null when neither is sent. */
function expandOf(params: URLSearchParams): string[] | null {
  const values = [...params.getAll("expand"), ...params.getAll("expand[]")].filter((v) => v !== "");
  return values.length > 0 ? [...new Set(values)] : null;
}

function bucketOf(pathname: string): RateLimitBucket {
  if (pathname.includes("/resolve/")) return "resolvers";
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  return "pages";
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function json(status: number, body: unknown): Reply {
  return { status, contentType: "json", body: JSON.stringify(body) };
}

function jsonError(status: number, message: string, headers?: Record<string, string>): Reply {
  return { ...json(status, { error: message }), headers };
}
