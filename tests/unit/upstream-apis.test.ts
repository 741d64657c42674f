// The build relies on two private upstream interfaces: Astro's data-layer virtual module (src/integrations/
// content-store.ts) and Pagefind's file format (scripts/lib/pagefind-format/). Neither is covered by semver, so an
// upgrade must be a decision: these tests fail on any other installed version, naming what to re-check and where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_DECISION, PAGEFIND_VERSION } from '../../scripts/lib/pagefind-format/version.ts';
import { ASTRO_VERIFIED, CONTENT_STORE_DECISION, astroPrivateNames } from '../../src/integrations/content-store.ts';

const modules = new URL('../../node_modules/', import.meta.url);
const installed = (name: string) =>
  (JSON.parse(readFileSync(new URL(`${name}/package.json`, modules), 'utf8')) as { version: string }).version;
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('the private upstream interfaces the build relies on', () => {
  it('finds the Pagefind release whose file format scripts/lib/pagefind-format/ reads', () => {
    expect(
      installed('pagefind'),
      `pagefind ${installed('pagefind')} is installed but scripts/lib/pagefind-format/ reads Pagefind ${PAGEFIND_VERSION}: ` +
        `follow scripts/lib/pagefind-format/UPGRADING.md (${PAGEFIND_DECISION})`,
    ).toBe(PAGEFIND_VERSION);
  });

  it('pins pagefind in package.json to exactly that release, so npm update cannot change it', () => {
    expect(manifest.devDependencies['pagefind'], `package.json must pin "pagefind": "${PAGEFIND_VERSION}"`).toBe(
      PAGEFIND_VERSION,
    );
  });

  it('finds the Astro release the content-store hook was verified against', () => {
    expect(
      installed('astro'),
      `astro ${installed('astro')} is installed but src/integrations/content-store.ts was verified on ${ASTRO_VERIFIED}: ` +
        `re-check it as ${CONTENT_STORE_DECISION} says`,
    ).toBe(ASTRO_VERIFIED);
  });

  it("finds the names of Astro's data store that the hook replaces", () => {
    const consts = readFileSync(new URL('astro/dist/content/consts.js', modules), 'utf8');
    for (const name of Object.values(astroPrivateNames))
      expect(consts, `astro/dist/content/consts.js no longer has "${name}": see ${CONTENT_STORE_DECISION}`).toContain(
        `"${name}"`,
      );
  });
});
