// The facets of every page Pagefind indexes, read from the collections. /search/ counts them so its facets and
// their totals are in the HTML, before any of Pagefind is downloaded.
import { caseStudies, countries, lessonsOf, principles, trainingModules } from '../content.ts';
import type { PageFacets } from './facets.ts';
import { caseStudyFacets, countryFacets, lessonFacets, principleFacets, trainingFacets } from './page-facets.ts';

/** One entry per indexed content page, with the same facets its template gives SearchMeta. */
export async function indexedPageFacets(): Promise<PageFacets[]> {
  const allCountries = await countries();
  const byId = new Map(allCountries.map((c) => [c.id, c]));
  const cases = (await caseStudies()).flatMap((e) => {
    const country = byId.get(e.data.country.id);
    return country ? [caseStudyFacets(e, country)] : [];
  });
  const modules = await trainingModules();
  const lessons = await Promise.all(modules.map(async (m) => (await lessonsOf(m.id)).map(() => lessonFacets(m))));
  return [
    ...cases,
    ...allCountries.map(countryFacets),
    ...(await principles()).map(principleFacets),
    ...modules.map(trainingFacets),
    ...lessons.flat(),
  ];
}

/** Country names by id, for the country facet's labels: `est` → `Estonia`. */
export async function countryNames(): Promise<Map<string, string>> {
  return new Map((await countries()).map((c) => [c.id, c.data.name]));
}
