// `astro build` of a static site with the single-file store prerenders from the content store's cache file instead of
// a copy bundled into the code; otherwise Astro's module is kept: docs/decisions/003-content-store-from-cache.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The Astro release this hook was verified against; tests/unit/upstream-apis.test.ts fails when another is installed. */
export const ASTRO_VERIFIED = '7.3.5';
/** The decision record that explains the hook and how to revisit it. */
export const CONTENT_STORE_DECISION = 'docs/decisions/003-content-store-from-cache.md';
/** Astro's private names this hook relies on (astro/dist/content/consts.js). */
export const astroPrivateNames = { virtualModule: 'astro:data-layer-content', storeFile: 'data-store.json' } as const;

/** Astro's virtual module for the data store, as Vite resolves it. */
const storeModule = new RegExp(`^\\0${astroPrivateNames.virtualModule}$`);

/** Makes the prerender step read the content data store from `<cacheDir>/data-store.json`. */
export function contentStoreFromCache(): AstroIntegration {
  return {
    name: 'dge-content-store-from-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static' || config.experimental.collectionStorage !== 'single-file') return;
        const file = fileURLToPath(new URL(astroPrivateNames.storeFile, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dge-content-store-from-cache',
                // Before Astro's own load hook, which would read and serialise the whole store first.
                load: {
                  order: 'pre',
                  filter: { id: storeModule },
                  handler: () =>
                    existsSync(file)
                      ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`
                      : null,
                },
              },
            ],
          },
        });
      },
    },
  };
}
