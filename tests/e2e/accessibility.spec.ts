import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, redirectTarget } from './site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Redirect pages leave at once (redirects.spec.ts checks them); axe runs on where they lead.
const pages = builtPages().filter((u) => !u.startsWith('/admin/') && !redirectTarget(u));

test('the build produced pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

for (const url of pages) {
  test(`${url} has no axe violations and no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// Dark mode has its own colours; check one page of each kind against them.
const samples = ['/', '/case-studies/', '/countries/uzb/', '/framework/transparency/', '/training/data-literacy/'];
for (const url of samples) {
  test(`${url} has no axe violations in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    expect(await violations(page)).toEqual([]);
  });
}

// WCAG 1.4.10 Reflow: at 320 CSS px nothing may make the page scroll sideways; wide tables scroll inside their box.
const narrow = { width: 320, height: 640 };

test('every page fits a 320 px wide screen without scrolling sideways, search results included', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(narrow);
  const wide: string[] = [];
  const check = async (url: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > narrow.width) wide.push(`${url}: ${width} px`);
  };
  for (const url of pages) {
    await page.goto(url);
    await check(url);
  }
  await page.goto('/search/?q=interoperability&type=case-study');
  await expect(page.locator('#search-results[aria-busy="false"] > li').first()).toBeVisible();
  await check(page.url());
  expect(wide).toEqual([]);
});

// Where a table is wider than 320 px it scrolls in its box: that box must still pass axe (keyboard, names).
const wideTables = ['/countries/', '/countries/uzb/', '/compare/', '/data/', '/training/data-literacy/reading-an-indicator/'];
for (const url of wideTables) {
  test(`${url} has no axe violations on a 320 px wide screen, where its table scrolls in its box`, async ({ page }) => {
    await page.setViewportSize(narrow);
    await page.goto(url);
    const scrolling = await page
      .locator('.table-scroll')
      .evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).length);
    expect(scrolling).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });
}

test('on a wide screen the header, the breadcrumbs and the page share one column, whatever the content', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  for (const url of ['/about/', '/search/?q=data', '/case-studies/est-x-road-once-only/', '/countries/']) {
    await page.goto(url);
    const edges = await page
      .locator('body > header .wrapper, body > .wrapper, body > main')
      .evaluateAll((els) =>
        els.map((e) => `${Math.round(e.getBoundingClientRect().left)}–${Math.round(e.getBoundingClientRect().right)}`),
      );
    expect(edges.length, url).toBeGreaterThanOrEqual(4);
    expect(new Set(edges).size, `${url}: ${edges.join(', ')}`).toBe(1);
  }
});

test('the line above a page title sits as far below the breadcrumbs on every page that has one', async ({ page }) => {
  const gaps: Record<string, number> = {};
  for (const url of [
    '/case-studies/est-x-road-once-only/',
    '/framework/',
    '/framework/transparency/',
    '/training/bridging-the-digital-divide/measuring-the-divide/',
  ]) {
    await page.goto(url);
    const kicker = page.locator('main p.kicker');
    await expect(kicker, url).toHaveCount(1);
    gaps[url] = await page.evaluate(() => {
      const crumbs = document.querySelector('.breadcrumbs')?.getBoundingClientRect().bottom ?? NaN;
      return Math.round((document.querySelector('main p.kicker')?.getBoundingClientRect().top ?? NaN) - crumbs);
    });
  }
  expect(new Set(Object.values(gaps)).size, JSON.stringify(gaps)).toBe(1);
  expect(Object.values(gaps)[0]).toBeGreaterThanOrEqual(24);
});

test("the header's search field shows its whole example text from phone to desktop widths", async ({ page }) => {
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/about/');
    const { room, text } = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
      return { room: input.clientWidth - padding, text: context.measureText(input.placeholder).width };
    });
    expect(room, `${width} px`).toBeGreaterThanOrEqual(text);
  }
});

// Right-to-left readiness (tests/unit/logical-css.test.ts keeps the CSS logical): with dir="rtl" a page mirrors.
test('set right to left, a case study mirrors: brand, breadcrumbs, title, facts and text start at the right', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/case-studies/est-x-road-once-only/');
  const selectors = ['.site-header .brand', '.breadcrumbs li', 'main h1', 'main dl dt', 'main .lead', 'main #what-worked'];
  // Where each one's first line of text sits: its distance from the page column's left and right edges.
  const sides = () =>
    page.evaluate((sel) => {
      const column = document.querySelector('main')?.getBoundingClientRect();
      return sel.map((s) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(s) as Node);
        const line = range.getClientRects()[0];
        return {
          left: Math.round((line?.left ?? 0) - (column?.left ?? 0)),
          right: Math.round((column?.right ?? 0) - (line?.right ?? 0)),
        };
      });
    }, selectors);
  const ltr = await sides();
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  const rtl = await sides();
  selectors.forEach((s, i) => {
    const [l, r] = [ltr[i], rtl[i]];
    expect(l && l.left < l.right, `${s} starts at the left`).toBe(true);
    expect(r && r.right < r.left, `${s} starts at the right`).toBe(true);
    expect(
      Math.abs((r?.right ?? 0) - (l?.left ?? 0)),
      `${s} is as far from the right as it was from the left`,
    ).toBeLessThanOrEqual(2);
  });
});
