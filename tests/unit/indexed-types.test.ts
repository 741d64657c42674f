// The registry of searchable types (src/lib/search/indexed-types.ts) and the templates it names: a page type whose
// template forgets SearchMeta, or passes another type's facets, would be missing from search or mis-filed.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedTypes } from '../../src/lib/search/indexed-types.ts';
import { contentTypes } from '../../src/schemas/vocabularies.ts';

const root = new URL('../../', import.meta.url).pathname;
const pages = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
const source = (template: string) => readFileSync(join(root, template), 'utf8');
/** How a template passes its type's facets, e.g. `indexedTypes['case-study'].facets(` or `indexedTypes.country.facets(`. */
const facetsCall = (type: string) => new RegExp(`indexedTypes(\\.${type}|\\['${type}'\\])\\.facets\\(`);

describe('the registry of searchable types', () => {
  it('registers every content type of the vocabulary, and only those', () => {
    expect(Object.keys(indexedTypes).sort()).toEqual([...contentTypes.ids].sort());
  });

  it.each(Object.entries(indexedTypes))("has %s's template render SearchMeta with that type's facets", (type, t) => {
    const text = source(t.template);
    expect(text, `${t.template} must render <SearchMeta>`).toMatch(/<SearchMeta\s/);
    expect(text, `${t.template} must pass indexedTypes['${type}'].facets(…) to SearchMeta`).toMatch(facetsCall(type));
  });

  it('names, as templates, every page that renders SearchMeta', () => {
    const templates = new Set(Object.values(indexedTypes).map((t) => t.template));
    const withMeta = pages('src/pages').filter((p) => /<SearchMeta\s/.test(source(p)));
    expect(withMeta.length).toBeGreaterThan(0);
    for (const p of withMeta) expect(templates, `${p} renders SearchMeta but is not in indexed-types.ts`).toContain(p);
  });

  it("gives each page its type's id as the type facet", () => {
    const country = { id: 'est', data: { region: 'europe' } } as never;
    expect(indexedTypes.country.facets(country)).toEqual({ type: ['country'], country: ['est'], region: ['europe'] });
    const module = { data: { themes: ['open-data'], audience: ['delegates'] } } as never;
    expect(indexedTypes.lesson.facets(module)).toEqual({ type: ['lesson'], theme: ['open-data'], audience: ['delegates'] });
  });
});
