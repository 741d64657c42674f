import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { defineHastPlugin } from 'satteri';

/**
 * The files the Markdown plugins in `dir` are made of: every module there and every module they import by a relative
 * path, transitively, sorted.
 * @example markdownSources('/repo/src/markdown') // ['/repo/src/i18n/en.json', '/repo/src/i18n/t.ts', …]
 */
export function markdownSources(dir: string): string[] {
  const seen = new Set<string>();
  const queue = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g))
      queue.push(resolve(dirname(file), m[1] ?? ''));
  }
  return [...seen].sort();
}

/**
 * Astro keeps every entry's rendered Markdown between builds (node_modules/.astro) and renders it again only when the
 * entry or the site's config changes; the plugins' code is not part of the config it compares, so after a change to
 * a plugin the pages kept the old output. This plugin does nothing but carry a digest of the plugins' sources in its
 * name, which is part of the config: a change to any of them makes Astro render the content again.
 */
export function markdownCacheKey(dir: string) {
  const hash = createHash('sha256');
  for (const file of markdownSources(dir)) hash.update(relative(dir, file)).update(readFileSync(file));
  return defineHastPlugin({ name: `dgx-sources-${hash.digest('hex').slice(0, 16)}` });
}
