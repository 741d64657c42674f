import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { egdiGroup } from '../../src/lib/egdi-group.ts';

test('the home page introduces the platform and links to every section', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Digital Governance Exchange');
  await expect(page.locator('h1')).toHaveText('Learn what worked in digital government');
  for (const name of ['Case studies', 'Countries', 'Framework', 'Training', 'About', 'Contribute'])
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Newest case studies' })).toBeVisible();
  // An even number of cards: the two-column grid never ends on an orphan.
  expect(await page.locator('main .card').count()).toBe(6);
  await expect(page.getByRole('heading', { name: 'Start from a challenge' })).toBeVisible();
  expect(await page.locator('.home-challenges a[href^="/challenges/"]').count()).toBeGreaterThanOrEqual(6);
});

test('a case study shows its facts, verdicts, lessons and numbered sources', async ({ page }) => {
  await page.goto('/case-studies/est-x-road-once-only/');
  await expect(page.locator('h1')).toContainText('X-Road');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/case-studies\/est-x-road-once-only\/$/);
  const facts = page.getByRole('definition');
  await expect(facts.getByRole('link', { name: 'Estonia' })).toBeVisible();
  for (const heading of ['What worked', "What didn't work", 'Lessons for other countries', 'Sources'])
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  expect(await page.locator('#sources + ol > li').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#source-1 a')).toHaveAttribute('href', /^https?:\/\//);
  await expect(page.getByText(/Last reviewed/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Case studies');
});

test('a country page shows an indicator table with sources and a chart', async ({ page }) => {
  await page.goto('/countries/uzb/');
  await expect(page.locator('h1')).toHaveText('Uzbekistan');
  const table = page.locator('#indicator-table');
  await expect(table.locator('caption')).toContainText('Uzbekistan');
  await expect(table.locator('tr[data-indicator="egdi"] td[data-year="2024"]')).toContainText('0.7999');
  await expect(table.locator('tr[data-indicator="internet-use-rural"] td[data-year="2021"]')).toContainText('72.3%');
  await expect(page.locator('#indicator-table-source-1 a')).toHaveAttribute('href', /^https?:\/\//);
  await expect(page.locator('svg[role="img"] title').first()).toContainText('EGDI');
  expect(await page.locator('main .card').count()).toBeGreaterThanOrEqual(2);
});

test('browse pages list case studies by country and theme with counts', async ({ page }) => {
  await page.goto('/case-studies/');
  const byCountry = page.getByRole('navigation', { name: 'Browse by country' });
  await expect(byCountry.getByRole('listitem').filter({ hasText: 'Estonia' })).toContainText(/\(\d+\)/);
  await byCountry.getByRole('link', { name: 'Singapore' }).click();
  await expect(page.locator('h1')).toHaveText('Case studies from Singapore');
  const cards = page.locator('main .card');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  for (const card of await cards.all()) await expect(card).toContainText('Singapore');
});

test('the countries page groups every profile by region, with its EGDI group from its latest EGDI', async ({ page }) => {
  const profiles = readdirSync('content/countries').filter((f) => f.endsWith('.md'));
  await page.goto('/countries/');
  const regions = await page.locator('main table[data-region]').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-region')));
  expect(new Set(regions).size).toBe(regions.length);
  for (const file of profiles) {
    const { data } = parseFrontmatter(readFileSync(`content/countries/${file}`, 'utf8'));
    const id = file.replace(/\.md$/, '');
    const row = page.locator(`table[data-region="${String(data['region'])}"] tr[data-country="${id}"]`);
    await expect(row, `${id} under its region ${String(data['region'])}`).toHaveCount(1);
    const egdi = (data['indicators'] as { indicator: string; year: number; value: number }[])
      .filter((v) => v.indicator === 'egdi')
      .sort((a, b) => b.year - a.year)[0];
    if (egdi) await expect(row.locator('td[data-group]')).toHaveAttribute('data-group', egdiGroup(egdi.value));
  }
  // Moldova entered the Very High group in 2024 (FACTS.md supplement); its row says so.
  await expect(page.locator('tr[data-country="mda"] td[data-group]')).toHaveText('Very high');
  await expect(page.getByRole('heading', { level: 2, name: 'Africa' })).toBeVisible();
});

test('the framework page lists seven principles and each principle shows its clauses', async ({ page }) => {
  await page.goto('/framework/');
  await expect(page.getByText('Version 0.1.0').first()).toBeVisible();
  await expect(page.locator('.principles > li')).toHaveCount(7);
  await page.getByRole('link', { name: /^P3: / }).click();
  await expect(page.locator('h1')).toHaveText(/^P3: /);
  const clauses = page.locator('.clause');
  expect(await clauses.count()).toBeGreaterThanOrEqual(3);
  await expect(clauses.first()).toHaveAttribute('id', 'p3-1');
  await expect(clauses.first().getByRole('link', { name: 'Link to clause P3.1' })).toHaveAttribute('href', '#p3-1');
});

test('a training module lists its lessons and a lesson has previous/next and a self-check', async ({ page }) => {
  await page.goto('/training/');
  expect(await page.locator('main .card-list > li').count()).toBeGreaterThanOrEqual(3);
  await page.goto('/training/privacy-by-design/');
  const lessons = page.getByRole('navigation', { name: 'Lessons' }).getByRole('listitem');
  expect(await lessons.count()).toBeGreaterThanOrEqual(3);
  await lessons.nth(1).getByRole('link').click();
  await expect(page.getByText('Lesson 2 of')).toBeVisible();
  await expect(page.locator('a[rel="prev"]')).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toBeVisible();
  expect(await page.locator('#self-check ~ ol > li, .self-check > ol > li').count()).toBeGreaterThanOrEqual(3);
});

test('about and contribute pages render their text', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main')).toContainText('CC BY 4.0');
  await page.goto('/contribute/');
  await expect(page.locator('main')).toContainText('content/README.md');
});

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
