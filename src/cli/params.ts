// `npm run hub -- params <model id or name>...`: one model's parameter count, its source and the
// evidence, through the crawl's own cascade (safetensors → gguf → safetensors header → model page →
// name; quantised repos and adapters take their base model's count). `--name-only` asks nothing.
import { normalizeConfig, type HubLikesConfigSpec } from "../config/config.ts";
import { commandHelp, defineCommand, parseCommandLine } from "../lib/command-line.ts";
import { resolveBaseModels } from "../data-loaders/enrich/base-model.ts";
import { parseNameSize } from "../data-loaders/enrich/name-size.ts";
import { resolveParams, substituteBaseModelCounts, type CountedModel, type ExtraParams } from "../data-loaders/enrich/params.ts";
import { fetchExtraParams } from "../data-loaders/crawl/extra-params.ts";
import { createHubClient, HubError, type HubClient } from "../data-loaders/hub/client.ts";
import type { ApiModel } from "../data-loaders/hub/types.ts";
import type { ParamsSource } from "../data-loaders/db/rows.ts";

export const PARAMS_COMMAND = defineCommand({
  name: "params",
  synopsis: "[--json] [--name-only] <owner/name or name>...",
  summary: "parameter count, source and evidence of models by id or name",
  description: `Prints each model's parameter count, where it came from and the evidence, one line per input.
An input that is not owner/name is read as a name only.`,
  flags: {
    "name-only": { type: "boolean", help: "read the size from the name only; no requests" },
    json: { type: "boolean", help: "one JSON object per line: input, id, params, source, evidence, packed, experts, active_params" },
    endpoint: { type: "string", value: "URL", help: "the Hub (default $HF_ENDPOINT or https://huggingface.co); HF_TOKEN is sent when set" },
    cache: { type: "string", value: "DIR", help: "raw response cache (default cache/)" },
    offline: { type: "boolean", help: "answer from the cache only" },
  },
  positionals: { name: "at least one model id (owner/name) or name", min: 1 },
});

/** What the single-model request asks for: the cascade's fields, files (for headers) and lineage. */
export const MODEL_EXPAND = ["safetensors", "gguf", "config", "tags", "siblings", "cardData", "sha"] as const;

export interface ParamsAnswer {
  input: string;
  /** The repo asked for; null when the input was read as a name only. */
  id: string | null;
  params: number | null;
  source: ParamsSource | null;
  evidence: string | null;
  packed: boolean;
  experts?: number;
  active_params?: number;
  /** Why the Hub was not asked, or what went wrong. */
  note?: string;
  error?: string;
}

