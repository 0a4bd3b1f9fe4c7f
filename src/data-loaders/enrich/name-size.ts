// What a repo name says about model size. Names are the last resort of the parameter cascade and the
// subject of the "names that do not match the count" comparison, so the parser would rather say nothing than
// misread a version, a context length, a date or a quantisation tag as a size.

export interface NameSize {
  /** Total parameters the name states, as a plain integer; null when it states none. */
  params: number | null;
  /** The part(s) of the name the size was read from, e.g. "8B", "8x7B", "30B-A3B". */
  token: string;
  experts: number | null;
  /** Size of one expert as written ("8x7B" → 7e9). */
  expertParams: number | null;
  activeParams: number | null;
  /** Gemma's "effective" size ("E4B" → 4e9): what runs per token, not the total, which the name does not state. */
  effectiveParams: number | null;
  /** Why a number in the name is not the total, when it is not. */
  note?: string;
}

type Unit = "k" | "m" | "b" | "t";

const MULTIPLIER: Record<Unit, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * Context lengths are written with K far more often than parameter counts are ("4k", "128k",
 * "200K"): Phi-3-mini-4k, Yi-6B-200K, chatglm3-6b-32k. A K number from this list is read as a
 * context length; any other K number (rare tiny models) as a size.
 */
const CONTEXT_K = new Set([1, 2, 4, 8, 16, 32, 64, 100, 128, 200, 256, 512, 1000, 1024]);

type TokenKind =
  | "size" // "8B", "1.5B", "135M", "7b1", "1_6b"
  | "moe" // "8x7B": experts × size of one expert
  | "active" // "A3B": active parameters of a mixture of experts
  | "effective" // "E4B": Gemma 3n / Gemma 4 "effective" size
  | "experts"; // "16E": number of experts (Llama 4)

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Parameters for size/active/effective/moe (one expert), expert count for experts/moe. */
  value: number;
  experts?: number;
  unit?: Unit;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;

interface TokenPattern {
  kind: TokenKind;
  regex: RegExp;
  read: (m: RegExpExecArray) => Partial<Token>;
  /** Only at the start of the name or right after a hyphen. */
  afterHyphenOnly?: boolean;
}

/**
 * Tried in this order at every position where a token may start. Sticky (`y`) so each one only
 * matches at that position; case-insensitive because names mix "7B" and "7b". Every pattern
 * needs a unit letter: a bare number is a version, a date or a family ("Llama-3", "2407", "phi-2").
 */
const PATTERNS: TokenPattern[] = [
  {
    kind: "moe",
    regex: new RegExp(String.raw`(\d+)x(${NUMBER})([kmbt])`, "iy"),
    read: (m) => ({ experts: Number(m[1]), value: scale(m[2], m[3]), unit: unitOf(m[3]) }),
  },
  {
    // BLOOM writes the decimal point as the unit: bloom-7b1 is 7.1B, bloomz-1b7 is 1.7B.
    kind: "size",
    regex: /(\d+)b(\d+)/iy,
    read: (m) => ({ value: scale(`${m[1]}.${m[2]}`, "b"), unit: "b" }),
  },
  {
    // Underscore as the decimal point: stablelm-2-1_6b is 1.6B, OpenELM-1_1B is 1.1B. Only after a
    // hyphen or at the start (checked in `readToken`), so Llama_3_8B, with underscores for spaces,
    // still reads 8B and not 3.8B.
    kind: "size",
    regex: /(\d+)_(\d+)([kmbt])/iy,
    afterHyphenOnly: true,
    read: (m) => ({ value: scale(`${m[1]}.${m[2]}`, m[3]), unit: unitOf(m[3]) }),
  },
  {
    kind: "size",
    regex: new RegExp(String.raw`(${NUMBER})([kmbt])`, "iy"),
    read: (m) => ({ value: scale(m[1], m[2]), unit: unitOf(m[2]) }),
  },
  {
    kind: "active",
    regex: new RegExp(String.raw`a(${NUMBER})([mbt])`, "iy"),
    read: (m) => ({ value: scale(m[1], m[2]), unit: unitOf(m[2]) }),
  },
  {
    kind: "effective",
    regex: new RegExp(String.raw`e(${NUMBER})([mb])`, "iy"),
    read: (m) => ({ value: scale(m[1], m[2]), unit: unitOf(m[2]) }),
  },
  {
    kind: "experts",
    regex: /(\d+)e/iy,
    read: (m) => ({ value: Number(m[1]) }),
  },
];

