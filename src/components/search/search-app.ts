// The /search/ page's behaviour, on Pagefind's raw API. The URL holds the state (?q=…&theme=…&sort=newest), so a
// search can be shared, reloaded and walked back with the back button. While someone types, each keystroke searches
// at once and shows the first result only (one small fragment), once that result has stayed first for two keystrokes
// in a row: on a slow connection the fragments of results that change on every letter ("dro", "drou" …) are not worth
// their download. When typing pauses, the full page of results, the spoken count, the facet counts and the URL follow.
// A newer search always stops an older one from rendering.
import type { FacetKey } from '../../lib/search/facet-keys.ts';
import { datedFirst } from '../../lib/search/dated-first.ts';
import { countriesNamed, namedCountryFirst } from '../../lib/search/named-country-first.ts';
import { countFacets, matchesFacets, readFacetIndex, type FacetCounts, type FacetIndex } from '../../lib/search/facet-index.ts';
import {
  isActive,
  parseSearchState,
  searchStateToQuery,
  toggleFacet,
  typedTerm,
  type SearchState,
  type SortOrder,
} from '../../lib/search/url-state.ts';
import { loadPagefind, type Pagefind, type Result } from './load-pagefind.ts';
import { resultItem } from './render.ts';

const PAGE_SIZE = 10;
const PAUSE_MS = 300;
const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const app = byId('search-app');
const [input, sort, status, list, none, failure, more, clear, filterPanel] = [
  byId<HTMLInputElement>('search-q'),
  byId<HTMLSelectElement>('search-sort'),
  byId('search-status'),
  byId<HTMLOListElement>('search-results'),
  byId('search-none'),
  byId('search-error'),
  byId<HTMLButtonElement>('search-more'),
  byId<HTMLButtonElement>('search-clear'),
  byId<HTMLDetailsElement>('search-filters'),
];
const filterSummary = byId('search-filters-summary');
const boxes = [...app.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')];
// Country names as the country facet labels them, e.g. est → Estonia, to notice a country named in the query.
const countryNames = new Map(
  boxes.filter((b) => b.name === 'country').map((b) => [b.value, b.labels?.[0]?.firstChild?.textContent?.trim() ?? b.value]),
);
const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Record<string, string>;
const lang = document.documentElement.lang;
const rules = new Intl.PluralRules(lang);
const say = (key: string, vars: Record<string, string | number> = {}): string =>
  (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
const sayCount = (base: string, n: number, vars: Record<string, string> = {}): string =>
  say(`${base}.${rules.select(n) === 'one' ? 'one' : 'other'}`, { count: n.toLocaleString(lang), ...vars });
// Pagefind's sort direction for each date order.
const directions = { newest: 'desc', oldest: 'asc' } as const;

let state = parseSearchState(location.search);
let shown: { results: Result[]; count: number; browsing: boolean } | undefined;
let run = 0;
let facetIndex: Promise<FacetIndex> | undefined;
// The first URL change of a typing burst is a new history entry, later ones replace it: Back skips keystrokes.
let typing = false;
let pauseTimer: ReturnType<typeof setTimeout> | undefined;
// The first result of the last keystroke's search, and the results whose fragment has been asked for.
let lastTop: string | undefined;
const fetched = new Set<string>();

/** aria-busy on the list while a full search or "Show more" is still adding results, and on the filters while their
 * counts are not yet the search's: assistive technology waits for the whole, and tests and the benchmark wait on it. */
const busy = (on: boolean, ...parts: HTMLElement[]): void => {
  for (const part of parts) part.setAttribute('aria-busy', String(on));
};

function showControls(s: SearchState): void {
  input.value = s.q;
  sort.value = s.sort;
  for (const box of boxes) box.checked = s.facets[box.name as FacetKey]?.includes(box.value) ?? false;
  showApplied(s);
}

/** "Clear all filters" once one applies, and how many apply in the panel's summary (seen when it is folded). */
function showApplied(s: SearchState): void {
  const applied = Object.values(s.facets).reduce((n, values) => n + (values?.length ?? 0), 0);
  clear.hidden = applied === 0;
  filterSummary.textContent = applied > 0 ? sayCount('search.filtersApplied', applied) : say('search.filters');
}

/** The facets of every indexed page, fetched once when a search first needs them. */
function loadFacets(): Promise<FacetIndex> {
  facetIndex ??= fetch('/pagefind/facets.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`facets.json: ${r.status}`))))
    .then(readFacetIndex)
    .catch((error: unknown) => {
      facetIndex = undefined;
      throw error;
    });
  return facetIndex;
}

function setCounts(counts: FacetCounts | undefined): void {
  for (const box of boxes) {
    const n = counts ? (counts[box.name as FacetKey]?.[box.value] ?? 0) : Number(box.dataset['total']);
    const count = box.labels?.[0]?.querySelector('.count');
    if (count) count.textContent = `(${n.toLocaleString(lang)})`;
  }
}

function saveUrl(push: boolean): void {
  const url = `${location.pathname}${searchStateToQuery(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function showMessage(box: HTMLElement, text: string): void {
  const message = box.querySelector('[data-message]');
  if (message) message.textContent = text;
  box.hidden = false;
}

/** Renders up to `max` more results, each as soon as its data arrives; returns the first new item (for focus). */
async function render(id: number, replace: boolean, max = PAGE_SIZE): Promise<HTMLLIElement | undefined> {
  if (!shown) return undefined;
  const { results, browsing } = shown;
  const pending = results.slice(shown.count, shown.count + max).map((r) => (fetched.add(r.id), r.data()));
  shown.count += pending.length;
  let first: HTMLLIElement | undefined;
  for (const data of pending) {
    const item = resultItem(await data, browsing, (title) => say('search.sections', { title }));
    if (id !== run) return undefined;
    if (replace && !first) list.replaceChildren(item);
    else list.append(item);
    first ??= item;
  }
  if (replace && !first) list.replaceChildren();
  // Which search the list shows: tests and the benchmark wait on it.
  if (replace) list.dataset['query'] = state.q;
  more.hidden = shown.count >= results.length;
  return first;
}

/** Runs a search; `preview` shows only its first result, for keystrokes while typing goes on. */
async function search(s: SearchState, term: string | null, preview = false): Promise<void> {
  const id = ++run;
  failure.hidden = true;
  if (!preview) busy(true, list, filterPanel);
  if (!isActive(s)) {
    [shown, none.hidden, more.hidden, status.textContent] = [undefined, true, true, say('search.hint')];
    list.replaceChildren();
    busy(false, list, filterPanel);
    return setCounts(undefined);
  }
  let pagefind: Pagefind;
  let facets: FacetIndex | undefined;
  const ticked = Object.keys(s.facets).length > 0;
  const named = term === null ? [] : countriesNamed(term, countryNames);
  try {
    // Facets are needed now only to filter or to rank a named country's case studies; otherwise they load after the
    // results, for the counts.
    [pagefind, facets] = await Promise.all([loadPagefind(), ticked || named.length > 0 ? loadFacets() : undefined]);
  } catch {
    if (id !== run) return;
    [shown, none.hidden, more.hidden, status.textContent] = [undefined, true, true, ''];
    list.replaceChildren();
    busy(false, list, filterPanel);
    return showMessage(failure, say(import.meta.env.DEV ? 'search.noIndex' : 'search.unavailable'));
  }
  if (id !== run) return;
  const browsing = term === null;
  // A date order also needs the best-match search, for the pages with no date; both load the same index chunks.
  const [{ results: all }, dated] = await Promise.all([
    pagefind.search(term),
    s.sort === 'relevance' ? undefined : pagefind.search(term, { sort: { date: directions[s.sort] } }),
  ]);
  if (id !== run) return;
  let results = facets ? all.filter((r) => matchesFacets(facets.facets.get(r.id), s)) : all;
  if (facets && named.length > 0) results = namedCountryFirst(results, facets.facets, named);
  // Browsing has no relevance to rank by: A–Z by title, as facets.json lists the pages.
  if (browsing && facets) results.sort((a, b) => (facets.rank.get(a.id) ?? 0) - (facets.rank.get(b.id) ?? 0));
  if (dated) results = datedFirst(dated.results, results);
  const top = results[0]?.id;
  const worthShowing = top === undefined || top === lastTop || fetched.has(top);
  lastTop = top;
  if (preview && !worthShowing) return;
  shown = { results, count: 0, browsing };
  if (preview) {
    await render(id, true, 1);
    more.hidden = true;
    return;
  }
  await render(id, true);
  if (id !== run) return;
  const n = results.length;
  const noneText = s.q ? say('search.none', { q: s.q }) : say('search.noneFiltered');
  if (n === 0) showMessage(none, noneText);
  else none.hidden = true;
  status.textContent = n === 0 ? noneText : s.q ? sayCount('search.countFor', n, { q: s.q }) : sayCount('search.count', n);
  busy(false, list);
  const index = facets ?? (await loadFacets().catch(() => undefined));
  if (id !== run) return;
  if (index)
    setCounts(
      countFacets(
        all.map((r) => r.id),
        index,
        s,
      ),
    );
  busy(false, filterPanel);
}

/** A deliberate change (Enter, a facet, the order, Clear, Back): search in full now, as its own history entry. */
function commit(push: boolean): void {
  clearTimeout(pauseTimer);
  pauseTimer = undefined;
  if (push) saveUrl(true);
  typing = false;
  void search(state, state.q || null);
}

input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  clearTimeout(pauseTimer);
  const term = typedTerm(state.q);
  if (term !== null) void search(state, term, true);
  else void loadPagefind().catch(() => undefined); // nothing to search yet: fetch Pagefind meanwhile
  const timer = setTimeout(() => {
    // A busy main thread can run this timer before keystrokes queued meanwhile: yield once so they run first.
    setTimeout(() => {
      if (pauseTimer !== timer) return;
      saveUrl(!typing);
      typing = true;
      void search(state, state.q || null);
    });
  }, PAUSE_MS);
  pauseTimer = timer;
});
byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim() };
  saveUrl(!typing);
  commit(false);
});
for (const box of boxes) {
  box.addEventListener('change', () => {
    state = toggleFacet(state, box.name as FacetKey, box.value, box.checked);
    showApplied(state);
    commit(true);
  });
}
sort.addEventListener('change', () => {
  state = { ...state, sort: sort.value as SortOrder };
  commit(true);
});
clear.addEventListener('click', () => {
  state = { ...state, facets: {} };
  showControls(state);
  input.focus();
  commit(true);
});
more.addEventListener('click', async () => {
  const id = run;
  busy(true, list);
  const first = await render(id, false);
  if (id === run) busy(false, list);
  first?.querySelector('a')?.focus();
});
addEventListener('popstate', () => {
  state = parseSearchState(location.search);
  showControls(state);
  commit(false);
});

// Side by side with the results on a wide screen, the filters are always open (their summary is hidden there). On a
// narrow one they come before the results, so they start folded, applied or not, and the results are on the first
// screen; the summary says how many apply. Once opened, they stay open while filters are chosen.
const wide = matchMedia('(min-width: 50em)');
filterPanel.open = wide.matches;
wide.addEventListener('change', () => {
  if (wide.matches) filterPanel.open = true;
});
showControls(state);
if (isActive(state)) void search(state, state.q || null);
