import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { RefFactory } from './schemas/common.ts';
import { collections as table } from './schemas/collections.ts';

// Astro's reference() has the same parsed shape as our RefFactory ({ collection, id }).
const ref = reference as unknown as RefFactory;

const wire = <K extends keyof typeof table>(name: K) => {
  const c = table[name];
  return defineCollection({
    loader: glob({
      pattern: c.pattern,
      base: `./content/${c.folder}`,
      generateId: ({ entry, data }) => c.idFrom(entry, data),
    }),
    schema: c.schema(ref) as ReturnType<(typeof table)[K]['schema']>,
  });
};

export const collections = {
  countries: wire('countries'),
  caseStudies: wire('caseStudies'),
  principles: wire('principles'),
  training: wire('training'),
  lessons: wire('lessons'),
  pages: wire('pages'),
};