/**
 * Reads the size a repo name states. `name` may be the full repo id; the owner part is ignored
 * (owners such as "01-ai" or "4bit" say nothing about the model). Returns null when the name states
 * no size at all.
 */
export function parseNameSize(name: string): NameSize | null {
  const modelName = name.slice(name.lastIndexOf("/") + 1);
  const tokens = tokenize(modelName);
  if (tokens.length === 0) return null;

  const sizes = tokens.filter((token) => token.kind === "size" && !isContextOrTrainingTokens(token, modelName));
  const moe = tokens.find((token) => token.kind === "moe");
  const active = tokens.find((token) => token.kind === "active");
  const effective = tokens.find((token) => token.kind === "effective");
  // The first size is the model's: later ones are training tokens (bitnet-b1.58-2B-4T), context
  // lengths (Qwen2.5-7B-Instruct-1M, Gemma-4-31B-JANG_4M) or checkpoints (…-step-1431k-3T).
  const total = sizes[0];

  if (moe) {
    const expertsText = `${moe.experts} experts × ${formatSize(moe.value, moe.unit!)}`;
    return {
      params: total ? total.value : null,
      token: joinTokens(total ? [total, moe] : [moe]),
      experts: moe.experts!,
      expertParams: moe.value,
      activeParams: active ? active.value : null,
      effectiveParams: null,
      note: total
        ? `${expertsText}, total ${total.text} as the name states`
        : // Experts share the attention layers and embeddings, so the total is less than
          // experts × size (Mixtral-8x7B has 46.7B, not 56B) and more than one expert's size.
          `${expertsText}: the total is neither ${formatSize(moe.value, moe.unit!)} nor ` +
          `${formatSize(moe.value * moe.experts!, moe.unit!)} (experts share attention layers) and the name does not state it`,
    };
  }

  if (active) {
    return {
      params: total ? total.value : null,
      token: joinTokens(total ? [total, active] : [active]),
      experts: null,
      expertParams: null,
      activeParams: active.value,
      effectiveParams: null,
      note: total ? undefined : `${active.text} is the active parameter count; the name does not state the total`,
    };
  }

  if (total) {
    const next = tokens[tokens.indexOf(total) + 1];
    // Llama 4 names put the active size before the expert count: Llama-4-Scout-17B-16E has 17B
    // active and 109B total, Maverick-17B-128E 17B active and 400B total. So "<size>-<n>E" is read
    // as active parameters and an expert count, and the total stays unknown.
    if (next && next.kind === "experts" && isAdjacent(modelName, total, next)) {
      return {
        params: null,
        token: joinTokens([total, next]),
        experts: next.value,
        expertParams: null,
        activeParams: total.value,
        effectiveParams: null,
        note: `${total.text} before ${next.text} is the active count (${next.value} experts, Llama 4 naming); the total is not in the name`,
      };
    }
    // OLMoE-1B-7B: a mixture of experts named "<active>-<total>" (1B active of 7B).
    const second = sizes[1];
    if (second && /moe/i.test(modelName) && isAdjacent(modelName, total, second) && second.value > total.value) {
      return {
        params: second.value,
        token: joinTokens([total, second]),
        experts: null,
        expertParams: null,
        activeParams: total.value,
        effectiveParams: null,
        note: `mixture of experts named active-total: ${total.text} active of ${second.text}`,
      };
    }
    return { params: total.value, token: total.text, experts: null, expertParams: null, activeParams: null, effectiveParams: null };
  }

  if (effective) {
    // Gemma 3n's E4B is an "effective" 4B: per-layer embeddings raise the stored total to ~8B.
    return {
      params: null,
      token: effective.text,
      experts: null,
      expertParams: null,
      activeParams: null,
      effectiveParams: effective.value,
      note: `${effective.text} is an effective size (per-layer embeddings not counted); the total is larger and not in the name`,
    };
  }

  return null;
}

function tokenize(name: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < name.length) {
    const token = startsToken(name, position) ? readToken(name, position) : readGluedSize(name, position);
    if (token) {
      tokens.push(token);
      position = token.end;
    } else {
      position += 1;
    }
  }
  return tokens;
}

