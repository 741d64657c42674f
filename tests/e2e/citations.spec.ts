import { expect, test, type Page } from '@playwright/test';
import { builtHtml } from './site.ts';
import { builtJson, builtRecords, type PrincipleRecord } from './data-files.ts';

const styles = ['apa', 'chicago', 'bibtex', 'ris'];
const origin = async (page: Page) => new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
const version = builtJson<{ frameworkVersion: string }>('/api/v1/index.json').frameworkVersion;

test('every case study, principle, clause and training module has a citation in all four styles', () => {
  const missing: string[] = [];
  const check = (url: string, prefix: string) => {
    const html = builtHtml(url);
    for (const s of styles) if (!html.includes(`id="${prefix}-${s}"`)) missing.push(`${url} ${prefix}-${s}`);
  };
  for (const type of ['case-studies', 'training'])
    for (const item of builtJson<{ items: { url: string }[] }>(`/api/v1/${type}.json`).items)
      check(new URL(item.url).pathname, 'cite');
  for (const p of builtRecords<PrincipleRecord>('principles')) {
    check(`/framework/${p.slug}/`, 'cite');
    for (const c of p.clauses) check(`/framework/${p.slug}/`, `cite-${c.id.toLowerCase().replace('.', '-')}`);
  }
  expect(missing).toEqual([]);
});

test('a principle citation names the framework version and the permanent short URL in every style', async ({ page }) => {
  await page.goto('/framework/transparency/');
  const site = await origin(page);
  for (const s of styles) {
    const text = await page.locator(`#cite-${s}`).innerText();
    expect(text).toContain(version);
    expect(text).toContain(`${site}/framework/p3/`);
  }
});

test('a clause citation opens from its clause and names the clause, version and its own short URL', async ({ page }) => {
  await page.goto('/framework/transparency/');
  const site = await origin(page);
  await page.locator('#p3-2').getByText('Cite clause P3.2').click();
  const bibtex = page.locator('#cite-p3-2-bibtex');
  await expect(bibtex).toBeVisible();
  await expect(bibtex).toContainText(`version      = {${version}}`);
  await expect(bibtex).toContainText(`url          = {${site}/framework/p3-2/}`);
  await expect(page.locator('#cite-p3-2-apa')).toContainText('Clause P3.2 (P3: Transparency)');
});

test('a case study citation gives its review date, stable URL and licence', async ({ page }) => {
  await page.goto('/case-studies/est-x-road-once-only/');
  const site = await origin(page);
  const cite = page.getByRole('region', { name: 'Cite this case study' });
  await expect(cite.locator('#cite-apa')).toContainText(`[Case study]. Retrieved`);
  await expect(cite.locator('#cite-ris')).toContainText(`UR  - ${site}/case-studies/est-x-road-once-only/`);
  await expect(cite.locator('#cite-ris')).toContainText(/DA {2}- \d{4}\/\d{2}\/\d{2}/);
  await expect(cite.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
});

test('the reader’s browser fills in today’s date, and Copy puts the citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/training/data-literacy/');
  const today = await page.evaluate(() => new Date().toLocaleString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }));
  const apa = page.locator('#cite-apa');
  await expect(apa).toContainText(`Retrieved ${today}, from`);
  await expect(page.locator('#cite-bibtex')).not.toContainText('[accessed date]');
  await page.getByRole('button', { name: 'Copy APA 7' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await apa.innerText()).trim());
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('citations are all there, with a placeholder for the access date and no copy buttons', async ({ page }) => {
    await page.goto('/training/privacy-by-design/');
    for (const s of styles) await expect(page.locator(`#cite-${s}`)).toBeVisible();
    await expect(page.locator('#cite-apa')).toContainText('Retrieved [accessed date], from');
    await expect(page.locator('#cite-ris')).toContainText('Y2  - [accessed date]');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});
