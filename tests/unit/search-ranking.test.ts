import { describe, expect, it } from 'vitest';
import { excerptStart } from '../../src/lib/search/excerpt-start.ts';
import { countriesNamed, namedCountryFirst } from '../../src/lib/search/named-country-first.ts';

const names = new Map([
  ['est', 'Estonia'],
  ['kor', 'Republic of Korea'],
  ['gbr', 'United Kingdom'],
]);

describe('a query that names a country', () => {
  it('finds the countries whose whole name it holds, in any case', () => {
    expect(countriesNamed('Estonia rural broadband', names)).toEqual(['est']);
    expect(countriesNamed('digital identity in the united kingdom', names)).toEqual(['gbr']);
    expect(countriesNamed('Korea open data', names)).toEqual(['kor']);
    expect(countriesNamed('Estonian broadband', names)).toEqual([]);
    expect(countriesNamed('Estonia', names)).toEqual([]);
  });

  it("puts that country's case studies first and keeps every other result in Pagefind's order", () => {
    const facets = new Map([
      ['lesson', { type: ['lesson'] }],
      ['case-est', { type: ['case-study'], country: ['est'] }],
      ['country-est', { type: ['country'], country: ['est'] }],
      ['case-kor', { type: ['case-study'], country: ['kor'] }],
    ]);
    const results = ['lesson', 'country-est', 'case-kor', 'case-est'].map((id) => ({ id }));
    expect(namedCountryFirst(results, facets, ['est']).map((r) => r.id)).toEqual([
      'case-est',
      'lesson',
      'country-est',
      'case-kor',
    ]);
    expect(namedCountryFirst(results, facets, []).map((r) => r.id)).toEqual(['lesson', 'country-est', 'case-kor', 'case-est']);
  });
});

describe('an excerpt', () => {
  it('starts at the sentence that holds its first match', () => {
    expect(excerptStart('of 3 · 30 minutes. Connectivity through <mark>partnership</mark>: more.')).toBe(
      'Connectivity through <mark>partnership</mark>: more.',
    );
    expect(excerptStart('study · Singapore. Digital Government <mark>Blueprint</mark>')).toBe(
      'Digital Government <mark>Blueprint</mark>',
    );
    expect(excerptStart('· Uzbekistan. <mark>Law</mark> ZRU-547')).toBe('<mark>Law</mark> ZRU-547');
  });

  it('says with an ellipsis when the sentence began before the excerpt', () => {
    expect(excerptStart('the <mark>network</mark> was built')).toBe('… the <mark>network</mark> was built');
  });

  it('is left alone when it starts a sentence or with the match', () => {
    expect(excerptStart('The <mark>network</mark> was built')).toBe('The <mark>network</mark> was built');
    expect(excerptStart('<mark>broadband</mark> for all')).toBe('<mark>broadband</mark> for all');
  });
});
