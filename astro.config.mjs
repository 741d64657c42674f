// Wires the site together; the parts live in src/ (see README.md's folder map).
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdown } from './src/markdown/sanitize.ts';
import { linkSourceMarkers } from './src/markdown/source-markers.ts';
import { siteUrl } from './src/config/site.ts';
import { inSitemap } from './src/lib/sitemap-filter.ts';
import { pagefindDevIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [sitemap({ filter: inSitemap }), pagefindDevIndex()],
  markdown: { processor: satteri({ hastPlugins: [sanitizeMarkdown, linkSourceMarkers] }) },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
