// Keeps `astro build`'s peak memory near what it really holds. V8 lets the heap grow to up to four times what survived
// the last full garbage collection before it collects again, and the build makes a lot of short-lived garbage (the
// content sync re-serialises its whole store; every page goes through strings, a Response and a Buffer). Peak RSS
// measured with V8's default, growth capped at 2x and at 1.5x: 1,000 case studies 720 / 585 / 570 MB (about 120 MB
// live); 10,000 with an empty content cache 2.57 / 1.9 / 1.7 GB; 10,000 after a config change (Astro clears a full
// cache, then re-renders) - / 2.75 / 1.7 GB. CPU time within the noise (10,000: 13 full collections instead of 9,
// +0.5 s). It sets no limit (the heap may still grow as far as Node allows), so a larger site cannot run out of memory
// because of it. `node:v8` flags set at run time apply to the garbage collections that follow.
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

// The heap grows to at most (1 + percent / 100) times its live size before the next full collection.
const heapGrowingPercent = 50;

/** In `astro build` only, caps V8's heap growing factor (see above). */
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
