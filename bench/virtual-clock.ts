// A clock for crawls that must obey 5-minute rate-limit windows without lasting hours. It runs at
// real speed (so CPU, DuckDB and the mock Hub's work take the time they take) plus every wait the
// crawler asked for, which is skipped: a sleep jumps the clock forward instead of blocking.
// The mock Hub runs in a worker thread and reads the same clock through shared memory, so its
// windows and `RateLimit` headers move with the crawler's jumps.
//
// Simulated time of a run = real elapsed time + the waits it skipped. The clock only jumps when no
// request is in flight (requests go through `fetch` below): a response the Hub computed before a
// jump must be read before it, or its `t=` would be taken for a new window's and waited twice. A
// sleep jumps to its own end, not by its length, so concurrent sleeps for the same reset add up once.
// This is a discrete-event simulation: time leaps forward only while everything waits.

export class VirtualClock {
  /** Share this with the mock Hub's thread (`VirtualClock.fromBuffer`). */
  readonly buffer: SharedArrayBuffer;
  readonly #skippedMs: BigInt64Array;
  #inFlight = 0;
  readonly #idleWaiters: (() => void)[] = [];

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT)) {
    this.buffer = buffer;
    this.#skippedMs = new BigInt64Array(buffer);
  }

  static fromBuffer(buffer: SharedArrayBuffer): VirtualClock {
    return new VirtualClock(buffer);
  }

  /** Milliseconds since the epoch, real time plus everything skipped so far. */
  readonly now = (): number => Date.now() + this.skippedMs();

  /** Total waiting skipped so far, in milliseconds. */
  skippedMs(): number {
    return Number(Atomics.load(this.#skippedMs, 0));
  }

  /** The crawler's sleep: once no request is in flight, move the clock to the sleep's end. */
  readonly sleep = async (ms: number): Promise<void> => {
    const end = this.now() + ms;
    for (;;) {
      // A macrotask later: the response whose arrival ended the last request has been read.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.#inFlight === 0) break;
      await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
    }
    this.skip(end - this.now());
  };

  /** `fetch` that tells the clock when requests are in flight; pass it to the crawler. */
  readonly fetch: typeof fetch = async (input, init) => {
    this.#inFlight++;
    try {
      return await globalThis.fetch(input, init);
    } finally {
      if (--this.#inFlight === 0) for (const wake of this.#idleWaiters.splice(0)) wake();
    }
  };

  skip(ms: number): void {
    if (ms > 0) Atomics.add(this.#skippedMs, 0, BigInt(Math.ceil(ms)));
  }

  /**
   * Jumps to the start of the next window of `windowMs` (the Hub aligns windows to multiples of
   * it), so that each benchmark run starts with a fresh quota, as a run started after a pause would.
   */
  skipToNextWindow(windowMs: number): void {
    const now = this.now();
    this.skip(Math.floor(now / windowMs) * windowMs + windowMs - now);
  }
}
