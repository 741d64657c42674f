import { expect, test } from '@playwright/test';

// "On this page" on the long page types (issue 13): every link lands on a heading of the page; beside the text and in
// view on a wide screen, right after the summary on a phone.
const pages = {
  'a case study': '/case-studies/est-estwin-rural-broadband/',
  'a country': '/countries/uzb/',
  'a principle': '/framework/transparency/',
  'a lesson': '/training/bridging-the-digital-divide/connectivity-through-partnership/',
};

for (const [kind, path] of Object.entries(pages)) {
  test(`the contents list of ${kind} links only to headings on the page`, async ({ page }) => {
    await page.goto(path);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^#./);
      const target = page.locator(`[id="${href.slice(1)}"]`);
      await expect(target, href).toHaveCount(1);
      expect(await target.evaluate((el) => /^H[1-6]$/.test(el.tagName)), `${href} is a heading`).toBe(true);
    }
  });
}

test('the contents list sits in the right column and stays in view on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pages['a case study']);
  const nav = page.getByRole('navigation', { name: 'On this page' });
  const [navBox, titleBox] = [await nav.boundingBox(), await page.locator('h1').boundingBox()];
  expect(navBox && titleBox && navBox.x > titleBox.x + 300).toBe(true);
  await page.locator('#sources').scrollIntoViewIfNeeded();
  const after = await nav.boundingBox();
  expect(after && after.y >= 0 && after.y < 800, `contents at y=${after?.y} after scrolling`).toBe(true);
});

test('the contents list comes right after the summary on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pages['a case study']);
  const nav = page.getByRole('navigation', { name: 'On this page' });
  const lead = await page.locator('.lead').first().boundingBox();
  const navBox = await nav.boundingBox();
  const worked = await page.locator('#what-worked').boundingBox();
  expect(lead && navBox && worked && lead.y < navBox.y && navBox.y < worked.y).toBe(true);
});
