// Links out to the real Hub. They point at huggingface.co even for sample data: the mock Hub's
// address is only reachable during the build, so a link to it would be dead for every reader.

const HUB = "https://huggingface.co";

/**
 * https://huggingface.co/<owner>/<name>. Each part is percent-encoded so no id, however odd, can
 * change the link's target; a broken link is better than a failed build over one record.
 */
export function hubModelUrl(id: string): string {
  if (id === "") throw new Error('a model id is written owner/name (e.g. "meta-llama/Llama-3.1-8B"); got an empty id.');
  const slash = id.indexOf("/");
  // Some pre-2022 canonical repos have no owner (e.g. "gpt2").
  const path =
    slash === -1 ? encodeURIComponent(id) : `${encodeURIComponent(id.slice(0, slash))}/${encodeURIComponent(id.slice(slash + 1))}`;
  return `${HUB}/${path}`;
}

/** https://huggingface.co/<author>. */
export function hubAuthorUrl(author: string): string {
  if (author === "") throw new Error('an author name is needed for a Hub link (e.g. "meta-llama"); got an empty name.');
  return `${HUB}/${encodeURIComponent(author)}`;
}
