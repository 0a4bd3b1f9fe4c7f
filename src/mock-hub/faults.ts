// Faults the real Hub (or a proxy in front of it) produces now and then, injected into the mock
// Hub for matching requests a number of times, so tests can prove the crawler survives each one.
import type http from "node:http";

export type Fault =
  /** No answer for `ms` (longer than the client's timeout), then the normal answer; forever when ms is omitted. */
  | { kind: "stall"; ms?: number }
  /** The connection is dropped without an answer. */
  | { kind: "reset" }
  /** A server error with a small JSON body, as the Hub sends them (500, 502, 503, 504). */
  | { kind: "status"; status: number }
  /** The normal answer cut off halfway, with status 200. */
  | { kind: "truncated-json" }
  /** A 200 whose body is not JSON at all. */
  | { kind: "invalid-json" }
  /** An HTML error page (a proxy or maintenance page) where JSON was expected. */
  | { kind: "html"; status: 200 | 502 }
  /** 429 without RateLimit or Retry-After headers: the client must back off on its own. */
  | { kind: "bare-429" };

export interface FaultRule {
  /** Which requests: a substring of the path with its query, a RegExp on it, or a predicate. */
  match: string | RegExp | ((pathWithQuery: string) => boolean);
  fault: Fault;
  /** Matching requests answered normally before the fault starts (default 0). */
  after?: number;
  /**
   * Only every N-th matching request (after the first `after`) gets the fault: requests after+N,
   * after+2N, ... (default 1: each one in a row). A flaky Hub, rather than one bad moment.
   */
  every?: number;
  /**
   * How many matching requests get the fault (Infinity for a fault that never stops). Default 1,
   * or Infinity with `every`: a periodic fault keeps coming back unless told how often.
   */
  times?: number;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  injected: number;
}

/** The rules of one mock Hub; rules can be added while it runs (e.g. to stall it before a kill). */
export class FaultInjector {
  readonly #rules: ActiveRule[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(rules: readonly FaultRule[] = []) {
    for (const rule of rules) this.add(rule);
  }

  add(rule: FaultRule): void {
    const every = rule.every ?? 1;
    const times = rule.times ?? (rule.every === undefined ? 1 : Infinity);
    const after = rule.after ?? 0;
    if (!(Number.isInteger(every) && every >= 1)) {
      throw new RangeError(`fault "${rule.fault.kind}": every must be a whole number, 1 or more; got ${every}.`);
    }
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new RangeError(`fault "${rule.fault.kind}": times must be a whole number, 1 or more, or Infinity; got ${times}.`);
    }
    if (!(Number.isInteger(after) && after >= 0)) {
      throw new RangeError(`fault "${rule.fault.kind}": after must be a whole number, 0 or more; got ${after}.`);
    }
    if (rule.fault.kind === "status" && !(rule.fault.status >= 500 && rule.fault.status <= 599)) {
      throw new RangeError(`fault "status" is for server errors (500-599); got ${rule.fault.status}. Use "bare-429" for 429.`);
    }
    this.#rules.push({ rule: { ...rule, times, after, every }, seen: 0, injected: 0 });
  }

  /** Removes every rule: the Hub answers normally from now on. */
  clear(): void {
    this.#rules.length = 0;
  }

  /** The fault for this request, if a rule matches and has faults left; counts it. */
  pick(pathWithQuery: string): Fault | null {
    let picked: Fault | null = null;
    for (const active of this.#rules) {
      if (!matches(active.rule.match, pathWithQuery)) continue;
      active.seen++;
      const { after, every, times } = active.rule as Required<FaultRule>;
      const due = active.seen > after && (active.seen - after) % every === 0;
      if (picked === null && due && active.injected < times) {
        active.injected++;
        picked = active.rule.fault;
      }
    }
    return picked;
  }

  /** Faults injected so far, over all rules. */
  get injected(): number {
    return this.#rules.reduce((sum, active) => sum + active.injected, 0);
  }

  /** Runs `fn` after `ms` unless the Hub closes first. */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
  }

  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

function matches(match: FaultRule["match"], pathWithQuery: string): boolean {
  if (typeof match === "string") return pathWithQuery.includes(match);
  if (match instanceof RegExp) return match.test(pathWithQuery);
  return match(pathWithQuery);
}

/** The normal answer, as the mock Hub would send it without the fault. */
export interface NormalAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends the fault instead of (or, for a finite stall, after) the normal answer. Returns the status
 * to log: 0 when no answer went out.
 */
export function sendFault(
  fault: Fault,
  normal: NormalAnswer,
  rateLimitHeaders: Record<string, string>,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  injector: FaultInjector,
): number {
  switch (fault.kind) {
    case "stall":
      if (fault.ms !== undefined) {
        injector.later(fault.ms, () => {
          if (response.writableEnded || request.socket.destroyed) return;
          response.writeHead(normal.status, normal.headers);
          response.end(normal.body);
        });
      }
      return 0;
    case "reset":
      request.socket.destroy();
      return 0;
    case "status":
      send(
        response,
        fault.status,
        { ...rateLimitHeaders, "Content-Type": JSON_TYPE },
        JSON.stringify({ error: `mock Hub: injected HTTP ${fault.status}` }),
      );
      return fault.status;
    case "truncated-json":
      // Content-Length matches the cut body: the client sees a complete response that is not whole JSON.
      send(
        response,
        200,
        { ...rateLimitHeaders, "Content-Type": JSON_TYPE },
        normal.body.slice(0, Math.max(1, Math.floor(normal.body.length / 2))),
      );
      return 200;
    case "invalid-json":
      send(response, 200, { ...rateLimitHeaders, "Content-Type": JSON_TYPE }, "{'models': [undefined,]}");
      return 200;
    case "html":
      // A proxy's page: none of the Hub's own headers.
      send(response, fault.status, { "Content-Type": "text/html; charset=utf-8" }, ERROR_PAGE(fault.status));
      return fault.status;
    case "bare-429":
      send(response, 429, { "Content-Type": JSON_TYPE }, JSON.stringify({ error: "Too Many Requests" }));
      return 429;
  }
}

const JSON_TYPE = "application/json; charset=utf-8";

function send(response: http.ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  response.writeHead(status, headers);
  response.end(body);
}

const ERROR_PAGE = (status: number) =>
  `<!doctype html><html><head><title>${status === 200 ? "We'll be right back" : "502 Bad Gateway"}</title></head>` +
  `<body><h1>${status === 200 ? "Hugging Face is down for maintenance" : "502 Bad Gateway"}</h1></body></html>`;
