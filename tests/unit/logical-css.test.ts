import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Right-to-left readiness: the site's CSS says start/end (margin-inline-start, inset-inline-end, text-align: start …),
// never left/right, and inline/block sizes, never width/height, so a page in Arabic mirrors by setting dir="rtl".
// Media queries are about the screen, not the writing direction, and may use min-width.
const physical =
  /(?:^|[\s;{])((?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?|left|right|top|bottom|(?:min-|max-)?(?:width|height)|float|clear)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/;

/** Every CSS rule body of the site: .css files and <style> blocks of .astro files, with the file and line. */
function cssLines(dir: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const file = join(dir, name);
    if (!name.endsWith('.css') && !name.endsWith('.astro')) continue;
    const text = readFileSync(file, 'utf8');
    const css = name.endsWith('.css') ? text : (text.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []).join('\n');
    const offset = name.endsWith('.css') ? 0 : text.slice(0, text.indexOf(css.split('\n')[0] ?? '')).split('\n').length - 1;
    css.split('\n').forEach((line, i) => out.push({ where: `${file}:${offset + i + 1}`, text: line }));
  }
  return out;
}

test('the CSS checked is the real CSS: the global styles and the components’ own', () => {
  const files = new Set(cssLines('src').map((l) => l.where.replace(/:\d+$/, '')));
  expect([...files]).toEqual(expect.arrayContaining(['src/styles/global.css', 'src/components/SearchBox.astro']));
});

test('the CSS uses logical properties only, so right-to-left pages mirror', () => {
  const found = cssLines('src')
    .filter((l) => !/^\s*@media/.test(l.text) && !/^\s*(\/\*|\*)/.test(l.text))
    .filter((l) => physical.test(l.text))
    .map((l) => `${l.where}: ${l.text.trim()}`);
  expect(found).toEqual([]);
});

test('the check finds a physical property when there is one', () => {
  for (const bad of [
    '  margin-left: 1rem;',
    '  width: 10px;',
    '  text-align: right;',
    'a { left: 0 }',
    '  border-top-width: 1px;',
  ])
    expect(physical.test(bad), bad).toBe(true);
  for (const good of ['  margin-inline-start: 1rem;', '  inline-size: 10px;', '  text-align: end;', '  inset-inline-start: 0;'])
    expect(physical.test(good), good).toBe(false);
});
