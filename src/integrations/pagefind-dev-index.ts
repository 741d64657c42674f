// In `astro dev`, serves the search index from the last `npm run build` (dist/pagefind/), so /search/ works while
// editing; with no build yet, the requests 404 and /search/ says the index is made by `npm run build`.
// The index itself is built by scripts/search-index.ts after `astro build` (docs/decisions/009-build-steps-in-own-processes.md).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Serves `<outDir>/pagefind/` under /pagefind/ in the dev server. */
export function pagefindDevIndex(): AstroIntegration {
  let outDir = new URL('../../dist/', import.meta.url);
  return {
    name: 'dge-pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
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
