// The /search/ page's behaviour, on Pagefind's raw API. The URL holds the state (?q=…&theme=…), so a search can be
// shared, reloaded and walked back with the browser's back button. Searches run on every keystroke (no debounce);
// a newer search makes older ones stop rendering.
import { facetKeys, type FacetKey } from '../../lib/search/facet-keys.ts';
import {
  isActive,
  parseSearchState,
  searchStateToQuery,
  toggleFacet,
  toPagefindFilters,
  typedTerm,
  type SearchState,
} from '../../lib/search/url-state.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type SearchResponse } from './pagefind.ts';
import { resultItem } from './render.ts';

const PAGE_SIZE = 10;
const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const app = byId('search-app');
const [input, status, list, none, failure, more, clear, filterPanel] = [
  byId<HTMLInputElement>('search-q'),
  byId('search-status'),
  byId<HTMLOListElement>('search-results'),
  byId('search-none'),
  byId('search-error'),
  byId<HTMLButtonElement>('search-more'),
  byId<HTMLButtonElement>('search-clear'),
  byId<HTMLDetailsElement>('search-filters'),
];
const boxes = [...app.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')];
const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Record<string, string>;
const lang = document.documentElement.lang;
const rules = new Intl.PluralRules(lang);
const say = (key: string, vars: Record<string, string | number> = {}): string =>
  (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
const sayCount = (base: string, n: number, vars: Record<string, string> = {}): string =>
  say(`${base}.${rules.select(n) === 'one' ? 'one' : 'other'}`, { count: n.toLocaleString(lang), ...vars });

let state = parseSearchState(location.search);
let shown: { response: SearchResponse; count: number; browsing: boolean } | undefined;
let run = 0;
let countsReady: Promise<unknown> | undefined;
// Typing replaces the history entry it started, so Back skips keystrokes but returns to the previous search.
let typing = false;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function announce(text: string, delay = 250): void {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = text), delay);
}

function showControls(s: SearchState): void {
  input.value = s.q;
  for (const box of boxes) box.checked = s.facets[box.name as FacetKey]?.includes(box.value) ?? false;
  clear.hidden = Object.keys(s.facets).length === 0;
}

function setCounts(counts: FilterCounts | undefined): void {
  for (const box of boxes) {
    const n = counts ? (counts[box.name]?.[box.value] ?? 0) : Number(box.dataset['total']);
    const count = box.labels?.[0]?.querySelector('.count');
    if (count) count.textContent = `(${n.toLocaleString(lang)})`;
  }
}

function saveUrl(push: boolean): void {
  const url = `${location.pathname}${searchStateToQuery(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** Renders the next page of results; returns the first new item (for focus). */
async function render(id: number, replace: boolean): Promise<HTMLLIElement | undefined> {
  if (!shown) return undefined;
  const { response, browsing } = shown;
  const pending = response.results.slice(shown.count, shown.count + PAGE_SIZE).map((r) => r.data());
  shown.count += pending.length;
  let first: HTMLLIElement | undefined;
  for (const data of pending) {
    const item = resultItem(await data, browsing, (title) => say('search.sections', { title }));
    if (id !== run) return undefined;
    if (replace && !first) list.replaceChildren(item);
    else list.append(item);
    first ??= item;
  }
  if (pending.length === 0 && replace) list.replaceChildren();
  more.hidden = shown.count >= response.results.length;
  return first;
}

/** Counts per facet value: from the search itself, except for facets with ticks, counted as if none were ticked. */
async function updateCounts(pagefind: Pagefind, s: SearchState, term: string | null, id: number): Promise<void> {
  await (countsReady ??= pagefind.filters());
  const counts = { ...(await pagefind.search(term, { filters: toPagefindFilters(s) })).filters };
  for (const key of facetKeys.filter((k) => s.facets[k])) {
    counts[key] = (await pagefind.search(term, { filters: toPagefindFilters(s, key) })).filters[key] ?? {};
  }
  if (id === run) setCounts(counts);
}

function showMessage(box: HTMLElement, text: string): void {
  const message = box.querySelector('[data-message]');
  if (message) message.textContent = text;
  box.hidden = false;
}

function reset(statusText: string): void {
  [shown, none.hidden, more.hidden] = [undefined, true, true];
  list.replaceChildren();
  setCounts(undefined);
  announce(statusText);
}

async function search(s: SearchState, term: string | null): Promise<void> {
  const id = ++run;
  failure.hidden = true;
  if (!isActive(s)) return reset(say('search.hint'));
  // A single letter typed: fetch Pagefind now, search once there is a word to search for.
  if (term === null && s.q !== '') return void loadPagefind().catch(() => undefined);
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (id !== run) return;
    reset('');
    return showMessage(failure, say(import.meta.env.DEV ? 'search.noIndex' : 'search.unavailable'));
  }
  const browsing = term === null;
  const response = await pagefind.search(term, {
    filters: toPagefindFilters(s),
    ...(browsing ? { sort: { title: 'asc' } } : {}),
  });
  if (id !== run) return;
  shown = { response, count: 0, browsing };
  await render(id, true);
  if (id !== run) return;
  list.dataset['query'] = s.q;
  const n = response.results.length;
  const noneText = s.q ? say('search.none', { q: s.q }) : say('search.noneFiltered');
  if (n === 0) showMessage(none, noneText);
  else none.hidden = true;
  announce(n === 0 ? noneText : s.q ? sayCount('search.countFor', n, { q: s.q }) : sayCount('search.count', n));
  await updateCounts(pagefind, s, term, id);
}

input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  saveUrl(!typing);
  typing = true;
  void search(state, typedTerm(state.q));
});
byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim() };
  saveUrl(!typing);
  typing = false;
  void search(state, state.q || null);
});
for (const box of boxes) {
  box.addEventListener('change', () => {
    state = toggleFacet(state, box.name as FacetKey, box.value, box.checked);
    clear.hidden = Object.keys(state.facets).length === 0;
    typing = false;
    saveUrl(true);
    void search(state, state.q || null);
  });
}
clear.addEventListener('click', () => {
  state = { q: state.q, facets: {} };
  showControls(state);
  typing = false;
  saveUrl(true);
  input.focus();
  void search(state, state.q || null);
});
more.addEventListener('click', async () => {
  const first = await render(run, false);
  first?.querySelector('a')?.focus();
});
addEventListener('popstate', () => {
  state = parseSearchState(location.search);
  typing = false;
  showControls(state);
  void search(state, state.q || null);
});

filterPanel.open = matchMedia('(min-width: 50em)').matches || Object.keys(state.facets).length > 0;
showControls(state);
if (isActive(state)) void search(state, state.q || null);
