import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';

/** Opens /search/ with a query string and waits until the results for `q` are on screen. */
async function searchFor(page: Page, query: string, q = new URLSearchParams(query).get('q') ?? '') {
  await page.goto(`/search/${query}`);
  await expect(page.locator(`#search-results[data-query="${q}"] > li`).first()).toBeVisible();
  await settled(page);
  return page.locator('#search-results > li');
}
/** Waits until the list holds every result of the current search and the facets show its counts (aria-busy="true"
 * on either while they are being updated). */
async function settled(page: Page) {
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#search-filters')).toHaveAttribute('aria-busy', 'false');
}
const resultUrls = (page: Page) =>
  page.locator('#search-results > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const resultCount = async (page: Page) => Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
const countOf = async (page: Page, id: string) =>
  Number((await page.locator(`label[for="${id}"] .count`).textContent())?.replace(/\D/g, ''));
/** Shows every result with "Show more results" and returns their URLs in order. */
async function allResultUrls(page: Page) {
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?\b/);
  const total = await resultCount(page);
  const items = page.locator('#search-results > li');
  for (let shown = await items.count(); shown < total; shown = await items.count()) {
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(items).toHaveCount(Math.min(shown + 10, total));
  }
  return resultUrls(page);
}
/** The facet counts once they are the search's own, not the site-wide totals the page starts with. */
async function searchFacetCounts(page: Page) {
  const counts = page.locator('.facet .count');
  const totals = await page.locator('.facet input').evaluateAll((boxes) => boxes.map((b) => `(${b.dataset['total']})`));
  await expect(counts).not.toHaveText(totals);
  return counts.allTextContents();
}
/** Whether a built page declares a date for Pagefind's sort (principles do not). */
const hasDate = (url: string | null) => readFileSync(`dist${url}index.html`, 'utf8').includes('data-pagefind-sort="date[');

// Real queries over the real content, each with the page a reader expects first.
const expectedFirst: [string, string][] = [
  ['X-Road', '/case-studies/est-x-road-once-only/'],
  ['once-only', '/case-studies/est-x-road-once-only/'],
  ['data embassy', '/case-studies/est-data-embassy/'],
  ['Luxembourg', '/case-studies/est-data-embassy/'],
  ['e-Residency', '/case-studies/est-e-residency/'],
  ['Singpass', '/case-studies/sgp-singpass/'],
  ['data.gov.sg', '/case-studies/sgp-data-gov-sg/'],
  ['Digital Academy', '/case-studies/sgp-digital-academy/'],
  ['20,000 public officers', '/case-studies/sgp-data-science-training/'],
  ['OURdata', '/case-studies/kor-ourdata-leadership/'],
  ['Koh Jean', '/case-studies/kor-digital-platform-government/'],
  ['my.gov.uz', '/case-studies/uzb-my-gov-uz/'],
  ['ZRU-547', '/case-studies/uzb-personal-data-law/'],
  ['Denmark', '/countries/dnk/'],
  ['broadband', '/training/bridging-the-digital-divide/connectivity-through-partnership/'],
  ['rural internet', '/training/bridging-the-digital-divide/measuring-the-divide/'],
  ['P3.2', '/framework/transparency/'],
  // The case studies of the eight countries added for issue 12, by the names they use.
  ['eVorog', '/case-studies/ukr-diia-wartime-services/'],
  ['EGAP', '/case-studies/ukr-egap-swiss-partnership/'],
  ['MConnect', '/case-studies/mda-mconnect-interoperability/'],
  ['MPass', '/case-studies/mda-mpass-msign-m-platforms/'],
  ['CrimsonLogic', '/case-studies/rwa-irembo-public-private-partnership/'],
  ['DigiLocker', '/case-studies/ind-digilocker/'],
  ['UPI', '/case-studies/ind-upi-unified-payments-interface/'],
  ['Aadhaar Supreme Court', '/case-studies/ind-aadhaar-identity-law-and-supreme-court/'],
  ['Auxílio Emergencial', '/case-studies/bra-emergency-aid-digital-exclusion/'],
  ['gov.br gold account', '/case-studies/bra-gov-br-account-levels/'],
  ['Kenes1414Bot', '/case-studies/kaz-egov-covid-19-emergency/'],
  ['electronic digital signature', '/case-studies/kaz-eds-signature-and-two-step-login/'],
  ['MitID', '/case-studies/dnk-nemid-to-mitid/'],
  ['Basic Data Programme', '/case-studies/dnk-basic-data-programme/'],
  // Natural-language questions naming a country and a topic (issue 13): that country's case on the topic first.
  ['Estonia rural broadband', '/case-studies/est-estwin-rural-broadband/'],
  ['Ukraine digital services in wartime', '/case-studies/ukr-diia-wartime-services/'],
  ['India biometric ration shops', '/case-studies/ind-aadhaar-authentication-ration-shops/'],
  ['Kenya payment platform audit', '/case-studies/ken-ecitizen-vendor-control-and-audit/'],
  ['Brazil account fraud', '/case-studies/bra-gov-br-account-fraud-and-trust/'],
  ['Kazakhstan portal overload pandemic', '/case-studies/kaz-egov-covid-19-emergency/'],
  ['Moldova data exchange law', '/case-studies/mda-mconnect-interoperability/'],
  ['Rwanda public-private partnership', '/case-studies/rwa-irembo-public-private-partnership/'],
  ['Uzbekistan personal data law', '/case-studies/uzb-personal-data-law/'],
  ['Denmark mandatory digital mail', '/case-studies/dnk-digital-post-mandatory/'],
  ['Singapore training public officers data', '/case-studies/sgp-data-science-training/'],
  ['Moldova assisted service centres', '/case-studies/mda-e-governance-agency-and-service-centres/'],
];
for (const [q, url] of expectedFirst) {
  test(`searching "${q}" puts ${url} first`, async ({ page }) => {
    await searchFor(page, `?${new URLSearchParams({ q })}`);
    expect((await resultUrls(page))[0]).toBe(url);
  });
}

