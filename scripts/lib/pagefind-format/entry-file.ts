// The JSON files of a Pagefind bundle, as far as the sharded indexing reads them.

/** pagefind-entry.json, e.g. `{ version: '1.6.0', languages: { en: { hash: 'en_92d2382bf5', wasm: 'en', page_count: 1129 } } }`. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}
