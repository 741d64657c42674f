import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { builtHtml } from './site.ts';
import { builtRecords, type PrincipleRecord } from './data-files.ts';

const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;
const snapshots = readdirSync('tests/fixtures').filter((f) => /^sitemap-\d+\.\d+\.\d+\.txt$/.test(f));

/** Fetches a path as served; follows a redirect page once. Returns a problem, or undefined when it resolves. */
async function problemWith(request: APIRequestContext, path: string): Promise<string | undefined> {
  const res = await request.get(path);
  if (res.status() !== 200) return `${path}: status ${res.status()}`;
  const target = refresh.exec(await res.text())?.[1];
  if (!target) return undefined;
  const [to = '', fragment] = target.split('#');
  const landing = await request.get(to);
  if (landing.status() !== 200) return `${path} → ${to}: status ${landing.status()}`;
  if (fragment && !(await landing.text()).includes(`id="${fragment}"`)) return `${path} → ${target}: no #${fragment} there`;
  return undefined;
}

test('the sitemap of at least one release is kept as a snapshot', () => expect(snapshots.length).toBeGreaterThan(0));

for (const file of snapshots) {
  test(`every URL in the ${file} snapshot still resolves, directly or through a redirect`, async ({ request }) => {
    const paths = readFileSync(`tests/fixtures/${file}`, 'utf8').split('\n').filter(Boolean);
    const problems = (await Promise.all(paths.map((p) => problemWith(request, p)))).filter(Boolean);
    expect(problems).toEqual([]);
  });
}

test('every principle and clause has a short URL that redirects to its page and anchor', async ({ request }) => {
  const principles = builtRecords<PrincipleRecord>('principles');
  expect(principles.length).toBeGreaterThanOrEqual(7);
  for (const p of principles) {
    expect(refresh.exec(builtHtml(`/framework/${p.id.toLowerCase()}/`))?.[1]).toBe(`/framework/${p.slug}/`);
    const page = builtHtml(`/framework/${p.slug}/`);
    for (const c of p.clauses) {
      const anchor = c.id.toLowerCase().replace('.', '-');
      expect(page).toContain(`id="${anchor}"`);
      expect(page).toContain(`href="/framework/${anchor}/"`);
      expect(await problemWith(request, `/framework/${anchor}/`)).toBeUndefined();
      expect(refresh.exec(builtHtml(`/framework/${anchor}/`))?.[1]).toBe(`/framework/${p.slug}/#${anchor}`);
    }
  }
});

test('a clause short URL opens the principle page scrolled to the highlighted clause', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/framework/p3-4/');
  await expect(page).toHaveURL(/\/framework\/transparency\/#p3-4$/);
  await expect(page.locator('#p3-4')).toBeInViewport();
  await expect(page.locator('#p3-4')).toHaveCSS('outline-style', 'solid');
});

test('a redirect page has a language, a title, a visible link, a canonical link and noindex', () => {
  const html = builtHtml('/framework/p3-2/');
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/framework\/transparency\/">/);
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<a href="\/framework\/transparency\/#p3-2">[^<]+\/framework\/transparency\/#p3-2<\/a>/);
});

test('the explicit redirect list is built too: the API folder leads to its documentation', async ({ page }) => {
  await page.goto('/api/v1/');
  await expect(page).toHaveURL(/\/data\/$/);
  await expect(page.locator('h1')).toHaveText('Open data');
});
