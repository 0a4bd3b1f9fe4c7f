// Sentences whose middle holds markup (a <code> name, a link, a bold figure) are written as one
// template per language, "Data from {endpoint}, fetched …", because word order differs between
// languages; the page fills each {slot} with its element (src/components/Template.astro).

export type TemplateSegment = { text: string } | { slot: string };

/** "a {x} b" → [{text:"a "}, {slot:"x"}, {text:" b"}]. */
export function templateSegments(template: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: template.slice(last, match.index) });
    segments.push({ slot: match[1] });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ text: template.slice(last) });
  return segments;
}

/** The slot names of a template, in order of first use. */
export function templateSlots(template: string): string[] {
  return [...new Set(templateSegments(template).flatMap((s) => ("slot" in s ? [s.slot] : [])))];
}
