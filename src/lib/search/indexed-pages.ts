// The facets of every page Pagefind indexes, from the registry of indexed types. /search/ counts them so its facets
// and their totals are in the HTML, before any of Pagefind is downloaded.
import { countries } from '../content.ts';
import type { PageFacets } from './facet-keys.ts';
import { indexedTypes, type IndexedType } from './indexed-types.ts';

const facetsOf = async <Args extends unknown[]>(t: IndexedType<Args>): Promise<PageFacets[]> =>
  (await t.entries()).map((args) => t.facets(...args));

/** One entry per indexed content page, with the same facets its template gives SearchMeta. */
export async function indexedPageFacets(): Promise<PageFacets[]> {
  return (await Promise.all(Object.values(indexedTypes).map((t) => facetsOf(t as IndexedType<unknown[]>)))).flat();
}

/** Country names by id, for the country facet's labels: `est` → `Estonia`. */
export async function countryNames(): Promise<Map<string, string>> {
  return new Map((await countries()).map((c) => [c.id, c.data.name]));
}
