// How a DataTable column spec becomes header and body cells: alignment classes, row headings,
// Hub links, notes. The rendered HTML (escaping included) is checked on built pages in
// site-pages-test.ts.
import { describe, expect, it } from "vitest";
import { bodyCell, columnClass, headerCell, type Column } from "../src/components/data-table.ts";

interface Model {
  id: string;
  author: string;
  likes: number;
  author_type: "org" | "user" | null;
}

const HOSTILE_ID = 'acme/<script>alert("hub")</script>';
const model: Model = { id: HOSTILE_ID, author: "a b/c", likes: 1234, author_type: "org" };

describe("a DataTable column", () => {
  it("right-aligns a number column in its heading and its cells, showing the caller's formatting", () => {
    const likes: Column<Model> = { header: "Likes", kind: "number", value: (m) => `${m.likes.toLocaleString("en")}` };
    expect(headerCell(likes)).toEqual({ text: "Likes", className: "num" });
    expect(bodyCell(likes, model, 0)).toEqual({
      tag: "td",
      scope: undefined,
      className: "num",
      text: "1,234",
      pieces: ["1,234"],
      href: undefined,
      note: undefined,
    });
  });

  it("lets an id wrap only after its slashes, keeping each name whole", () => {
    const id = bodyCell<Model>({ header: "Model", kind: "id", value: () => "nakatomi-research/SmolLM2-135M-Instruct" }, model, 0);
    expect(id.pieces).toEqual(["nakatomi-research/", "SmolLM2-135M-Instruct"]);
    expect(bodyCell<Model>({ header: "Note", value: () => "a/b" }, model, 0).pieces).toEqual(["a/b"]);
  });

  it("links a model id to its Hub page with every part percent-encoded, keeping the id as plain text", () => {
    const cell = bodyCell<Model>({ header: "Model", kind: "model-link", value: (m) => m.id }, model, 0);
    expect(cell.text).toBe(HOSTILE_ID);
    expect(cell.href).toBe("https://huggingface.co/acme/%3Cscript%3Ealert(%22hub%22)%3C%2Fscript%3E");
    expect(cell.className).toBe("id");
  });

  it("links an author name to the author's Hub page", () => {
    const cell = bodyCell<Model>({ header: "Author", kind: "author-link", value: (m) => m.author }, model, 0);
    expect(cell.href).toBe("https://huggingface.co/a%20b%2Fc");
    expect(cell.text).toBe("a b/c");
  });

  it("makes a row-heading column a <th scope=row> that keeps its kind's class", () => {
    const cell = bodyCell<Model>({ header: "Model", kind: "model-link", rowHeader: true, value: (m) => m.id }, model, 0);
    expect([cell.tag, cell.scope, cell.className]).toEqual(["th", "row", "id"]);
    expect(headerCell<Model>({ header: "Model", kind: "model-link", rowHeader: true, value: (m) => m.id }).className).toBeUndefined();
  });

  it("gives each kind its class: nothing for text, num for figures, id for identifiers and links", () => {
    expect(columnClass()).toBeUndefined();
    expect(columnClass("text")).toBeUndefined();
    expect(columnClass("number")).toBe("num");
    expect((["id", "model-link", "author-link"] as const).map((kind) => columnClass(kind))).toEqual(["id", "id", "id"]);
  });

  it("passes the row's position to the value, for rank columns", () => {
    const position: Column<Model> = { header: "#", kind: "number", value: (_, index) => String(index + 1) };
    expect(bodyCell(position, model, 4).text).toBe("5");
  });

  it("shows a note only when there is one", () => {
    const author: Column<Model> = { header: "Author", value: (m) => m.author, note: (m) => m.author_type };
    expect(bodyCell(author, model, 0).note).toBe("org");
    expect(bodyCell(author, { ...model, author_type: null }, 0).note).toBeUndefined();
    expect(bodyCell({ ...author, note: () => "" }, model, 0).note).toBeUndefined();
  });

  it("leaves an empty heading as an empty corner cell rather than a heading with no text", () => {
    expect(headerCell<Model>({ header: "", rowHeader: true, value: (m) => m.id }).text).toBeNull();
  });

  it("refuses a link cell with an empty id, naming what a Hub id looks like", () => {
    expect(() => bodyCell<Model>({ header: "Model", kind: "model-link", value: () => "" }, model, 0)).toThrow(/owner\/name/);
  });
  it("mutes a model id's owner part when asked, keeping the whole id as the link's text", () => {
    const muted = bodyCell<Model>({ header: "Model", kind: "model-link", mutedOwner: true, value: (m) => m.id }, model, 0);
    expect([muted.mutedStart, muted.text]).toEqual(["acme/", HOSTILE_ID]);
    expect(bodyCell<Model>({ header: "Model", kind: "model-link", value: (m) => m.id }, model, 0).mutedStart).toBeUndefined();
    // Only a model link has an owner part, and only an id with a "/".
    expect(
      bodyCell<Model>({ header: "Author", kind: "author-link", mutedOwner: true, value: (m) => m.author }, model, 0).mutedStart,
    ).toBeUndefined();
    expect(
      bodyCell<Model>({ header: "Model", kind: "model-link", mutedOwner: true, value: () => "gpt2" }, model, 0).mutedStart,
    ).toBeUndefined();
  });

  it("puts the column's extra heading attributes on its heading cell", () => {
    const likes: Column<Model> = {
      header: "Likes",
      kind: "number",
      value: (m) => String(m.likes),
      headerAttributes: { "data-sort-key": "likes" },
    };
    expect(headerCell(likes).attributes).toEqual({ "data-sort-key": "likes" });
  });
});
