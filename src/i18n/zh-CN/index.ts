// The report's Chinese text, composed like the English one (src/i18n/en/index.ts) from modules
// each typed by its English twin; the whole is typed as Messages, so a missing or extra key fails `tsc`.
import type { Messages } from "../en/index.ts";
import { authors } from "./authors.ts";
import { charts } from "./charts.ts";
import { concentration } from "./concentration.ts";
import { dataDictionary } from "./data-dictionary.ts";
import { derivatives } from "./derivatives.ts";
import { downloads } from "./downloads.ts";
import { explorer } from "./explorer.ts";
import { families } from "./families.ts";
import { findings } from "./findings.ts";
import { history } from "./history.ts";
import { licences } from "./licences.ts";
import { likesDownloads } from "./likes-downloads.ts";
import { methodology } from "./methodology.ts";
import { names } from "./names.ts";
import { overview } from "./overview.ts";
import { authorsProse } from "./prose/authors.ts";
import { concentrationProse } from "./prose/concentration.ts";
import { derivativesProse } from "./prose/derivatives.ts";
import { downloadsProse } from "./prose/downloads.ts";
import { explorerProse } from "./prose/explorer.ts";
import { familiesProse } from "./prose/families.ts";
import { historyProse } from "./prose/history.ts";
import { licencesProse } from "./prose/licences.ts";
import { likesDownloadsProse } from "./prose/likes-downloads.ts";
import { methodologyProse } from "./prose/methodology.ts";
import { namesProse } from "./prose/names.ts";
import { overviewProse } from "./prose/overview.ts";
import { sizesProse } from "./prose/sizes.ts";
import { sqlProse } from "./prose/sql.ts";
import { timeProse } from "./prose/time.ts";
import { topProse } from "./prose/top.ts";
import { shared } from "./shared.ts";
import { sizes } from "./sizes.ts";
import { sql } from "./sql.ts";
import { time } from "./time.ts";
import { top } from "./top.ts";

export const zhCN: Messages = {
  ...shared,
  explorer: { ...explorer, ...explorerProse },
  findings,
  overview: { ...overview, ...overviewProse },
  top: { ...top, ...topProse },
  sizes: { ...sizes, ...sizesProse },
  time: { ...time, ...timeProse },
  authors: { ...authors, ...authorsProse },
  families: { ...families, ...familiesProse },
  licences: { ...licences, ...licencesProse },
  derivatives: { ...derivatives, ...derivativesProse },
  names: { ...names, ...namesProse },
  concentration: { ...concentration, ...concentrationProse },
  likesDownloads: { ...likesDownloads, ...likesDownloadsProse },
  downloads: { ...downloads, ...downloadsProse },
  methodology: { ...methodology, ...methodologyProse },
  history: { ...history, ...historyProse },
  charts,
  sql: { ...sql, ...sqlProse },
  dataDictionary,
};
