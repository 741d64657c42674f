// Every content type that search indexes, in one registry: which template renders its pages, how to list its entries,
// and which facet values each page carries. The templates pass `facets(…)` to SearchMeta (data-pagefind-filter);
// indexed-pages.ts counts the same values for /search/'s facets; tests/unit/indexed-types.test.ts fails when a
// registered template does not render SearchMeta with its type's facets. A new searchable type is one entry here
// (and one in the contentTypes vocabulary, which the `satisfies` below enforces).
// The collections are imported when listed, not when this module loads, so the unit test can read the registry.
import type { ChallengeEntry } from '../challenges.ts';
import type { CaseStudyEntry, CountryEntry, PrincipleEntry, TrainingEntry } from '../content.ts';
import type { ContentTypeId } from '../../schemas/vocabularies.ts';
import type { PageFacets } from './facet-keys.ts';

/** One searchable content type. `Args` are what its template has at hand to compute a page's facets. */
export interface IndexedType<Args extends unknown[]> {
  /** The template that renders the type's pages, from the repository root. */
  template: string;
  /** One item per page, e.g. `[[entry, country], …]` for case studies. */
  entries: () => Promise<Args[]>;
  /** The page's facets, e.g. `{ type: ['country'], country: ['est'], region: ['europe'] }`. */
  facets: (...args: Args) => PageFacets;
}

/** Any registered type, whatever its template's arguments. */
type AnyIndexedType = { template: string; entries: () => Promise<unknown[]>; facets: (...args: never) => PageFacets };

const content = () => import('../content.ts');

function define<Args extends unknown[]>(
  type: ContentTypeId,
  template: string,
  entries: () => Promise<Args[]>,
  facets: (...args: Args) => Omit<PageFacets, 'type'>,
): IndexedType<Args> {
  return { template, entries, facets: (...args) => ({ type: [type], ...facets(...args) }) };
}

/** The registry, by content type. Example: `indexedTypes['case-study'].facets(entry, country)`. */
export const indexedTypes = {
  'case-study': define(
    'case-study',
    'src/pages/case-studies/[slug].astro',
    async () => {
      const { caseStudies, countries } = await content();
      const byId = new Map((await countries()).map((c) => [c.id, c]));
      return (await caseStudies()).flatMap((e): [CaseStudyEntry, CountryEntry][] => {
        const country = byId.get(e.data.country.id);
        return country ? [[e, country]] : [];
      });
    },
    (entry: CaseStudyEntry, country: CountryEntry) => ({
      country: [country.id],
      region: [country.data.region],
      theme: entry.data.themes,
      year: [String(entry.data.period.start)],
    }),
  ),
  country: define(
    'country',
    'src/pages/countries/[id].astro',
    async () => (await (await content()).countries()).map((c): [CountryEntry] => [c]),
    (country: CountryEntry) => ({ country: [country.id], region: [country.data.region] }),
  ),
  // A challenge is filed under the countries that asked or answered it, and their regions.
  challenge: define(
    'challenge',
    'src/pages/challenges/[slug].astro',
    async () => {
      const { challenges, countriesOfChallenge } = await import('../challenges.ts');
      return Promise.all(
        (await challenges()).map(async (c): Promise<[ChallengeEntry, CountryEntry[]]> => [c, await countriesOfChallenge(c)]),
      );
    },
    (entry: ChallengeEntry, involved: readonly CountryEntry[]) => ({
      country: involved.map((c) => c.id),
      region: [...new Set(involved.map((c) => c.data.region))],
      theme: entry.data.themes,
    }),
  ),
  // Principles apply everywhere: only their type.
  principle: define(
    'principle',
    'src/pages/framework/[slug].astro',
    async () => (await (await content()).principles()).map((p): [PrincipleEntry] => [p]),
    (_entry: PrincipleEntry) => ({}),
  ),
  training: define(
    'training',
    'src/pages/training/[module]/index.astro',
    async () => (await (await content()).trainingModules()).map((m): [TrainingEntry] => [m]),
    (module: TrainingEntry) => ({ theme: module.data.themes, audience: module.data.audience }),
  ),
  // A lesson carries its module's themes and audiences.
  lesson: define(
    'lesson',
    'src/pages/training/[module]/[lesson].astro',
    async () => {
      const { lessonsOf, trainingModules } = await content();
      const modules = await trainingModules();
      return (await Promise.all(modules.map(async (m) => (await lessonsOf(m.id)).map((): [TrainingEntry] => [m])))).flat();
    },
    (module: TrainingEntry) => ({ theme: module.data.themes, audience: module.data.audience }),
  ),
} satisfies Record<ContentTypeId, AnyIndexedType>;
