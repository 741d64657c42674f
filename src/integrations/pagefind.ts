// Builds the Pagefind search index as soon as `astro build` has written the site (astro:build:done), with Pagefind's
// Node API. An integration rather than a separate npm script: nothing that builds the site (npm run build, the search
// benchmark, a bare `astro build`) can ship pages without their index, and `astro dev` can serve the last index.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind could not ${step}: ${errors.join('; ') || 'no pages found'}`);
};

/** Writes `<outDir>/pagefind/` after the build; in dev, serves the last one built (or a 404 the search page explains). */
export function pagefindIndex(): AstroIntegration {
  let outDir = new URL('../dist/', import.meta.url);
  return {
    name: 'dge-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) return fail('start', errors);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0 || added.page_count === 0) fail('index the site', added.errors);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) fail('write the index', written.errors);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        const root = fileURLToPath(new URL('pagefind/', outDir));
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = join(root, normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
