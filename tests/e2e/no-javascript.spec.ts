import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtHtml, readingPages } from './site.ts';

// The one script reading pages may ship: src/components/citation/cite.ts, inlined by Astro as a module. It fills in
// the reader's access date and reveals the copy buttons; it is known by the two selectors it looks for.
const isCitationScript = (attrs: string, body: string) =>
  attrs.trim() === 'type="module"' && body.includes('[data-accessed]') && body.includes('button[data-copy]');

test('reading pages ship no script other than JSON-LD data and the citation script, at most 2 KB gzipped', () => {
  const offenders: string[] = [];
  const citationScripts = new Set<string>();
  for (const url of readingPages()) {
    const html = builtHtml(url);
    let count = 0;
    for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/type="application\/ld\+json"/.test(attrs)) continue;
      if (isCitationScript(attrs, body)) {
        citationScripts.add(body);
        count++;
      } else offenders.push(`${url}: <script${attrs}>`);
    }
    // Only pages with a citation block carry the script, and then once.
    if (count !== (/\sdata-cite[\s>]/.test(html) ? 1 : 0)) offenders.push(`${url}: ${count} citation scripts`);
  }
  expect(offenders).toEqual([]);
  expect(citationScripts.size).toBe(1);
  const [script = ''] = citationScripts;
  expect(gzipSync(script).length).toBeLessThanOrEqual(2048);
});

test('a case study page loads no JavaScript file in the browser (its citation script is inline)', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/case-studies/est-x-road-once-only/');
  await expect(page.locator('h1')).toBeVisible();
  expect(scripts).toEqual([]);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader browses from the case studies to a theme and reads a case', async ({ page }) => {
    await page.goto('/case-studies/');
    await page.getByRole('navigation', { name: 'Browse by theme' }).getByRole('link', { name: 'Digital divide' }).click();
    await expect(page.locator('h1')).toHaveText('Case studies on Digital divide');
    await page.locator('main article h2 a').first().click();
    await expect(page.getByRole('heading', { name: "What didn't work" })).toBeVisible();
  });

  test('a learner reveals a self-check answer', async ({ page }) => {
    await page.goto('/training/data-literacy/');
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link').first().click();
    const first = page.locator('#question-1');
    await expect(first.getByText('Answer:')).toBeHidden();
    await first.getByText('Show the answer').click();
    await expect(first.getByText('Answer:')).toBeVisible();
  });

  test('the header search box is a plain form that lands on /search/ with the query', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Search the exchange').fill('broadband');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=broadband$/);
  });
});
