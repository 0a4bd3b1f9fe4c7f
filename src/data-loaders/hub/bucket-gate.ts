// One gate per rate-limit bucket: bounds concurrent requests and holds requests back when the Hub
// says the window is nearly used up, so the crawler slows down instead of running into 429.

export interface BucketGateOptions {
  concurrency: number;
  /**
   * Requests kept in hand per window. Requests already in flight are subtracted from the Hub's
   * `r=` as well, so a reserve of 1 leaves room for clocks that disagree by a request or two.
   */
  reserve: number;
  /** Added to every wait: the Hub rounds `t=` to whole seconds. */
  marginMs: number;
  /**
   * The quota assumed until the Hub says how many requests remain (documented quotas, or the
   * ones its `RateLimit-Policy` announced): the gate counts its own requests against it, so even a
   * Hub that sends no `RateLimit` header is not run into the ground.
   */
  policy: { quota: number; windowMs: number };
  now: () => number;
}

export class BucketGate {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  /** Requests the Hub still allows in this window, minus those sent since it said so; null = unknown. */
  private remaining: number | null = null;
  private resetAt = 0;
  /** Set after a 429: nobody in this bucket asks before then. */
  private pausedUntil = 0;
  private policy: { quota: number; windowMs: number };
  /** Our own count of requests in a window that starts with the first of them. */
  private ownWindowStart: number | null = null;
  private ownSent = 0;

  constructor(private readonly options: BucketGateOptions) {
    this.policy = { ...options.policy };
  }

  /** The Hub announced its quota (`RateLimit-Policy`): it replaces the assumed one. */
  setPolicy(quota: number, windowMs: number): void {
    this.policy = { quota, windowMs };
  }

  get quota(): { quota: number; windowMs: number } {
    return { ...this.policy };
  }

  async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return;
    }
    // The releasing request hands its slot over directly, so `active` stays the same.
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.active--;
  }

  /** How long the next request must wait, and the moment it waits for. */
  delayBeforeNextRequest(): { delayMs: number; until: number } {
    const now = this.options.now();
    let until = this.pausedUntil;
    if (this.remaining !== null && this.remaining <= this.options.reserve && this.resetAt > until) {
      until = this.resetAt + this.options.marginMs;
    }
    // Without a reading from the Hub, our own count against the policy decides.
    if (this.remaining === null && this.ownWindowStart !== null && this.ownSent >= this.policy.quota - this.options.reserve) {
      until = Math.max(until, this.ownWindowStart + this.policy.windowMs + this.options.marginMs);
    }
    return { delayMs: Math.max(0, until - now), until };
  }

  /**
   * Called after waiting until `until`. The old window is over by then, so what the Hub said about
   * it no longer holds (compared with `until`, not the clock, so an injected sleep that returns
   * at once behaves like a real one).
   */
  waited(until: number): void {
    if (this.pausedUntil <= until) this.pausedUntil = 0;
    if (this.resetAt + this.options.marginMs <= until) this.remaining = null;
    if (this.ownWindowStart !== null && this.ownWindowStart + this.policy.windowMs + this.options.marginMs <= until) {
      this.ownWindowStart = null;
      this.ownSent = 0;
    }
  }

  /** A request is going out: it uses one of the remaining requests. */
  sending(): void {
    if (this.remaining !== null) this.remaining--;
    const now = this.options.now();
    if (this.ownWindowStart === null || now >= this.ownWindowStart + this.policy.windowMs) {
      this.ownWindowStart = now;
      this.ownSent = 0;
    }
    this.ownSent++;
  }

  /** What the Hub said on a response; `othersInFlight` were sent after it counted. */
  observe(remaining: number, resetSeconds: number, othersInFlight: number): void {
    this.remaining = Math.max(0, remaining - othersInFlight);
    this.resetAt = this.options.now() + resetSeconds * 1000;
    // Our own count follows the Hub's window from now on, should its headers stop coming.
    this.ownWindowStart = this.resetAt - this.policy.windowMs;
    this.ownSent = Math.max(0, this.policy.quota - this.remaining);
  }

  /** After a 429: the whole bucket waits, not only the request that was refused. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.now() + ms);
  }

  get inFlight(): number {
    return this.active;
  }
}
