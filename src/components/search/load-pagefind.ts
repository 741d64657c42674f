// Loads Pagefind's raw search API (dist/pagefind/pagefind.js, written by the build) on first use, and types the parts
// we use. Nothing of Pagefind is downloaded until someone searches, which keeps /search/ itself light.

/** One section of a page that matched: a heading with an id, or an element with data-pagefind-title (a clause). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first anchor. */
  anchor?: unknown;
  weighted_locations: { balanced_score: number }[];
}

/** A result's data, fetched per result (one small fragment file each). */
export interface ResultData {
  url: string;
  /** HTML-escaped text with the matched words in <mark>, safe as innerHTML (Pagefind escapes it). */
  excerpt: string;
  meta: Partial<Record<'title' | 'type' | 'country' | 'summary', string>>;
  sub_results: SubResult[];
}

/** One result: Pagefind's page id (e.g. `en_86e6a6d`) and a loader for its data. */
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}

/** The search options we use. */
export interface SearchOptions {
  /**
   * One data-pagefind-sort key and its direction, e.g. `{ date: 'desc' }`: the results come in that order instead of
   * by relevance, and pages with no value for the key are left out (src/lib/search/dated-first.ts puts them back).
   */
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `null` lists every page (browsing); facets are applied by search-app.ts with /pagefind/facets.json. */
  search(term: string | null, options?: SearchOptions): Promise<{ results: Result[] }>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported and configured, once. */
export function loadPagefind(bundle = '/pagefind/'): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // On the main thread, no worker: docs/decisions/016-search-ui-on-raw-pagefind-api.md
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
