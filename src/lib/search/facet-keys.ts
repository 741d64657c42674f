// The search facets' keys, in the order /search/ shows them. Each is a Pagefind filter of the same name
// (data-pagefind-filter) and a URL parameter of /search/. Kept free of imports so the browser bundle stays small;
// src/lib/search/facets.ts gives each key its label and vocabulary.

/** Facet keys, e.g. `'theme'` for `/search/?theme=open-data`. */
export const facetKeys = ['type', 'country', 'region', 'theme', 'year', 'audience'] as const;
export type FacetKey = (typeof facetKeys)[number];
