// A small seeded random source for the sample Hub. Math.random cannot be seeded, and the sample
// must be byte-identical for a given seed so that every sample build shows the same report.

/** mulberry32: 32-bit state, good enough spread for test data, and trivially portable. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SeededRandom {
  readonly #next: () => number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer; got ${seed}.`);
    this.#next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.#next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.#next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("cannot pick from an empty list.");
    return items[Math.floor(this.#next() * items.length)];
  }

  /** Picks by relative weight; `weights` must be as long as `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let target = this.#next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i];
      if (target < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.#next();
    const v = this.#next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Lomax (Pareto type II) draw, >= 0: heavy-tailed like Hub likes and follower counts, where most
   * values are small and a handful are thousands of times the median.
   */
  lomax(scale: number, shape: number): number {
    const u = 1 - this.#next();
    return scale * (u ** (-1 / shape) - 1);
  }

  hex(length: number): string {
    let out = "";
    while (out.length < length) out += Math.floor(this.#next() * 16).toString(16);
    return out;
  }
}

/** Picks from a list sorted by weight where a few items take most draws (Zipf-like, exponent 1). */
export class ZipfPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: number[];

  constructor(items: readonly T[], exponent = 1) {
    if (items.length === 0) throw new RangeError("ZipfPicker needs at least one item.");
    this.#items = items;
    let sum = 0;
    this.#cumulative = items.map((_, i) => (sum += 1 / (i + 1) ** exponent));
  }

  pick(random: SeededRandom): T {
    return this.#items[lowerBound(this.#cumulative, random.float() * this.#cumulative[this.#cumulative.length - 1])];
  }
}

/** Picks items in proportion to arbitrary non-negative weights, in O(log n) per draw. */
export class WeightedPicker<T> {
  readonly #items: T[] = [];
  readonly #cumulative: number[] = [];
  #total = 0;

  add(item: T, weight: number): void {
    this.#total += Math.max(weight, 0);
    this.#items.push(item);
    this.#cumulative.push(this.#total);
  }

  get size(): number {
    return this.#items.length;
  }

  pick(random: SeededRandom): T {
    if (this.#items.length === 0) throw new RangeError("WeightedPicker has no items.");
    return this.#items[lowerBound(this.#cumulative, random.float() * this.#total)];
  }
}

/** First index whose cumulative value exceeds `target`. */
function lowerBound(cumulative: number[], target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