/**
 * A size starts a word: at the start or after a separator. Letters or digits before it make it
 * part of another word: "gpt2", "Qwen3", "laion2B" (a data set), "s34B" (samples seen), "Q4_K_M".
 * A dot only separates after a non-digit, so the "5B" inside "1.5B" never reads on its own.
 */
function startsToken(name: string, position: number): boolean {
  if (position === 0) return true;
  const before = name[position - 1];
  if (before === ".") return position < 2 || !/\d/.test(name[position - 2]);
  return !/[\p{L}\p{N}]/u.test(before);
}

/** …and ends one: "4bit", "4bpw", "22khz", "4e1t" are not sizes. */
function endsToken(name: string, end: number): boolean {
  return end === name.length || !/[\p{L}\p{N}]/u.test(name[end]);
}

function readToken(name: string, position: number): Token | null {
  for (const pattern of PATTERNS) {
    if (pattern.afterHyphenOnly && position > 0 && name[position - 1] !== "-") continue;
    pattern.regex.lastIndex = position;
    const match = pattern.regex.exec(name);
    if (!match) continue;
    const end = position + match[0].length;
    if (!endsToken(name, end)) continue;
    return { kind: pattern.kind, text: match[0], start: position, end, value: 0, ...pattern.read(match) };
  }
  return null;
}

/**
 * Two ways names glue a size to letters, read only in these narrow forms so that "laion2B" (a data
 * set), "s34B" (samples seen) and "b79K" (batch size) stay what they are:
 * - a one-letter series prefix before a size in billions: "m7b" (ZephRP-m7b, a Mistral 7B) and
 *   "r7b" (c4ai-command-r7b, Command R7B);
 * - a word ending in a size in millions: "stories15M" (llama2.c's TinyStories models).
 */
function readGluedSize(name: string, position: number): Token | null {
  if (!/\d/.test(name[position]) || !/\p{L}/u.test(name[position - 1] ?? "")) return null;
  let wordStart = position;
  while (wordStart > 0 && /\p{L}/u.test(name[wordStart - 1])) wordStart -= 1;
  if (wordStart > 0 && /[\p{L}\p{N}]/u.test(name[wordStart - 1])) return null;
  const prefix = name.slice(wordStart, position);
  const regex = /^[mr]$/i.test(prefix) ? new RegExp(String.raw`(${NUMBER})(b)`, "iy") : prefix.length >= 2 ? /(\d+)(m)/iy : null;
  if (!regex) return null;
  regex.lastIndex = position;
  const match = regex.exec(name);
  if (!match || !endsToken(name, position + match[0].length)) return null;
  const end = position + match[0].length;
  return {
    kind: "size",
    text: name.slice(wordStart, end),
    start: wordStart,
    end,
    value: scale(match[1], match[2]),
    unit: unitOf(match[2]),
  };
}

/** Sizes that are not parameter counts: context lengths and training-token counts. */
function isContextOrTrainingTokens(token: Token, name: string): boolean {
  const after = name.slice(token.end);
  // "2T-tokens", "300B_tokens": how much text it was trained on.
  if (/^[-_.]?tok(en)?s?(?![\p{L}])/iu.test(after)) return true;
  // "32k-ctx", "1M-context".
  if (/^[-_.]?(ctx|context)(?![\p{L}])/iu.test(after)) return true;
  return token.unit === "k" && CONTEXT_K.has(token.value / 1e3);
}

/** Two tokens separated by exactly one separator character ("17B-16E", "1B-7B"). */
function isAdjacent(name: string, first: Token, second: Token): boolean {
  return second.start === first.end + 1 && /[-_.]/.test(name[first.end]);
}

function joinTokens(tokens: Token[]): string {
  return tokens.map((token) => token.text).join("-");
}

function unitOf(text: string): Unit {
  return text.toLowerCase() as Unit;
}

/** "1.5", "B" → 1500000000. Rounded because 6.7 × 1e9 is 6700000000.000001 in binary floating point. */
function scale(numberText: string, unitText: string): number {
  return Math.round(Number(numberText) * MULTIPLIER[unitOf(unitText)]);
}

function formatSize(value: number, unit: Unit): string {
  const scaled = value / MULTIPLIER[unit];
  return `${Number(scaled.toPrecision(12))}${unit.toUpperCase()}`;
}
