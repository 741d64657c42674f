// The search facets: their keys in the order /search/ shows them, their legends, and the shape of a page's values.
// Each key is a Pagefind filter of the same name (data-pagefind-filter) and a URL parameter of /search/. Only type
// imports here, so the browser bundle stays small; facet-values.ts labels and counts the values, indexed-types.ts
// says which values each content type's pages carry.
import type { MessageKey } from '../../i18n/t.ts';
import type { ContentTypeId } from '../../schemas/vocabularies.ts';

/** Facet keys, e.g. `'theme'` for `/search/?theme=open-data`. */
export const facetKeys = ['type', 'country', 'region', 'theme', 'year', 'audience'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The legend of each facet on /search/. */
export const facetLabels: Record<FacetKey, MessageKey> = {
  type: 'search.facet.type',
  country: 'search.facet.country',
  region: 'search.facet.region',
  theme: 'search.facet.theme',
  year: 'search.facet.year',
  audience: 'search.facet.audience',
};

/** A page's facet values, as indexed with data-pagefind-filter, e.g. `{ type: ['case-study'], country: ['est'] }`. */
export type PageFacets = { type: readonly [ContentTypeId] } & Partial<Record<Exclude<FacetKey, 'type'>, readonly string[]>>;
