import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName, RefFactory } from './schemas/common.ts';
import { collections as table } from './schemas/collections.ts';

// Astro's reference() parses to the same { collection, id } shape as our RefFactory.
const ref = reference as unknown as RefFactory;

/**
 * The glob loader for a collection, from the one table of folders, patterns and ID rules. The Markdown source is not
 * kept (retainBody: false): docs/decisions/015-content-without-markdown-bodies.md.
 */
const loader = (name: CollectionName) => {
  const c = table[name];
  return glob({
    pattern: c.pattern,
    base: `./content/${c.folder}`,
    generateId: ({ entry, data }) => c.idFrom(entry, data),
    retainBody: false,
  });
};

export const collections = {
  countries: defineCollection({ loader: loader('countries'), schema: table.countries.schema(ref) }),
  caseStudies: defineCollection({ loader: loader('caseStudies'), schema: table.caseStudies.schema(ref) }),
  challenges: defineCollection({ loader: loader('challenges'), schema: table.challenges.schema(ref) }),
  principles: defineCollection({ loader: loader('principles'), schema: table.principles.schema(ref) }),
  training: defineCollection({ loader: loader('training'), schema: table.training.schema(ref) }),
  lessons: defineCollection({ loader: loader('lessons'), schema: table.lessons.schema(ref) }),
  pages: defineCollection({ loader: loader('pages'), schema: table.pages.schema(ref) }),
};
