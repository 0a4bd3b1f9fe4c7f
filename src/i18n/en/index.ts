// The report's English text, composed from one module per page (labels in <page>.ts, paragraphs
// in prose/<page>.ts) plus the strings every page shares, the charts' text, the findings and the
// data dictionary. Its type is Messages: the Chinese text (src/i18n/zh-CN/index.ts) is checked
// against it, so a missing translation fails `tsc` rather than showing English on a Chinese page.
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

export const en = {
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

export type Messages = typeof en;
