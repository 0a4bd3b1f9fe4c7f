-- Tables of the hub-likes database. Column names and meanings follow src/data-loaders/rows.ts.
-- Times are TIMESTAMP holding UTC wall-clock time: the loader converts every input to UTC first,
-- because DuckDB drops (rather than applies) a "+02:00" offset when it casts text to TIMESTAMP.
-- Constraints are the contract's own rules (required fields, enumerations), so a row that breaks
-- the contract fails the load instead of quietly skewing a figure.

CREATE TABLE models (
  id VARCHAR PRIMARY KEY,
  author VARCHAR NOT NULL,
  rank INTEGER NOT NULL CHECK (rank >= 1),
  likes BIGINT NOT NULL CHECK (likes >= 0),
  downloads BIGINT NOT NULL CHECK (downloads >= 0),
  trending_score DOUBLE,
  created_at TIMESTAMP,
  created_at_placeholder BOOLEAN NOT NULL,
  last_modified TIMESTAMP,
  sha VARCHAR,
  pipeline_tag VARCHAR,
  library_name VARCHAR,
  gated VARCHAR CHECK (gated IN ('auto', 'manual')),
  params BIGINT CHECK (params >= 0),
  params_source VARCHAR CHECK (params_source IN ('safetensors', 'gguf', 'hub-listing', 'safetensors-header', 'model-page', 'base-model', 'unpacked', 'name')),
  params_evidence VARCHAR,
  params_packed BOOLEAN NOT NULL,
  params_stored BIGINT CHECK (params_stored >= 0),
  params_stored_source VARCHAR CHECK (params_stored_source IN ('safetensors', 'gguf', 'hub-listing', 'safetensors-header', 'model-page')),
  quantisation VARCHAR,
  embedding_params BIGINT CHECK (embedding_params > 0),
  multimodal BOOLEAN NOT NULL,
  name_params BIGINT,
  experts INTEGER,
  active_params BIGINT,
  license VARCHAR,
  model_type VARCHAR,
  architectures VARCHAR[] NOT NULL,
  family VARCHAR,
  base_models VARCHAR[] NOT NULL,
  base_relation VARCHAR CHECK (base_relation IN ('finetune', 'quantized', 'adapter', 'merge')),
  tags VARCHAR[] NOT NULL
);

CREATE TABLE authors (
  name VARCHAR PRIMARY KEY,
  type VARCHAR CHECK (type IN ('org', 'user')),
  fullname VARCHAR,
  followers BIGINT,
  plan VARCHAR,
  is_enterprise BOOLEAN,
  is_pro BOOLEAN,
  num_models BIGINT
);

CREATE TABLE crawl_runs (
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  endpoint VARCHAR NOT NULL,
  sample BOOLEAN NOT NULL,
  authenticated BOOLEAN NOT NULL,
  requested_limit INTEGER,
  models INTEGER NOT NULL,
  authors INTEGER NOT NULL,
  requests_api INTEGER NOT NULL,
  requests_pages INTEGER NOT NULL,
  requests_resolvers INTEGER NOT NULL,
  cache_hits INTEGER NOT NULL,
  retries INTEGER NOT NULL,
  rate_limited INTEGER NOT NULL,
  wait_ms BIGINT NOT NULL,
  skipped_records INTEGER NOT NULL,
  -- Requests this run did not make because earlier runs' answers were reused (HTTP cache hits,
  -- unchanged models' enrichment, authors within their TTL).
  requests_saved INTEGER NOT NULL DEFAULT 0,
  -- Run with --refresh: the listing was fetched again.
  refresh BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE skipped_records (
  id VARCHAR,
  reason VARCHAR NOT NULL
);

-- The thresholds of this build: the views read them from here, so they are the views' named
-- parameters. Exactly one row (id = 1); change it with UPDATE to re-run the analysis.
-- The size buckets of the analysis (HubLikesConfig.sizeBuckets), in display order. A model is in
-- the bucket with lower_bound <= params < upper_bound; a NULL bound is open. "unknown" (no
-- parameter count) is not a range and is not stored here: size_bucket_order appends it.
CREATE TABLE size_buckets (
  bucket VARCHAR PRIMARY KEY,
  lower_bound DOUBLE,
  upper_bound DOUBLE,
  bucket_order INTEGER NOT NULL UNIQUE
);

-- The family vocabulary enrichment used (enrich/family-vocabulary.ts): one row per family with its
-- display name and the look-alike ids it is kept apart from on purpose, and one row per name the
-- Hub uses for it (a config model_type, a GGUF architecture, a transformers class).
CREATE TABLE families (
  family VARCHAR PRIMARY KEY,
  display_name VARCHAR NOT NULL,
  distinct_from VARCHAR[] NOT NULL
);

CREATE TABLE family_aliases (
  kind VARCHAR NOT NULL CHECK (kind IN ('model_type', 'gguf', 'architecture')),
  alias VARCHAR NOT NULL,
  family VARCHAR NOT NULL REFERENCES families (family),
  PRIMARY KEY (kind, alias)
);

CREATE TABLE report_settings (
  id INTEGER PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  likes_percentile DOUBLE NOT NULL CHECK (likes_percentile BETWEEN 0 AND 1),
  min_downloads BIGINT NOT NULL CHECK (min_downloads >= 0),
  era_boundary DATE NOT NULL
);
