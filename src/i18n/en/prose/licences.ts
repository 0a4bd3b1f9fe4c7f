// English paragraphs of the Licences page (src/views/Licences.astro): its lead, intros, notes and definitions.

export const licencesProse = {
  lead: (models: string) =>
    `The licence each of the ${models} crawled models declares in its model card or its license: tags. A card that lists several licences counts under the first; a card that says "other" with a license_name counts under that name.`,
};
