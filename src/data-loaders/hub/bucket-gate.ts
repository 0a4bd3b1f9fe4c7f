// One gate per rate-limit bucket: bounds concurrent requests and holds requests back when the Hub
// says the window is nearly used up, so the crawler slows down instead of running into 429.

export interface BucketGateOptions {
  concurrency: number;
  /**
   * Requests kept in hand per window while the gate goes by its own count (no `RateLimit` reading
   * from the Hub yet, or the window it described is over): that count may disagree with the Hub's
   * by a request or two (requests of ours the Hub counted in another window, clocks apart).
   *
   * Not kept once the Hub has said how many remain. Its `r=` is the count for this address or
   * token, with our requests sent since and those still in flight subtracted, so the last request
   * of a window is ours to spend. Keeping one back would not protect us from another process on
   * the same address either: it can spend any number between two of our requests, and the gate
   * cannot see that; the 429 we then get is waited out to the window's reset, the same wait a
   * reserve would have imposed. What a reserve did cost: whenever a crawl's work in a bucket is the
   * quota exactly (100 website listing pages for the top 3,000 against the anonymous 100 pages per
   * window), the last request waited a whole window.
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
    if (this.remaining !== null && this.remaining <= 0 && this.resetAt > until) {
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
    const now = this.options.now();
    const reading = Math.max(0, remaining - othersInFlight);
    const resetAt = now + resetSeconds * 1000;
    // With several requests in flight, answers arrive out of order, and an older answer's `r=` is
    // higher than what is left. Each reading (and each count down from one) is an upper bound of
    // what remains, so within a window the lowest holds. Before the reset instant the Hub gave us,
    // a reading may still be the old window's; after it, it is a new window's and replaces the old.
    if (this.remaining !== null && now < this.resetAt) {
      this.remaining = Math.min(this.remaining, reading);
      this.resetAt = Math.min(this.resetAt, resetAt);
    } else {
      this.remaining = reading;
      this.resetAt = resetAt;
    }
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