test('excerpts start at a sentence, a match or an ellipsis, never mid-sentence ("minutes. …")', async ({ page }) => {
  await searchFor(page, '?q=Estonia+rural+broadband');
  const excerpts = await page.locator('#search-results > li > p.excerpt').evaluateAll((ps) => ps.map((p) => p.innerHTML));
  expect(excerpts.length).toBeGreaterThan(2);
  for (const html of excerpts) expect(html).toMatch(/^(… |<mark>|[\p{Lu}\p{N}"“‘'(])/u);
});

test('a clause ID puts that clause first, and its link lands on the highlighted clause', async ({ page }) => {
  const results = await searchFor(page, '?q=P7.4');
  const clause = results.first().locator('.sections a').first();
  await expect(clause).toHaveText('P7.4');
  await expect(clause).toHaveAttribute('href', '/framework/rights-and-equality/#p7-4');
  await clause.click();
  await expect(page.locator('#p7-4')).toBeInViewport();
  await expect(page.locator('#p7-4')).toHaveCSS('outline-style', 'solid');
});

test('a result shows its title, type, country, an excerpt with the words marked and sections linking to anchors', async ({
  page,
}) => {
  const first = (await searchFor(page, '?q=X-Road')).first();
  await expect(first.locator('h3')).toHaveText("X-Road and the once-only principle: Estonia's data exchange layer");
  await expect(first.locator('.kind')).toHaveText('Case study · Estonia');
  await expect(first.locator('.excerpt mark').first()).toHaveText(/X-Road/);
  const sections = await first.locator('.sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(sections.length).toBeGreaterThan(0);
  for (const href of sections) expect(href).toMatch(/^\/case-studies\/est-x-road-once-only\/#[a-z-]+$/);
});

test('typing searches as you type, keeps the query in the URL and announces the count', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status')).toHaveText('Type a word or a clause ID such as P3.2, or choose filters to browse.');
  await page.getByLabel('Search for').pressSequentially('Singpass', { delay: 30 });
  await expect(page).toHaveURL(/\/search\/\?q=Singpass$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Singpass”$/);
  const shown = await page.locator('#search-results > li').count();
  await expect(page.getByRole('status')).toHaveText(`${shown} results for “Singpass”`);
});

test('ticking a facet narrows the results to the count it showed, and the other counts follow', async ({ page }) => {
  await searchFor(page, '?q=data');
  await expect(page.getByRole('status')).toHaveText(/results for “data”/);
  const all = await resultCount(page);
  const asia = await countOf(page, 'facet-region-asia');
  expect(asia).toBeGreaterThan(0);
  expect(asia).toBeLessThan(all);
  await page.getByRole('checkbox', { name: /^Asia/ }).check();
  await expect(page).toHaveURL(/\?q=data&region=asia$/);
  await expect(page.getByRole('status')).toHaveText(`${asia} results for “data”`);
  await expect(page.locator('#search-results > li')).toHaveCount(Math.min(asia, 10));
  await settled(page);
  // Ticked facets keep counting their other values as alternatives ("Asia or Europe").
  expect(await countOf(page, 'facet-region-europe')).toBeGreaterThan(0);
  for (const kind of await page.locator('#search-results .kind').allTextContents()) expect(kind).not.toMatch(/Estonia|Denmark/);
  // Estonia now counts only the pages filed under Asia too: challenges that Asian and Estonian cases both answer.
  const estonianInAsia = await countOf(page, 'facet-country-est');
  await page.getByRole('checkbox', { name: /^Estonia/ }).check();
  await expect(page.getByRole('status')).toHaveText(`${estonianInAsia} results for “data”`);
  for (const kind of await page.locator('#search-results .kind').allTextContents()) expect(kind).toMatch(/^Challenge/);
});

test('choosing filters without words browses: every case study on the digital divide in Asia', async ({ page }) => {
  const asian = new Set(
    readdirSync('content/countries')
      .filter((f) => parseFrontmatter(readFileSync(`content/countries/${f}`, 'utf8')).data['region'] === 'asia')
      .map((f) => f.replace(/\.md$/, '')),
  );
  const expected = readdirSync('content/case-studies')
    .filter((f) => {
      const { data } = parseFrontmatter(readFileSync(`content/case-studies/${f}`, 'utf8'));
      return asian.has(String(data['country'])) && (data['themes'] as string[]).includes('digital-divide');
    })
    .map((f) => `/case-studies/${f.replace(/\.md$/, '')}/`)
    .sort();
  expect(expected.length).toBeGreaterThan(0);

  await page.goto('/search/');
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /^Case study/ })
    .check();
  await page
    .getByRole('group', { name: 'Theme' })
    .getByRole('checkbox', { name: /^Digital divide/ })
    .check();
  await page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Asia/ }).check();
  await expect(page).toHaveURL(/\/search\/\?type=case-study&region=asia&theme=digital-divide$/);
  await expect(page.getByRole('status')).toHaveText(expected.length === 1 ? '1 result' : `${expected.length} results`);
  expect((await resultUrls(page)).sort()).toEqual(expected);
  const titles = await page.locator('#search-results > li h3').allTextContents();
  expect(titles).toEqual([...titles].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })));
});

