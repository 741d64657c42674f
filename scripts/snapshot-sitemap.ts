// `npm run sitemap:snapshot` (after `npm run build`): records the built sitemap's paths as
// tests/fixtures/sitemap-<framework version>.txt. Run it for each release; tests/e2e/redirects.spec.ts then fails
// whenever a path of any recorded release stops resolving, directly or through a redirect.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { frameworkVersion } from '../src/config/framework.ts';

const paths = readdirSync('dist')
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) =>
    [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
  )
  .sort();
if (paths.length === 0) throw new Error('No sitemap in dist/: run npm run build first.');
const file = `tests/fixtures/sitemap-${frameworkVersion}.txt`;
writeFileSync(file, `${paths.join('\n')}\n`);
console.log(`${file}: ${paths.length} paths`);
