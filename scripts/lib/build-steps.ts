// The steps of `npm run build` after the content check, in order, each in its own process (why:
// docs/decisions/009-build-steps-in-own-processes.md). scripts/build.ts runs them; the search benchmark and the CMS
// tests' scratch builds (tests/e2e/cms/scratch.ts) run this same list.
import { join } from 'node:path';

/** One step: a Node script with its arguments and the environment it needs on top of the caller's. */
export interface BuildStep {
  name: 'astro build' | 'CMS bundle' | 'search index';
  script: string;
  args: string[];
  env: Record<string, string>;
}

/** Allocator settings: docs/decisions/002-allocator-variables.md. */
const allocators = { MALLOC_ARENA_MAX: '2', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/**
 * The build's steps for the site in `root` (the folder holding astro.config.mjs), writing to `<root>/dist`.
 * @example buildSteps('/repo')[2] // { name: 'search index', script: '/repo/scripts/search-index.ts', args: ['dist'], env: {} }
 */
export function buildSteps(root: string): BuildStep[] {
  return [
    {
      name: 'astro build',
      script: join(root, 'node_modules/astro/bin/astro.mjs'),
      args: ['build'],
      env: allocators,
    },
    // Bundling the CMS (when its cache is stale) is a Rolldown build too.
    { name: 'CMS bundle', script: join(root, 'scripts/build-cms.ts'), args: ['dist'], env: allocators },
    { name: 'search index', script: join(root, 'scripts/search-index.ts'), args: ['dist'], env: {} },
  ];
}