export interface ParamsCliIo {
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const REPO_ID = /^[^/\s]+\/[^/\s]+$/;

export async function runParamsCli(argv: string[], io: ParamsCliIo = {}): Promise<number> {
  const out = io.stdout ?? ((line: string) => console.log(line));
  const err = io.stderr ?? ((line: string) => console.error(line));
  const { values, positionals: inputs, help } = parseCommandLine(PARAMS_COMMAND, argv);
  if (help) {
    out(commandHelp(PARAMS_COMMAND));
    return 0;
  }

  const nameOnly = Boolean(values["name-only"]);
  let client: HubClient | null = null;
  if (!nameOnly && inputs.some((input) => REPO_ID.test(input))) {
    const spec: HubLikesConfigSpec = {};
    if (values.endpoint !== undefined) spec.endpoint = values.endpoint;
    if (values.cache !== undefined) spec.cacheDir = values.cache;
    if (values.offline) spec.offline = true;
    const config = normalizeConfig(spec, io.env ?? process.env);
    client = createHubClient({
      endpoint: config.endpoint,
      token: config.token,
      cacheDir: config.cacheDir,
      offline: config.offline,
      fetch: io.fetch,
      sleep: io.sleep,
      log: () => {},
    });
  }

  let failed = false;
  for (const input of inputs) {
    const answer = client && REPO_ID.test(input) ? await askHub(client, input) : fromNameOnly(input, nameOnly);
    if (answer.error) {
      failed = true;
      err(`${input}: ${answer.error}`);
    }
    out(values.json ? JSON.stringify(answer) : formatAnswer(answer));
  }
  return failed ? 1 : 0;
}

export function formatAnswer(answer: ParamsAnswer): string {
  if (answer.error) return `${answer.input}: error: ${answer.error}`;
  const count = answer.params === null ? "unknown" : String(answer.params);
  const parts = [`${answer.input}: ${count}`, `[${answer.source ?? "no source"}]`];
  if (answer.evidence) parts.push(answer.evidence);
  if (answer.note) parts.push(`(${answer.note})`);
  return parts.join(" ");
}

function fromNameOnly(input: string, asked: boolean): ParamsAnswer {
  const isRepo = REPO_ID.test(input);
  const resolution = resolveParams({ id: input }, parseNameSize(input));
  const answer = withNameFacts(
    {
      input,
      id: isRepo ? input : null,
      params: resolution.params,
      source: resolution.source,
      evidence: resolution.evidence,
      packed: false,
    },
    input,
  );
  answer.note = asked ? "--name-only: read from the name, no requests" : "not an owner/name repo id: read as a name only, no requests";
  return answer;
}

async function askHub(client: HubClient, id: string): Promise<ParamsAnswer> {
  const base: ParamsAnswer = { input: id, id, params: null, source: null, evidence: null, packed: false };
  try {
    const model = await fetchModel(client, id);
    if (!model)
      return { ...base, error: `no model "${id}" on ${client.endpoint} (the API answered 404); check the spelling and the owner.` };
    const { extras } = await fetchExtraParams(client, [model], { listing: null });
    const own = countedRow(model, extras.get(model.id));
    // A quantised repo's count is packed storage and an adapter's is the adapter's only: the base
    // model's own count, one step, is the better answer, as in the crawl.
    const rows: CountedModel[] = [own];
    if (own.params_packed || own.base_relation === "adapter") {
      for (const baseId of own.base_models.slice(0, 1)) {
        const baseModel = await fetchModel(client, baseId);
        if (baseModel) rows.push(countedRow(baseModel, undefined));
      }
    }
    const [row] = substituteBaseModelCounts(rows);
    return withNameFacts(
      { ...base, params: row.params, source: row.params_source, evidence: row.params_evidence, packed: row.params_packed },
      id,
    );
  } catch (error) {
    if (error instanceof HubError) return { ...base, error: error.message };
    throw error;
  }
}

async function fetchModel(client: HubClient, id: string): Promise<ApiModel | null> {
  const query = MODEL_EXPAND.map((field) => `expand[]=${encodeURIComponent(field)}`).join("&");
  const path = `/api/models/${id.split("/").map(encodeURIComponent).join("/")}?${query}`;
  const response = await client.getJson<ApiModel>(path, { bucket: "api", allowNotFound: true });
  if (response.status === 404 || response.body === null) return null;
  // The API's id is the repo's own spelling; the input may differ in case.
  return { ...response.body, id: typeof response.body.id === "string" ? response.body.id : id };
}

function countedRow(model: ApiModel, extra: ExtraParams | undefined): CountedModel {
  const resolution = resolveParams(model, parseNameSize(model.id), extra);
  const lineage = resolveBaseModels(model);
  return {
    id: model.id,
    base_models: lineage.base_models,
    base_relation: lineage.base_relation,
    params: resolution.params,
    params_source: resolution.source,
    params_evidence: resolution.evidence,
    params_packed: resolution.packed,
    params_stored: resolution.stored,
  };
}

/** Mixture-of-experts facts are the name's to tell: experts and active parameters. */
function withNameFacts(answer: ParamsAnswer, name: string): ParamsAnswer {
  const size = parseNameSize(name);
  if (size?.experts != null) answer.experts = size.experts;
  if (size?.activeParams != null) answer.active_params = size.activeParams;
  return answer;
}
