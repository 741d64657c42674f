import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

// Every built page but the CMS (its markup is Decap's) is valid HTML (issue 15): html-validate's "standard" rules,
// which are the HTML standard's content models, attributes and ids, not a style guide.
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: { 'meta-refresh': 'error', 'no-dup-id': 'error' },
});
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
  .sort();

test('every built page is valid HTML', async () => {
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join('dist', file), 'utf8'), file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test("a redirect page's refresh names its target as the standard spells it, with a space after the semicolon", () => {
  const redirects = pages.filter((f) => readFileSync(join('dist', f), 'utf8').includes('http-equiv="refresh"'));
  expect(redirects.length).toBeGreaterThan(0);
  for (const f of redirects)
    expect(readFileSync(join('dist', f), 'utf8'), f).toMatch(/<meta http-equiv="refresh" content="0; url=[^"]+"/);
});
