import type { CollectionName, RefFactory } from './common.ts';
import { caseStudySchema } from './case-study.ts';
import { challengeSchema } from './challenge.ts';
import { countrySchema } from './country.ts';
import { pageSchema } from './page.ts';
import { principleSchema } from './principle.ts';
import { lessonSchema, trainingSchema } from './training.ts';

/** How an entry's ID is made from its path (relative to the collection folder) and its frontmatter. */
type IdFrom = (entry: string, data: Record<string, unknown>) => string;

const stem = (entry: string): string => entry.replace(/\.md$/, '');

/** The lesson ID is `<module>/<name>`: `01-why-data.md` in `data-literacy/` → `data-literacy/why-data`. */
export const lessonId: IdFrom = (entry) => {
  const [module = '', file = ''] = entry.split('/');
  return `${module}/${stem(file).replace(/^\d+-/, '')}`;
};

/**
 * Every collection in one table: its folder under content/, the files it reads, how IDs are made, and its schema.
 * content.config.ts, `npm run validate` and the CMS config are all built from this list.
 */
export const collections = {
  countries: {
    folder: 'countries',
    pattern: '*.md',
    idFrom: ((e) => stem(e)) as IdFrom,
    schema: (_ref: RefFactory) => countrySchema(),
  },
  caseStudies: { folder: 'case-studies', pattern: '*.md', idFrom: ((e) => stem(e)) as IdFrom, schema: caseStudySchema },
  challenges: { folder: 'challenges', pattern: '*.md', idFrom: ((e) => stem(e)) as IdFrom, schema: challengeSchema },
  principles: {
    folder: 'principles',
    pattern: '*.md',
    idFrom: ((e, data) => (typeof data['id'] === 'string' ? data['id'] : stem(e))) as IdFrom,
    schema: principleSchema,
  },
  training: {
    folder: 'training',
    pattern: '*/index.md',
    idFrom: ((e) => e.split('/')[0] ?? e) as IdFrom,
    schema: trainingSchema,
  },
  lessons: { folder: 'training', pattern: '*/[0-9]*.md', idFrom: lessonId, schema: lessonSchema },
  pages: { folder: 'pages', pattern: '*.md', idFrom: ((e) => stem(e)) as IdFrom, schema: (_ref: RefFactory) => pageSchema() },
} as const satisfies Record<CollectionName, unknown>;
