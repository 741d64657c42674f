import { describe, expect, it } from 'vitest';
import {
  parseSearchState,
  searchStateToQuery,
  sortOrders,
  toggleFacet,
  typedTerm,
  type SearchState,
} from '../../src/lib/search/url-state.ts';
import { datedFirst } from '../../src/lib/search/dated-first.ts';
import { buildFacetIndex, countFacets, matchesFacets, readFacetIndex } from '../../src/lib/search/facet-index.ts';
import { topSections } from '../../src/lib/search/top-sections.ts';
import { facetValues } from '../../src/lib/search/facet-values.ts';
import { facetKeys } from '../../src/lib/search/facet-keys.ts';
import { contentTypes } from '../../src/schemas/vocabularies.ts';

describe('the search URL', () => {
  it('reads the query, the ticked facets and the order', () =>
    expect(parseSearchState('?q=broadband&country=est&sort=newest')).toEqual({
      q: 'broadband',
      facets: { country: ['est'] },
      sort: 'newest',
    }));

  it('means best match when no order is named', () => expect(parseSearchState('?q=broadband').sort).toBe('relevance'));

  it('reads several values of one facet, sorted and without duplicates', () =>
    expect(parseSearchState('?theme=open-data&theme=digital-divide&theme=open-data').facets).toEqual({
      theme: ['digital-divide', 'open-data'],
    }));

  it('ignores unknown parameters, empty values and surrounding spaces', () =>
    expect(parseSearchState('?q=%20x-road%20&utm_source=mail&region=&sort=%20oldest%20')).toEqual({
      q: 'x-road',
      facets: {},
      sort: 'oldest',
    }));

  it.each(['date', 'Newest', 'desc', ''])('ignores the unknown order %j and keeps best match', (sort) =>
    expect(parseSearchState(`?q=data&${new URLSearchParams({ sort })}`)).toEqual({ q: 'data', facets: {}, sort: 'relevance' }),
  );

  it('writes the query first, the facets in facet order and the order last, so equal searches share one URL', () =>
    expect(
      searchStateToQuery({
        sort: 'newest',
        facets: { year: ['2011'], theme: ['connectivity'], type: ['case-study'] },
        q: 'rural broadband',
      }),
    ).toBe('?q=rural+broadband&type=case-study&theme=connectivity&year=2011&sort=newest'));

  it('leaves best match out of the URL, even when the URL named it', () => {
    expect(searchStateToQuery({ q: 'data', facets: {}, sort: 'relevance' })).toBe('?q=data');
    expect(searchStateToQuery(parseSearchState('?sort=relevance&q=data'))).toBe('?q=data');
  });

  it('writes nothing for an empty search, so /search/ stays /search/', () =>
    expect(searchStateToQuery({ q: '  ', facets: {}, sort: 'relevance' })).toBe(''));

  it.each([
    '?q=P3.2',
    '?q=X-Road&country=est',
    '?type=case-study&region=asia&theme=digital-divide',
    '?q=%E2%80%9Conce-only%E2%80%9D&theme=e-services&theme=interoperability&year=2001',
    '?q=broadband&sort=newest',
    '?type=case-study&region=asia&sort=oldest',
    '?sort=newest',
  ])('survives a round trip unchanged: %s', (query) => expect(searchStateToQuery(parseSearchState(query))).toBe(query));

  it('knows every facet it writes', () => {
    const all: SearchState = { q: '', facets: Object.fromEntries(facetKeys.map((k) => [k, ['x']])), sort: 'relevance' };
    expect(parseSearchState(searchStateToQuery(all))).toEqual(all);
  });

  it.each(sortOrders)('reads back the order %s it writes', (sort) =>
    expect(parseSearchState(searchStateToQuery({ q: 'data', facets: {}, sort })).sort).toBe(sort),
  );
});

describe('ticking facets', () => {
  const start: SearchState = { q: 'data', facets: { region: ['europe'] }, sort: 'newest' };

  it('adds a value in order', () =>
    expect(toggleFacet(start, 'region', 'asia', true).facets).toEqual({ region: ['asia', 'europe'] }));

  it('drops a facet when its last value is unticked', () =>
    expect(toggleFacet(start, 'region', 'europe', false).facets).toEqual({}));

  it('keeps the words and the order', () =>
    expect(toggleFacet(start, 'region', 'asia', true)).toMatchObject({ q: 'data', sort: 'newest' }));

  it('leaves the state it was given untouched', () => {
    toggleFacet(start, 'country', 'est', true);
    expect(start).toEqual({ q: 'data', facets: { region: ['europe'] }, sort: 'newest' });
  });
});