test('"Newest first" browses the case studies by published date, newest first, in the order Pagefind sorts them', async ({
  page,
}) => {
  const published = new Map(
    readdirSync('content/case-studies').map((f) => {
      const date = parseFrontmatter(readFileSync(`content/case-studies/${f}`, 'utf8')).data['published'] as Date;
      return [`/case-studies/${f.replace(/\.md$/, '')}/`, date.toISOString().slice(0, 10)];
    }),
  );
  await page.goto('/search/?type=case-study&sort=newest');
  await expect(page.getByLabel('Sort by')).toHaveValue('newest');
  await expect(page.getByRole('status')).toHaveText(`${published.size} results`);
  const urls = await allResultUrls(page);
  expect([...urls].sort()).toEqual([...published.keys()].sort());
  const dates = urls.map((url) => published.get(url ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  // Same-day pages come in Pagefind's order, so the list must be Pagefind's own date sort, case studies only.
  const sorted = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const { results } = (await pagefind.search(null, { sort: { date: 'desc' } })) as {
      results: { data: () => Promise<{ url: string }> }[];
    };
    return Promise.all(results.map(async (r) => (await r.data()).url));
  });
  expect(urls).toEqual(sorted.filter((url) => url.startsWith('/case-studies/')));
});

test('"Newest first" keeps the pages with no date, after the dated ones in best-match order, with the same counts', async ({
  page,
}) => {
  await searchFor(page, '?q=data');
  const best = await allResultUrls(page);
  const facetCounts = await searchFacetCounts(page);

  await searchFor(page, '?q=data&sort=newest');
  await expect(page.getByRole('status')).toHaveText(`${best.length} results for “data”`);
  const newest = await allResultUrls(page);
  expect([...newest].sort()).toEqual([...best].sort());
  const undated = best.filter((url) => !hasDate(url));
  expect(undated).toContain('/framework/transparency/');
  expect(newest.slice(0, newest.length - undated.length).every(hasDate)).toBe(true);
  expect(newest.slice(newest.length - undated.length)).toEqual(undated);
  expect(newest).not.toEqual(best);
  expect(await searchFacetCounts(page)).toEqual(facetCounts);
});

