// The /search/ page's state and its URL, both ways. Pure, so it is unit-tested and shared by the page script.
import { facetKeys, type FacetKey } from './facet-keys.ts';

/** What a search is: the words typed and the facet values ticked (several values in one facet mean "any of"). */
export interface SearchState {
  /** The query as typed, e.g. `'rural broadband'`; empty when browsing by facets. */
  q: string;
  /** Ticked values per facet, e.g. `{ theme: ['digital-divide'], region: ['asia'] }`; sorted, no duplicates. */
  facets: Partial<Record<FacetKey, string[]>>;
}

/**
 * Reads the state from a query string. Unknown parameters and empty values are ignored.
 * @example parseSearchState('?q=broadband&country=est') // { q: 'broadband', facets: { country: ['est'] } }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const facets: SearchState['facets'] = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter((v) => v !== '').sort();
    if (values.length > 0) facets[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), facets };
}

/**
 * Writes the state as a query string in a stable order (q first, then facets in facet order), so equal states give
 * equal URLs. An empty state gives `''`.
 * @example searchStateToQuery({ q: 'broadband', facets: { country: ['est'] } }) // '?q=broadband&country=est'
 */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of facetKeys) for (const value of state.facets[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The state with one facet value ticked or unticked.
 * @example toggleFacet({ q: '', facets: {} }, 'region', 'asia', true) // { q: '', facets: { region: ['asia'] } }
 */
export function toggleFacet(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = new Set(state.facets[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const facets = { ...state.facets };
  if (current.size > 0) facets[key] = [...current].sort();
  else delete facets[key];
  return { q: state.q, facets };
}

/** True when the state asks for something: words typed or at least one facet ticked. */
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
