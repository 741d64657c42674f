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
