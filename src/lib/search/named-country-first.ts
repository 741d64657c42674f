// A query that names a country and a topic ("Estonia rural broadband") asks for that country's case study on the topic.
// Pagefind ranks by where the words occur, so a lesson whose title holds all three words can outrank the case itself;
// here the case studies of a country the query names move ahead, each group keeping Pagefind's order.
import type { Facets } from './facet-index.ts';

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The ids of the countries whose whole name occurs in the query, as words, when the query also names a topic: a
 * country's name alone asks for its profile, which Pagefind already ranks first.
 * @example countriesNamed('Estonia rural broadband', new Map([['est', 'Estonia'], ['kor', 'Republic of Korea']])) // ['est']
 * @example countriesNamed('Korea open data', new Map([['kor', 'Republic of Korea']])) // ['kor']
 */
export function countriesNamed(query: string, names: ReadonlyMap<string, string>): string[] {
  const q = ` ${words(query).join(' ')} `;
  const said = (name: string) => q.includes(` ${words(name).join(' ')} `) && q.trim() !== words(name).join(' ');
  // "Republic of Korea" is also asked for as "Korea".
  return [...names]
    .filter(([, name]) => said(name) || said(name.replace(/^(the )?(republic|kingdom|state) of /i, '')))
    .map(([id]) => id);
}

/**
 * Results with the case studies of the named countries first; otherwise in the order given.
 * @example namedCountryFirst([{ id: 'lesson' }, { id: 'case' }], facets, ['est']) // [{ id: 'case' }, { id: 'lesson' }]
 */
export function namedCountryFirst<R extends { id: string }>(
  results: readonly R[],
  facets: ReadonlyMap<string, Facets>,
  countries: readonly string[],
): R[] {
  const named = (r: R) => {
    const f = facets.get(r.id);
    return !!f?.type?.includes('case-study') && !!f.country?.some((c) => countries.includes(c));
  };
  return [...results.filter(named), ...results.filter((r) => !named(r))];
}
