// The SQL a chart came from, as readers can re-run it: its dataset's query and, dependencies first,
// the definitions of the views it reads, taken from views.sql with their comments.
import viewsSql from "../data-loaders/db/views.sql?raw";
import { DATASETS, type DatasetName } from "../data-loaders/db/datasets.ts";

export interface ViewDefinition {
  name: string;
  /** The CREATE VIEW statement with the comment block written right above it. */
  sql: string;
}

/** Every CREATE VIEW statement of a views.sql text, by view name, in file order. */
export function parseViewDefinitions(sql: string): Map<string, ViewDefinition> {
  const definitions = new Map<string, ViewDefinition>();
  for (const chunk of sql.split(/;[ \t]*\r?\n/)) {
    const lines = chunk.split(/\r?\n/);
    const start = lines.findIndex((line) => /^CREATE VIEW\s+\w+/i.test(line));
    if (start === -1) continue;
    let commentStart = start;
    while (commentStart > 0 && lines[commentStart - 1].startsWith("--")) commentStart--;
    const name = /^CREATE VIEW\s+(\w+)/i.exec(lines[start])![1];
    const body = lines.slice(commentStart).join("\n").trimEnd();
    definitions.set(name, { name, sql: `${body};` });
  }
  return definitions;
}

/** The views a query reads, directly or through other views, each after the views it reads. */
export function viewsReadBy(query: string, definitions: Map<string, ViewDefinition>): ViewDefinition[] {
  const ordered: ViewDefinition[] = [];
  const visiting = new Set<string>();
  const visit = (text: string, self?: string) => {
    for (const name of definitions.keys()) {
      if (name === self || ordered.some((view) => view.name === name) || visiting.has(name)) continue;
      if (!new RegExp(`\\b${name}\\b`).test(stripComments(text))) continue;
      visiting.add(name);
      const definition = definitions.get(name)!;
      visit(definition.sql.replace(new RegExp(`CREATE VIEW\\s+${name}\\b`, "i"), ""), name);
      ordered.push(definition);
      visiting.delete(name);
    }
  };
  visit(query);
  return ordered;
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, "");
}

const definitions = parseViewDefinitions(viewsSql);

/** What the page prints beside a chart: the dataset's query and the views behind it. */
export function querySource(name: DatasetName): { query: string; views: ViewDefinition[] } {
  const query = DATASETS[name].sql;
  return { query, views: viewsReadBy(query, definitions) };
}
