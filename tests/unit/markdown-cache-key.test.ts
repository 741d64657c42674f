import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { markdownCacheKey, markdownSources } from '../../src/markdown/cache-key.ts';

test("the site's Markdown plugins are made of their own files and everything they import", () => {
  const root = resolve('src');
  const sources = markdownSources(join(root, 'markdown')).map((f) => f.slice(root.length + 1));
  expect(sources).toEqual(
    expect.arrayContaining([
      'markdown/sanitize.ts',
      'markdown/source-markers.ts',
      'markdown/table-scroll.ts',
      'lib/is-safe-url.ts',
      'lib/source-markers.ts',
      'i18n/t.ts',
      'i18n/en.json',
    ]),
  );
});

const scratch = mkdtempSync(join(tmpdir(), 'dge-markdown-key-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a change to a plugin, or to a file it imports, changes the key Astro compares, and nothing else does', () => {
  mkdirSync(join(scratch, 'markdown'));
  mkdirSync(join(scratch, 'lib'));
  writeFileSync(join(scratch, 'markdown', 'plugin.ts'), "import { helper } from '../lib/helper.ts';\n");
  writeFileSync(join(scratch, 'lib', 'helper.ts'), 'export const helper = 1;\n');
  writeFileSync(join(scratch, 'lib', 'unrelated.ts'), 'export const other = 1;\n');
  const key = () => markdownCacheKey(join(scratch, 'markdown')).name;
  const first = key();
  expect(first).toMatch(/^dgx-sources-[0-9a-f]{16}$/);
  writeFileSync(join(scratch, 'lib', 'unrelated.ts'), 'export const other = 2;\n');
  expect(key()).toBe(first);
  writeFileSync(join(scratch, 'lib', 'helper.ts'), 'export const helper = 2;\n');
  const second = key();
  expect(second).not.toBe(first);
  writeFileSync(join(scratch, 'markdown', 'plugin.ts'), "import { helper } from '../lib/helper.ts';\nexport const x = helper;\n");
  expect(key()).not.toBe(second);
});