describe('the facet index', () => {
  const pages = [
    {
      id: 'en_uzb',
      title: 'Uzbekistan’s urban–rural internet gap',
      filters: { type: ['case-study'], region: ['asia'], theme: ['digital-divide'] },
    },
    {
      id: 'en_est',
      title: 'EstWin: rural broadband',
      filters: { type: ['case-study'], region: ['europe'], theme: ['connectivity', 'digital-divide'] },
    },
    { id: 'en_dnk', title: 'Denmark', filters: { type: ['country'], region: ['europe'] } },
    { id: 'en_about', title: 'about this site', filters: {} },
  ];
  const index = readFacetIndex(JSON.parse(JSON.stringify(buildFacetIndex(pages))));
  const ids = pages.map((p) => p.id);

  it('gives back every page its facets after a trip through JSON', () =>
    expect(index.facets.get('en_est')).toEqual({
      type: ['case-study'],
      country: [],
      region: ['europe'],
      theme: ['connectivity', 'digital-divide'],
      year: [],
      audience: [],
    }));

  it('writes the start every id shares once, not on every id', () => {
    const file = buildFacetIndex(pages);
    expect(file.prefix).toBe('en_');
    expect(file.ids).toBe('about,dnk,est,uzb');
  });

  it('ranks pages A–Z by title, ignoring case, for browsing', () =>
    expect(ids.sort((a, b) => (index.rank.get(a) ?? 0) - (index.rank.get(b) ?? 0))).toEqual([
      'en_about',
      'en_dnk',
      'en_est',
      'en_uzb',
    ]));

  it('matches any ticked value within a facet and every ticked facet together', () => {
    const state: SearchState = { q: '', facets: { region: ['asia', 'europe'], theme: ['digital-divide'] }, sort: 'relevance' };
    expect(ids.filter((id) => matchesFacets(index.facets.get(id), state)).sort()).toEqual(['en_est', 'en_uzb']);
  });

  it('counts a ticked facet as alternatives and the others within it', () => {
    const counts = countFacets(ids, index, { q: '', facets: { region: ['asia'] }, sort: 'relevance' });
    expect(counts.region).toEqual({ asia: 1, europe: 2 });
    expect(counts.theme).toEqual({ 'digital-divide': 1 });
    expect(counts.type).toEqual({ 'case-study': 1 });
  });
});

describe('results by date', () => {
  const ids = (results: { id: string }[]) => results.map((r) => r.id);
  const page = (id: string) => ({ id });
  // Best match, facets applied: two principles (no date) among three dated pages.
  const best = ['p3', 'old', 'new', 'p7', 'mid'].map(page);

  it('list the dated pages in the date order, then the pages with no date in best-match order', () =>
    expect(ids(datedFirst(['new', 'mid', 'old'].map(page), best))).toEqual(['new', 'mid', 'old', 'p3', 'p7']));

  it('leave out dated pages the facets filtered out', () =>
    expect(ids(datedFirst(['new', 'other', 'mid', 'old'].map(page), best))).toEqual(['new', 'mid', 'old', 'p3', 'p7']));

  it('are the best-match results when no page has a date', () => expect(ids(datedFirst([], best))).toEqual(ids(best)));
});

describe('the words searched while typing', () => {
  it.each([
    ['women s', 'women'],
    ['women sa', 'women'],
    ['women sav', 'women sav'],
    ['women savings group', 'women savings group'],
    ['P3.2', 'P3.2'],
    ['X-R', null],
    ['X-Ro', 'X-Ro'],
    ['bo', null],
    ['ID', null],
    ['   ', null],
  ])('%j searches %j', (typed, term) => expect(typedTerm(typed)).toBe(term));
});

describe('sections of a result', () => {
  const section = (url: string, scores: number[], anchor = true) => ({
    url,
    ...(anchor ? { anchor: { id: url } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('put the best-matching section first, so the clause a clause ID names leads', () =>
    expect(
      topSections([section('#rationale', [1.2]), section('#p3-2', [40, 2]), section('#p3-1', [1])]).map((s) => s.url),
    ).toEqual(['#p3-2', '#rationale', '#p3-1']));

  it('keep page order between equally good sections, and at most three', () =>
    expect(topSections(['#a', '#b', '#c', '#d'].map((u) => section(u, [1]))).map((s) => s.url)).toEqual(['#a', '#b', '#c']));

  it('leave out the opening of the page, which the result itself links to', () =>
    expect(topSections([section('/page/', [99], false), section('#context', [1])]).map((s) => s.url)).toEqual(['#context']));
});

describe('facet values on /search/', () => {
  const pages = [
    { type: ['case-study'], country: ['uzb'], region: ['asia'], theme: ['digital-divide', 'connectivity'], year: ['2021'] },
    { type: ['case-study'], country: ['est'], region: ['europe'], theme: ['connectivity'], year: ['2011'] },
    { type: ['country'], country: ['est'], region: ['europe'] },
  ] as const;
  const values = facetValues(
    pages,
    new Map([
      ['est', 'Estonia'],
      ['uzb', 'Uzbekistan'],
    ]),
  );

  it('count the pages carrying each value', () =>
    expect(values.country).toEqual([
      { value: 'est', label: 'Estonia', count: 2 },
      { value: 'uzb', label: 'Uzbekistan', count: 1 },
    ]));

  it('follow the vocabulary order and labels', () => {
    expect(values.theme.map((v) => v.label)).toEqual(['Connectivity', 'Digital divide']);
    expect(values.type.map((v) => v.label)).toEqual([contentTypes.label('case-study'), contentTypes.label('country')]);
  });

  it('list years newest first and leave out facets no page has', () => {
    expect(values.year.map((v) => v.value)).toEqual(['2021', '2011']);
    expect(values.audience).toEqual([]);
  });
});
