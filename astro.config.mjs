// Wires the site together; the parts live in src/ (see README.md's folder map).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdown } from './src/markdown/sanitize.ts';
import { linkSourceMarkers } from './src/markdown/source-markers.ts';
import { scrollTables } from './src/markdown/table-scroll.ts';
import { markdownCacheKey } from './src/markdown/cache-key.ts';
import { siteUrl } from './src/config/site.ts';
import { inSitemap } from './src/lib/sitemap-filter.ts';
import { pagefindDevIndex } from './src/integrations/pagefind-dev-index.ts';
import { contentStoreFromCache } from './src/integrations/content-store.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { openDataRecords } from './src/integrations/open-data-records.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [buildMemory(), sitemap({ filter: inSitemap }), pagefindDevIndex(), contentStoreFromCache(), openDataRecords()],
  markdown: {
    processor: satteri({
      hastPlugins: [
        sanitizeMarkdown,
        linkSourceMarkers,
        scrollTables,
        markdownCacheKey(fileURLToPath(new URL('./src/markdown', import.meta.url))),
      ],
    }),
  },
  // concurrency 4: pages render while others are written. Figures: docs/decisions/013-build-concurrency.md
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
});
