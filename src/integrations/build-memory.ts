// Keeps `astro build`'s peak memory near what it really holds, with no heap limit: docs/decisions/005-v8-heap-growth.md.
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

// The heap grows to at most (1 + percent / 100) times its live size before the next full collection.
const heapGrowingPercent = 50;

/** In `astro build` only, caps V8's heap growing factor (the flag applies to the garbage collections that follow). */
export function buildMemory(): AstroIntegration {
  return {
    name: 'dge-build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
      },
    },
  };
}
