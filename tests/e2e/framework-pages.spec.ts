import { expect, test } from '@playwright/test';
import { builtHtml, readingPages, redirectTarget } from './site.ts';
import { builtRecords, type CaseStudyRecord, type PrincipleRecord } from './data-files.ts';

const principles = builtRecords<PrincipleRecord>('principles');

test('the change log lists version 0.1.0 with its date, what changed, why, and links to the principles', async ({ page }) => {
  await page.goto('/framework/changelog/');
  const release = page.getByRole('region', { name: /Version 0\.1\.0/ });
  await expect(release).toContainText('27 November 2026: First public draft.');
  await expect(release).toContainText('Why:');
  for (const p of principles)
    await expect(release.getByRole('link', { name: `${p.id}: ${p.title}` })).toHaveAttribute(
      'href',
      `/framework/${p.id.toLowerCase()}/`,
    );
});

test('each principle and clause shows the version that introduced it, linked to the change log', async ({ page }) => {
  await page.goto('/framework/privacy/');
  await expect(page.getByRole('link', { name: 'Introduced in version 0.1.0' }).first()).toHaveAttribute(
    'href',
    '/framework/changelog/#v0-1-0',
  );
  await expect(page.locator('#p1-1').getByRole('link', { name: 'Introduced in version 0.1.0' })).toBeVisible();
  await expect(page.getByText('Last updated: 27 November 2026')).toBeVisible();
});

test('every reading page says when it was last updated or reviewed, from its content', () => {
  const missing = readingPages()
    .filter((u) => u !== '/404.html' && !redirectTarget(u))
    .filter((u) => !/Last (updated|reviewed): <time[^>]* datetime="\d{4}-\d{2}-\d{2}"/.test(builtHtml(u)));
  expect(missing).toEqual([]);
});

test('the printable framework has every principle and clause, the version, the date and the address', async ({ page }) => {
  await page.goto('/framework/print/');
  const main = page.locator('main');
  await expect(main).toContainText('Version0.1.0');
  await expect(main).toContainText('27 November 2026');
  const address = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
  await expect(main.getByRole('link', { name: `${address}/framework/` })).toBeVisible();
  for (const p of principles) {
    await expect(page.getByRole('heading', { name: `${p.id}: ${p.title}` })).toBeVisible();
    for (const c of p.clauses)
      await expect(page.locator(`#print-${c.id.toLowerCase().replace('.', '-')}`)).toContainText(`${address}/framework/`);
  }
});

test('printed, the framework drops the navigation, starts each principle on a new page and prints link addresses', async ({
  page,
}) => {
  await page.goto('/framework/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.principle').nth(1)).toHaveCSS('break-before', 'page');
  const after = await page
    .locator('.principle a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('a lessons page gathers what worked and what didn’t from every case on its theme, each linking to its case', async ({
  page,
}) => {
  const cases = builtRecords<CaseStudyRecord>('case-studies').filter((c) => c.themes.includes('open-data'));
  await page.goto('/lessons/open-data/');
  const worked = page.locator('section.what-worked li');
  await expect(worked).toHaveCount(cases.reduce((n, c) => n + c.whatWorked.length, 0));
  await expect(page.locator('section.what-didnt li')).toHaveCount(cases.reduce((n, c) => n + c.whatDidnt.length, 0));
  for (const item of await worked.all())
    await expect(item.locator('a[href^="/case-studies/"]').last()).toHaveAttribute('href', /^\/case-studies\/[a-z0-9-]+\/$/);
  await page.getByRole('link', { name: 'Case studies on Open data' }).click();
  await expect(page.locator('h1')).toHaveText('Case studies on Open data');
  await page.getByRole('link', { name: "What worked and what didn't on Open data" }).click();
  await expect(page).toHaveURL(/\/lessons\/open-data\/$/);
});

test('a source marker in a quoted lesson links to that source on the case study', () => {
  const html = builtHtml('/lessons/interoperability/');
  expect(html).toMatch(/href="\/case-studies\/est-x-road-once-only\/#source-1"/);
});
