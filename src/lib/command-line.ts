// One definition per command: its flags, each with the words --help prints for it, and whether it
// takes arguments besides flags. The help text is generated from the definition and the parser
// accepts exactly the flags it lists, so a flag the command does not use, or a stray argument
// (`npm run crawl -- 100`), stops the command instead of being ignored.
import { parseArgs } from "node:util";

export interface FlagDefinition {
  type: "string" | "boolean";
  /** What the value is called in the help, e.g. "N", "FILE"; string flags only. */
  value?: string;
  /** One line, or several joined by "\n"; the help indents them under the flag. */
  help: string;
  short?: string;
  multiple?: boolean;
}

export type FlagDefinitions = Record<string, FlagDefinition>;

export interface CommandDefinition<Flags extends FlagDefinitions = FlagDefinitions> {
  /** As typed after `npm run hub --`. */
  name: string;
  /** The usage line after the command name, e.g. "[--json] <owner/name or name>...". */
  synopsis: string;
  /** One line for the list of commands. */
  summary: string;
  /** Printed between the usage line and the flags. */
  description?: string;
  /** Flags in help order. */
  flags: Flags;
  /** Headings printed before a flag: flag name → heading. */
  headings?: Partial<Record<keyof Flags & string, string>>;
  /** What the command's arguments besides flags are; without it any such argument is an error. */
  positionals?: { name: string; min: number };
  /** Printed after the flags (exit codes, environment). */
  footer?: string;
}

type FlagValue<F extends FlagDefinition> = F["type"] extends "boolean" ? boolean : F["multiple"] extends true ? string[] : string;

export interface ParsedCommandLine<Flags extends FlagDefinitions> {
  values: { [K in keyof Flags]?: FlagValue<Flags[K]> };
  positionals: string[];
  help: boolean;
}

/** A wrong flag, flag value or argument: what was asked is wrong (exit code 2). */
export class CommandLineError extends Error {
  override name = "CommandLineError";
}

/** `--help` and `-h` are every command's; a definition does not list them. */
const HELP_FLAG: FlagDefinition = { type: "boolean", short: "h", help: "print this help" };
const HELP_COLUMN = 26;

export function defineCommand<const Flags extends FlagDefinitions>(definition: CommandDefinition<Flags>): CommandDefinition<Flags> {
  return definition;
}

export function parseCommandLine<Flags extends FlagDefinitions>(
  command: CommandDefinition<Flags>,
  argv: readonly string[],
): ParsedCommandLine<Flags> {
  const options = Object.fromEntries(
    Object.entries({ ...command.flags, help: HELP_FLAG }).map(([name, flag]) => [
      name,
      { type: flag.type, ...(flag.short ? { short: flag.short } : {}), ...(flag.multiple ? { multiple: true } : {}) },
    ]),
  );
  const helpHint = `Run \`${invocation(command)} --help\` for its flags.`;
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's wording ("Unknown option '--out'") plus which command did not know it.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new CommandLineError(`${command.name}: ${message.replace(/\.$/, "")}. ${helpHint}`);
  }
  const { help, ...values } = parsed.values;
  if (help) return { values: values as ParsedCommandLine<Flags>["values"], positionals: parsed.positionals, help: true };
  if (!command.positionals && parsed.positionals.length > 0) {
    const shown = parsed.positionals.map((p) => JSON.stringify(p)).join(" ");
    throw new CommandLineError(`${command.name} takes only flags, but was given ${shown}. ${helpHint}`);
  }
  if (command.positionals && parsed.positionals.length < command.positionals.min) {
    throw new CommandLineError(`${command.name} needs ${command.positionals.name}. ${helpHint}`);
  }
  return { values: values as ParsedCommandLine<Flags>["values"], positionals: parsed.positionals, help: false };
}

/** The command's --help, generated from its definition. */
export function commandHelp(command: CommandDefinition): string {
  const lines = [`usage: ${invocation(command)} ${command.synopsis}`.trimEnd(), ""];
  if (command.description) lines.push(command.description, "");
  for (const [name, flag] of Object.entries({ ...command.flags, help: HELP_FLAG })) {
    const heading = command.headings?.[name];
    if (heading) lines.push("", heading);
    const label = `  --${name}${flag.type === "string" && flag.value ? ` ${flag.value}` : ""}`;
    const [first, ...rest] = flag.help.split("\n");
    lines.push(label.length <= HELP_COLUMN - 2 ? `${label.padEnd(HELP_COLUMN)}${first}` : `${label}\n${" ".repeat(HELP_COLUMN)}${first}`);
    for (const more of rest) lines.push(`${" ".repeat(HELP_COLUMN)}${more}`);
  }
  if (command.footer) lines.push("", command.footer);
  return lines.join("\n");
}

/** The list of commands for the top-level --help. */
export function commandList(commands: readonly CommandDefinition[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 4;
  return commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join("\n");
}

function invocation(command: CommandDefinition): string {
  return `npm run hub -- ${command.name}`;
}
