// The first import of every command-line entry point (src/cli/main.ts, src/mock-hub/cli.ts,
// bench/run.ts). Started on an older Node than package.json's "engines" asks for, a command stops
// here with one line saying how to start it, instead of failing later deep inside Astro or DuckDB.
// ES modules run their imports in order, so this runs before the modules imported after it.
import { readFileSync } from "node:fs";

const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  engines: { node: string };
};
/** The oldest Node major the project runs on, from package.json's "engines": ">=24" → 24. */
export const REQUIRED_NODE_MAJOR = Number(/^>=\s*(\d+)/.exec(packageJson.engines.node)?.[1]);

/** The line to print when `version` (as in process.versions.node) is too old, else null. */
export function nodeVersionProblem(version: string, execPath: string): string | null {
  if (Number.parseInt(version, 10) >= REQUIRED_NODE_MAJOR) return null;
  return (
    `error: hub-likes needs Node ${REQUIRED_NODE_MAJOR} or newer, and ${execPath} is Node ${version}. ` +
    `Start commands through npm (\`npm run hub -- <command>\`, \`npm run build:sample\`, \`npx tsx …\`): ` +
    `after \`npm ci\` they run the Node ${REQUIRED_NODE_MAJOR} in node_modules/.bin.`
  );
}

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
  console.error(problem);
  process.exit(2);
}
