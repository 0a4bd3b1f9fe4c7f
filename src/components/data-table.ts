// Column specs for DataTable.astro and the one place that decides how a spec becomes a cell.
// A cell is described as data (text, class, link target), never as HTML, so Astro escapes every
// piece of Hub text the same way whichever table shows it.
import { hubAuthorUrl, hubModelUrl } from "../lib/hub-links.ts";

/**
 * - "text": plain text.
 * - "id": an identifier (licence, architecture, model id without a link) that may wrap anywhere.
 * - "number": a figure, right-aligned in tabular digits; the text is already formatted.
 * - "model-link" / "author-link": the text is a Hub model id / author name, shown as a link to
 *   its page on the Hub.
 */
export type CellKind = "text" | "id" | "number" | "model-link" | "author-link";

export interface Column<Row> {
  /** The column's heading; an empty one leaves the corner cell above row headings empty. */
  header: string;
  /** The cell's text (numbers already formatted); for a link, the model id or author name. */
  value: (row: Row, index: number) => string;
  kind?: CellKind;
  /** The cell names its row: it is a row heading (`<th scope="row">`) rather than data. */
  rowHeader?: boolean;
  /** A muted aside shown in parentheses after the value, e.g. an author's type; none when empty. */
  note?: (row: Row) => string | null | undefined;
  /**
   * For a "model-link": show the owner part of the id ("meta-llama/") muted, so a table can drop
   * an Author column that would only repeat it while the whole id stays one link to copy.
   */
  mutedOwner?: boolean;
  /**
   * For a "text", "id" or "number" cell: a link inside this site (already through href()), e.g. to
   * the explorer filtered to the models the row counts; no link when it returns undefined.
   */
  link?: (row: Row) => string | undefined;
  /** Extra attributes of the column's heading cell, e.g. a data-* hook for a script. */
  headerAttributes?: Record<string, string>;
}

/** The class that aligns or wraps a column: "num" for figures, "id" for Hub ids and identifiers. */
export function columnClass(kind: CellKind = "text"): "num" | "id" | undefined {
  if (kind === "number") return "num";
  if (kind === "text") return undefined;
  return "id";
}

export interface HeaderCell {
  /** Null for an empty heading: the corner cell is a plain `<td>`, since it heads nothing. */
  text: string | null;
  className: "num" | undefined;
  attributes: Record<string, string> | undefined;
}

export function headerCell<Row>(column: Column<Row>): HeaderCell {
  return {
    text: column.header === "" ? null : column.header,
    className: column.kind === "number" ? "num" : undefined,
    attributes: column.headerAttributes,
  };
}

export interface BodyCell {
  tag: "th" | "td";
  scope: "row" | undefined;
  className: "num" | "id" | undefined;
  text: string;
  /**
   * The text in pieces, with a line break allowed between them: after each "/" of an id, so a
   * narrow column wraps "author/" above "model" instead of breaking inside a word.
   */
  pieces: string[];
  /** Where the text links to, for the link kinds. */
  href: string | undefined;
  note: string | undefined;
  /** The start of the text ("owner/") to show muted; the rest follows it. */
  mutedStart: string | undefined;
}

export function bodyCell<Row>(column: Column<Row>, row: Row, index: number): BodyCell {
  const text = column.value(row, index);
  const kind = column.kind ?? "text";
  return {
    tag: column.rowHeader ? "th" : "td",
    scope: column.rowHeader ? "row" : undefined,
    className: columnClass(kind),
    text,
    pieces: columnClass(kind) === "id" ? breakAfterSlashes(text) : [text],
    href: kind === "model-link" ? hubModelUrl(text) : kind === "author-link" ? hubAuthorUrl(text) : column.link?.(row),
    note: column.note?.(row) || undefined,
    mutedStart: kind === "model-link" && column.mutedOwner && text.includes("/") ? text.slice(0, text.indexOf("/") + 1) : undefined,
  };
}

/** "a/b/c" → ["a/", "b/", "c"]; text without a slash stays whole. */
export function breakAfterSlashes(text: string): string[] {
  return text.split(/(?<=\/)/).filter((piece) => piece !== "");
}
