// Which facet values each indexed page has, keyed by Pagefind's page id (/pagefind/facets.json, written by
// scripts/search-index.ts), so /search/ filters and counts itself: docs/decisions/017-facets-from-facets-json.md
import { facetKeys, type FacetKey } from './facet-keys.ts';
import type { SearchState } from './url-state.ts';

/** A page's facet values, e.g. `{ type: ['case-study'], theme: ['open-data'] }`. */
export type Facets = Partial<Record<FacetKey, readonly string[]>>;

/**
 * The file, column by column because that compresses best (about 9 bytes a page with gzip): the pages' ids A–Z by
 * title, comma-separated, less the start they all share (`prefix`: one namespace per build, see
 * scripts/lib/pagefind-format/compact.ts); each facet's distinct values; and per facet each page's value numbers joined by
 * "." with pages separated by ",", in the order of the ids.
 * @example { keys: ['type'], values: [['case-study', 'country']], prefix: 'en_3fa9c21-', ids: '1f,0', columns: ['1,0'] }
 */
export interface FacetIndexFile {
  keys: readonly string[];
  values: readonly (readonly string[])[];
  prefix: string;
  ids: string;
  columns: readonly string[];
}

/** The longest start all ids share, e.g. `'en_3fa9c21-'`. */
function sharedStart(ids: readonly string[]): string {
  let start = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(start)) start = start.slice(0, -1);
  return start;
}

/** One page as read from Pagefind's fragment, e.g. `{ id: 'en_86e6a6d', title: 'X-Road …', filters: { … } }`. */
export interface IndexedPage {
  id: string;
  title: string;
  filters: Readonly<Record<string, readonly string[]>>;
}

/**
 * Builds the file from the indexed pages.
 * @example buildFacetIndex([{ id: 'en_1', title: 'B', filters: { type: ['country'] } }]).columns[0] // '0'
 */
export function buildFacetIndex(pages: readonly IndexedPage[]): FacetIndexFile {
  const values = facetKeys.map((key) => [...new Set(pages.flatMap((p) => p.filters[key] ?? []))].sort());
  // One collator for the whole sort: localeCompare with a locale builds one per comparison (0.6 s at 10,000 pages).
  const byTitle = new Intl.Collator('en', { sensitivity: 'base' });
  const sorted = [...pages].sort((a, b) => byTitle.compare(a.title, b.title) || a.id.localeCompare(b.id));
  const cell = (p: IndexedPage, k: number) => (p.filters[facetKeys[k] ?? ''] ?? []).map((v) => values[k]?.indexOf(v)).join('.');
  const prefix = sharedStart(sorted.map((p) => p.id));
  return {
    keys: facetKeys,
    values,
    prefix,
    ids: sorted.map((p) => p.id.slice(prefix.length)).join(','),
    columns: facetKeys.map((_, k) => sorted.map((p) => cell(p, k)).join(',')),
  };
}

/** The file read back: each page's facets and its place A–Z. */
export interface FacetIndex {
  facets: ReadonlyMap<string, Facets>;
  rank: ReadonlyMap<string, number>;
}

/** Reads the file; keys the site no longer has are ignored. */
export function readFacetIndex(file: FacetIndexFile): FacetIndex {
  const facets = new Map<string, Facets>();
  const rank = new Map<string, number>();
  const columns = file.columns.map((c) => c.split(','));
  file.ids.split(',').forEach((suffix, i) => {
    const id = file.prefix + suffix;
    const page: Facets = {};
    file.keys.forEach((key, k) => {
      const cell = columns[k]?.[i] ?? '';
      if ((facetKeys as readonly string[]).includes(key))
        page[key as FacetKey] = cell === '' ? [] : cell.split('.').map((n) => file.values[k]?.[Number(n)] ?? '');
    });
    facets.set(id, page);
    rank.set(id, i);
  });
  return { facets, rank };
}

/**
 * True when a page has, for every ticked facet (but `except`), at least one of the ticked values.
 * @example matchesFacets({ region: ['asia'] }, { q: '', facets: { region: ['asia', 'europe'] } }) // true
 */
export function matchesFacets(page: Facets | undefined, state: SearchState, except?: FacetKey): boolean {
  return facetKeys.every((key) => {
    const ticked = state.facets[key];
    return key === except || !ticked || ticked.some((v) => page?.[key]?.includes(v));
  });
}

/** Counts per facet value, e.g. `{ region: { asia: 3 } }`. */
export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>>;

/**
 * How many of `ids` each facet value would leave if ticked. A facet with ticks counts over the results of the other
 * facets only, since ticking another of its values widens the search ("Asia or Europe").
 * @example countFacets(['en_1'], index, { q: 'data', facets: {} }).type // { 'case-study': 1 }
 */
export function countFacets(ids: readonly string[], index: FacetIndex, state: SearchState): FacetCounts {
  const counts: FacetCounts = {};
  for (const key of facetKeys) {
    const tally: Record<string, number> = {};
    for (const id of ids) {
      const page = index.facets.get(id);
      if (!matchesFacets(page, state, key)) continue;
      for (const v of page?.[key] ?? []) tally[v] = (tally[v] ?? 0) + 1;
    }
    counts[key] = tally;
  }
  return counts;
}
