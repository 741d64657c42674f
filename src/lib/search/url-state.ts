// The /search/ page's state and its URL, both ways. Pure, so it is unit-tested and shared by the page script.
import { facetKeys, type FacetKey } from './facet-keys.ts';

/**
 * How results are ordered. `relevance` ("Best match", the default, never written to the URL): by how well a page
 * matches the words, A–Z by title when browsing by facets; `newest` and `oldest`: by the page's date
 * (`data-pagefind-sort="date[…]"`), pages with no date after the dated ones.
 */
export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** What a search is: the words typed, the facet values ticked (several in one facet mean "any of") and the order. */
export interface SearchState {
  /** The query as typed, e.g. `'rural broadband'`; empty when browsing by facets. */
  q: string;
  /** Ticked values per facet, e.g. `{ theme: ['digital-divide'], region: ['asia'] }`; sorted, no duplicates. */
  facets: Partial<Record<FacetKey, string[]>>;
  /** The order of the results, e.g. `'newest'`; `'relevance'` when the URL names none or one we do not know. */
  sort: SortOrder;
}

/**
 * Reads the state from a query string. Unknown parameters, unknown sort orders and empty values are ignored.
 * @example parseSearchState('?q=broadband&sort=newest') // { q: 'broadband', facets: {}, sort: 'newest' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const facets: SearchState['facets'] = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter((v) => v !== '').sort();
    if (values.length > 0) facets[key] = values;
  }
  const sort = sortOrders.find((order) => order === params.get('sort')?.trim()) ?? 'relevance';
  return { q: (params.get('q') ?? '').trim(), facets, sort };
}

/**
 * Writes the state as a query string in a stable order (q first, then facets in facet order, then sort unless it is
 * best match), so equal states give equal URLs. An empty state gives `''`.
 * @example searchStateToQuery({ q: 'data', facets: { year: ['2011'] }, sort: 'newest' }) // '?q=data&year=2011&sort=newest'
 */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of facetKeys) for (const value of state.facets[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The state with one facet value ticked or unticked; the words and the order stay.
 * @example toggleFacet({ q: '', facets: {}, sort: 'newest' }, 'region', 'asia', true).facets // { region: ['asia'] }
 */
export function toggleFacet(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = new Set(state.facets[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const facets = { ...state.facets };
  if (current.size > 0) facets[key] = [...current].sort();
  else delete facets[key];
  return { ...state, facets };
}

/** True when the state asks for something: words typed or at least one facet ticked (an order alone lists nothing). */
export const isActive = (state: SearchState): boolean => state.q !== '' || Object.keys(state.facets).length > 0;

/**
 * The words to search for while someone is still typing: a last word of fewer than three letters or digits waits
 * until it grows (or typing pauses), so "women sa" searches "women" instead of fetching the index chunks of every
 * word starting with "sa". Null when nothing is left to search yet.
 * @example typedTerm('women sa') // 'women'
 */
export function typedTerm(q: string): string | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1);
  if (last !== undefined && [...last.replace(/[^\p{L}\p{N}]/gu, '')].length < 3) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}