test('choosing "Newest first" reorders the results at once, by keyboard, and the back button restores "Best match"', async ({
  page,
}) => {
  await searchFor(page, '?q=data');
  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('relevance');
  const best = await resultUrls(page);

  await sort.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/search\/\?q=data&sort=newest$/);
  await expect(sort).toHaveValue('newest');
  await expect(sort).toBeFocused();
  // The change event started the new search, and with it aria-busy, before the URL changed.
  await settled(page);
  const newest = await resultUrls(page);
  expect(newest).not.toEqual(best);
  expect(hasDate(newest[0] ?? null)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=data$/);
  await expect(sort).toHaveValue('relevance');
  await expect.poll(() => resultUrls(page)).toEqual(best);

  await page.goForward();
  await expect(sort).toHaveValue('newest');
  await expect.poll(() => resultUrls(page)).toEqual(newest);
  await page.reload();
  await expect(sort).toHaveValue('newest');
  await expect.poll(() => resultUrls(page)).toEqual(newest);
});

test('the chosen order stays in the URL while typing', async ({ page }) => {
  await page.goto('/search/?sort=oldest');
  await expect(page.getByLabel('Sort by')).toHaveValue('oldest');
  await page.getByLabel('Search for').pressSequentially('Singpass', { delay: 30 });
  await expect(page).toHaveURL(/\/search\/\?q=Singpass&sort=oldest$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Singpass”$/);
});

test('the results list is marked busy while results are still arriving, and the facets until their counts follow', async ({
  page,
}) => {
  // Each result's fragment is held back until the test lets it through, so the search stays half-rendered.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/?q=data');
  const list = page.locator('#search-results');
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#search-filters')).toHaveAttribute('aria-busy', 'true');
  await expect(list.locator('> li')).toHaveCount(0);
  release();
  await settled(page);
  await expect(list.locator('> li')).toHaveCount(10);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “data”$/);
});

test('a search with no results says so and suggests browsing', async ({ page }) => {
  await page.goto('/search/?q=zyxwvut');
  await expect(page.getByRole('status')).toHaveText('No results for “zyxwvut”.');
  const none = page.locator('#search-none');
  await expect(none).toContainText('No results for “zyxwvut”.');
  await expect(none).toContainText('browse');
  await expect(none.getByRole('link', { name: 'Case studies' })).toHaveAttribute('href', '/case-studies/');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('a search survives a reload and the back button restores the previous one', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search for').fill('data');
  await expect(page.getByRole('status')).toHaveText(/results for “data”/);
  const unfiltered = (await page.getByRole('status').textContent()) ?? '';
  await page.getByRole('checkbox', { name: /^Europe/ }).check();
  await expect(page).toHaveURL(/\?q=data&region=europe$/);
  await expect(page.getByRole('status')).not.toHaveText(unfiltered);
  const filtered = (await page.getByRole('status').textContent()) ?? '';

  await page.reload();
  await expect(page.getByLabel('Search for')).toHaveValue('data');
  await expect(page.getByRole('checkbox', { name: /^Europe/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(filtered);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=data$/);
  await expect(page.getByRole('checkbox', { name: /^Europe/ })).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText(unfiltered);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Europe/ })).toBeChecked();
});

