// How each facet's values read and how many pages carry each, for the facets /search/ renders before Pagefind loads.
// The values of type, region, theme and audience are the vocabularies' ids, so the index, the URL and the labels
// share one source.
import { audiences, contentTypes, regions, themes, type Term } from '../../schemas/vocabularies.ts';
import { facetKeys, type FacetKey, type PageFacets } from './facet-keys.ts';

const vocabularies: Partial<Record<FacetKey, readonly Term[]>> = {
  type: contentTypes.terms,
  region: regions.terms,
  theme: themes.terms,
  audience: audiences.terms,
};

/** One value of a facet with its label and how many indexed pages carry it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/**
 * Every facet with the values that occur in `pages`, counted: vocabulary order for vocabularies, countries by name,
 * years newest first. `countryNames` maps a country id to its name (`est` → `Estonia`).
 * @example facetValues([{ type: ['country'], region: ['asia'] }], new Map()).region // [{ value: 'asia', label: 'Asia', count: 1 }]
 */
export function facetValues(
  pages: readonly PageFacets[],
  countryNames: ReadonlyMap<string, string>,
): Record<FacetKey, FacetValue[]> {
  const out = {} as Record<FacetKey, FacetValue[]>;
  for (const key of facetKeys) {
    const counts = new Map<string, number>();
    for (const page of pages) for (const v of page[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const terms = vocabularies[key];
    const values = [...counts].map(([value, count]) => ({
      value,
      count,
      label: terms?.find((term) => term.id === value)?.label ?? countryNames.get(value) ?? value,
    }));
    const order = terms ? (v: FacetValue) => terms.findIndex((term) => term.id === v.value) : undefined;
    out[key] = values.sort((a, b) =>
      order ? order(a) - order(b) : key === 'year' ? b.value.localeCompare(a.value) : a.label.localeCompare(b.label),
    );
  }
  return out;
}
