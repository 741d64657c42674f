// `npm run bench:site`: builds the site and prints build time, page count and the weight of reading pages
// (HTML with its inlined CSS, gzip-compressed as a host would serve it, plus any external CSS/JS they load).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const appSections = ['search/', 'admin/', 'compare/'];

const start = process.hrtime.bigint();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (build.status !== 0) process.exit(build.status ?? 1);

const files: string[] = [];
const walk = (d: string): void => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dist, p));
  }
};
walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const reading = pages.filter((p) => !appSections.some((s) => p.startsWith(s)));
const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;

const weights = reading
  .map((p) => {
    const html = readFileSync(join(dist, p), 'utf8');
    const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="\/([^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');
    return { page: p, html: gz(p), assets: assets.reduce((n, a) => n + gz(a), 0), raw: Buffer.byteLength(html) };
  })
  .sort((a, b) => b.html + b.assets - (a.html + a.assets));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = weights[Math.floor(weights.length / 2)];
const largest = weights[0];

console.table({
  'build (npm run build), s': seconds.toFixed(1),
  'pages built (HTML)': pages.length,
  'reading pages': reading.length,
  'largest reading page': largest?.page,
  'largest: HTML+inlined CSS, gzip': largest && kb(largest.html),
  'largest: external CSS/JS, gzip': largest && kb(largest.assets),
  'largest: HTML raw': largest && kb(largest.raw),
  'median reading page, gzip': median && kb(median.html + median.assets),
  'reading pages loading external CSS/JS': weights.filter((w) => w.assets > 0).length,
});
