import { expect, test } from '@playwright/test';
import { builtHtml, readingPages } from './site.ts';

test('reading pages ship no script other than JSON-LD data', () => {
  const offenders = readingPages().filter((url) =>
    [...builtHtml(url).matchAll(/<script\b([^>]*)>/gi)].some((m) => !/type="application\/ld\+json"/.test(m[1] ?? '')),
  );
  expect(offenders).toEqual([]);
});

test('a case study page loads no JavaScript file in the browser', async ({ page }) => {
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
