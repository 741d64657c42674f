import { expect, test } from '@playwright/test';

test('a reader goes from home to a case study, to its country, to a principle it illustrates', async ({ page }) => {
  await page.goto('/');
  await page.locator('main .card h3 a').first().click();
  await expect(page.getByRole('heading', { name: 'What worked' })).toBeVisible();
  const caseTitle = await page.locator('h1').textContent();

  await page.getByRole('definition').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/countries\/[a-z]{3}\/$/);
  await expect(page.locator('main')).toContainText(caseTitle ?? '');

  await page.goto('/case-studies/est-x-road-once-only/');
  await page.getByRole('complementary', { name: 'Framework principles this case illustrates' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/framework\/[a-z-]+\/$/);
  await expect(page.locator('h1')).toHaveText(/^P\d+: /);
});

test('a clause anchor scrolls the clause into view and highlights it', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/framework/privacy/#p1-3');
  const clause = page.locator('#p1-3');
  await expect(clause).toBeInViewport();
  await expect(clause).toHaveCSS('outline-style', 'solid');
});

test('serves a favicon at /favicon.ico, where browsers ask for one unprompted', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  // An ICO file starts with reserved 0 and type 1.
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