test('/search/ shows one search box: its own, not the header one as well', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.goto('/countries/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
});

test('the header search box lands on /search/ with results', async ({ page }) => {
  await page.goto('/countries/');
  await page.getByLabel('Search the exchange').fill('X-Road');
  await page.getByLabel('Search the exchange').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=X-Road$/);
  await expect(page.locator('#search-results > li h3 a').first()).toHaveAttribute('href', '/case-studies/est-x-road-once-only/');
});

test('search works by keyboard and keeps focus where the reader is', async ({ page }) => {
  await page.goto('/search/?type=case-study');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results$/);
  const caseStudies = (await page.getByRole('status').textContent()) ?? '';
  const typeBox = page.getByRole('checkbox', { name: /^Case study/ });
  await typeBox.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=case-study&type=country|type=country.*type=case-study/);
  await expect(page.getByRole('checkbox', { name: /^Country profile/ })).toBeFocused();
  await expect(page.getByRole('status')).not.toHaveText(caseStudies);

  await page.getByRole('button', { name: 'Show more results' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').nth(10).locator('a').first()).toBeFocused();

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByLabel('Search for')).toBeFocused();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('on a narrow screen the filters start folded, say how many apply, and the results come first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await searchFor(page, '?q=broadband&region=europe');
  const panel = page.locator('#search-filters');
  const summary = page.locator('#search-filters-summary');
  await expect(panel).toHaveJSProperty('open', false);
  await expect(summary).toHaveText('Filters (1 applied)');
  await expect(page.locator('#search-results > li h3 a').first()).toBeInViewport();

  await summary.click();
  await expect(panel).toHaveJSProperty('open', true);
  await page.getByRole('checkbox', { name: /^Estonia/ }).check();
  await expect(page).toHaveURL(/country=est/);
  await expect(summary).toHaveText('Filters (2 applied)');
  await expect(panel).toHaveJSProperty('open', true);

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(summary).toHaveText('Filters');
});

test('on a wide screen the filters are always open beside the results, also after a narrow start', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await searchFor(page, '?q=broadband&region=europe');
  await expect(page.locator('#search-filters')).toHaveJSProperty('open', false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('#search-filters')).toHaveJSProperty('open', true);
  await expect(page.getByRole('checkbox', { name: /^Europe/ })).toBeVisible();
  await expect(page.locator('#search-filters-summary')).toBeHidden();
});

test("the facets' totals are Pagefind's own counts over the index", async ({ page }) => {
  await page.goto('/search/');
  const rendered = await page
    .locator('.facet input[type="checkbox"]')
    .evaluateAll((boxes) =>
      boxes.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}:${b.dataset['total']}`),
    );
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const filters = (await pagefind.filters()) as Record<string, Record<string, number>>;
    return Object.entries(filters).flatMap(([key, values]) =>
      Object.entries(values)
        .filter(([, n]) => n > 0)
        .map(([value, n]) => `${key}=${value}:${n}`),
    );
  });
  expect(rendered.sort()).toEqual(indexed.sort());
});

test('/search/ with a query, filters and an order has no axe violations, in light and dark mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await searchFor(page, '?q=data&type=case-study&region=asia&sort=newest');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('/search/ says search needs JavaScript and links to the browse pages', async ({ page }) => {
    await page.goto('/search/?q=X-Road');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByLabel('Search for')).toBeHidden();
    const browse: [string, string][] = [
      ['Case studies', '/case-studies/'],
      ['Countries', '/countries/'],
      ['Framework', '/framework/'],
      ['Training', '/training/'],
    ];
    for (const [name, href] of browse) {
      await expect(page.locator('main .no-js').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expect(
      page.getByRole('navigation', { name: 'Browse by theme' }).getByRole('link', { name: 'Digital divide' }),
    ).toBeVisible();
  });
});
