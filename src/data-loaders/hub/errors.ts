// The one error type the Hub layer throws, so callers (and the CLI) can tell a Hub problem from a bug.

export interface HubErrorDetails {
  /** The URL asked for, never with credentials in it. */
  url: string;
  /** HTTP status, or null when no response came back (offline miss, timeout, reset). */
  status: number | null;
  /** The Hub's `x-request-id`, worth quoting when reporting a Hub-side problem. */
  requestId?: string | null;
}

export class HubError extends Error {
  override name = "HubError";
  readonly url: string;
  readonly status: number | null;
  readonly requestId: string | null;

  constructor(message: string, details: HubErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.url = details.url;
    this.status = details.status;
    this.requestId = details.requestId ?? null;
  }
}

/** The run was asked to stop (SIGINT): not a Hub problem, and nothing fetched so far is lost. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
  constructor() {
    super("interrupted");
  }
}
