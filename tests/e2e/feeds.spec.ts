import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtHtml, builtPages, redirectTarget } from './site.ts';
import { builtRecords, type CaseStudyRecord } from './data-files.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'url', 'sitemap', 'category'].includes(name),
});
const cases = builtRecords<CaseStudyRecord>('case-studies');

interface Entry {
  id: string;
  title: string;
  published: string;
  updated: string;
  link: { '@_href': string };
}

/** Fetches an Atom feed, checks it is well-formed XML, and returns its entries. */
async function feedEntries(request: import('@playwright/test').APIRequestContext, path: string): Promise<Entry[]> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const xml = await res.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  const feed = (parser.parse(xml) as { feed: { '@_xmlns': string; entry?: Entry[] } }).feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  return feed.entry ?? [];
}

const ids = (entries: Entry[]) => entries.map((e) => new URL(e.id).pathname.split('/')[2]).sort();

test('the site feed is well-formed Atom with one entry per case study, newest update first', async ({ request }) => {
  const entries = await feedEntries(request, '/feeds/case-studies.xml');
  expect(ids(entries)).toEqual(cases.map((c) => c.id).sort());
  const updated = entries.map((e) => e.updated);
  expect(updated).toEqual([...updated].sort().reverse());
  for (const e of entries) expect(e.link['@_href']).toBe(e.id);
});

test('each country with case studies has a feed of exactly its case studies', async ({ request }) => {
  for (const country of new Set(cases.map((c) => c.country)))
    expect(ids(await feedEntries(request, `/feeds/countries/${country}.xml`))).toEqual(
      cases
        .filter((c) => c.country === country)
        .map((c) => c.id)
        .sort(),
    );
});

test('each theme with case studies has a feed of exactly its case studies', async ({ request }) => {
  for (const theme of new Set(cases.flatMap((c) => c.themes)))
    expect(ids(await feedEntries(request, `/feeds/themes/${theme}.xml`))).toEqual(
      cases
        .filter((c) => c.themes.includes(theme))
        .map((c) => c.id)
        .sort(),
    );
});

test('pages announce their feeds to browsers and feed readers', () => {
  expect(builtHtml('/')).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/case-studies.xml"');
  expect(builtHtml('/case-studies/theme/open-data/')).toContain('href="/feeds/themes/open-data.xml"');
  expect(builtHtml('/countries/est/')).toContain('href="/feeds/countries/est.xml"');
});

test('the sitemap lists every readable page and no redirect, CMS or 404 page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const files = (parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap;
  const listed: string[] = [];
  for (const f of files) {
    const xml = await (await request.get(new URL(f.loc).pathname)).text();
    listed.push(...(parser.parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => new URL(u.loc).pathname));
  }
  const expected = builtPages().filter((u) => u.endsWith('/') && !u.startsWith('/admin/') && !redirectTarget(u));
  expect(listed.sort()).toEqual(expected.sort());
  for (const path of listed) expect(builtHtml(path)).not.toContain('content="noindex"');
});

test('robots.txt allows crawling, keeps crawlers out of the CMS and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Disallow: /admin/');
  expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

/** The JSON-LD objects of a page. */
const jsonLd = (url: string) =>
  [...builtHtml(url).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
  );

test('a case study is described to search engines as an Article with Open Graph and Twitter metadata', async ({ page }) => {
  await page.goto('/case-studies/kor-public-data-portal/');
  const h1 = await page.locator('h1').innerText();
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', h1);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/case-studies\/kor-public-data-portal\/$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  const [ld] = jsonLd('/case-studies/kor-public-data-portal/');
  expect(ld).toMatchObject({ '@type': 'Article', headline: h1, license: 'https://creativecommons.org/licenses/by/4.0/' });
});

test('a training module is a schema.org Course and the framework a versioned CreativeWork', () => {
  expect(jsonLd('/training/data-literacy/')[0]).toMatchObject({
    '@type': 'Course',
    provider: { name: 'Digital Governance Exchange' },
  });
  const framework = jsonLd('/framework/')[0];
  expect(framework).toMatchObject({ '@type': 'CreativeWork', version: '0.1.0' });
  expect(framework?.['hasPart']).toHaveLength(cases.length > 0 ? builtRecords('principles').length : 0);
  expect(jsonLd('/framework/privacy/')[0]).toMatchObject({
    '@type': 'CreativeWork',
    version: '0.1.0',
    isPartOf: { '@type': 'CreativeWork' },
  });
});

test('every page has Open Graph and Twitter metadata', () => {
  const missing = builtPages()
    .filter((u) => !redirectTarget(u) && !u.startsWith('/admin/'))
    .filter((u) => !/property="og:title"/.test(builtHtml(u)) || !/name="twitter:card"/.test(builtHtml(u)));
  expect(missing).toEqual([]);
});
