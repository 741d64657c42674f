// The steps of `npm run build` after the content check, in order. Each runs in its own process, so the memory one
// step took is given back before the next starts and the build's peak is the largest step's, not their sum.
// scripts/build.ts runs them; the search benchmark (scripts/bench-search.ts) and the CMS tests' scratch builds
// (tests/e2e/cms/scratch.ts) run this same list, so they measure and test what `npm run build` does.
import { join } from 'node:path';

/** One step: a Node script with its arguments and the environment it needs on top of the caller's. */
export interface BuildStep {
  name: 'astro build' | 'CMS bundle' | 'search index';
  script: string;
  args: string[];
  env: Record<string, string>;
}

/**
 * Memory the allocators keep. glibc gives each thread that allocates (libuv's file writes) a malloc arena of its own
 * and keeps their freed memory: two arenas (peak RSS of `astro build` with 1,000 case studies, empty caches, three
 * alternating runs each: 620-645 → 615-622 MiB). Rolldown (the bundler, through mimalloc) commits its arenas up front
 * unless told not to: 605 → 455-460 MiB at 1,000 case studies, 1,700 → 1,559 MiB at 10,000, no slower. Other
 * allocators ignore both variables.
 */
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
    // Bundling the CMS (when its cache is stale) is a Rolldown build too: 668 → 631 MiB.
    { name: 'CMS bundle', script: join(root, 'scripts/build-cms.ts'), args: ['dist'], env: allocators },
    { name: 'search index', script: join(root, 'scripts/search-index.ts'), args: ['dist'], env: {} },
  ];
}
