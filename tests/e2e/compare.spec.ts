import { expect, test } from '@playwright/test';
import { builtRecords } from './data-files.ts';

const countries = builtRecords<{ id: string; name: string }>('countries');
const column = (page: import('@playwright/test').Page, id: string) =>
  page.locator(`#compare-indicators thead th[data-country="${id}"]`);

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the comparison shows every profiled country, the table before the chart', async ({ page }) => {
    await page.goto('/compare/?c=est,sgp');
    await expect(page.locator('#compare-form')).toBeHidden();
    for (const c of countries) await expect(column(page, c.id)).toBeVisible();
    await expect(page.getByText(`Showing all ${countries.length} profiled countries.`)).toBeVisible();
    const tableFirst = await page.evaluate(() => {
      const table = document.querySelector('#compare-indicators');
      const chart = document.querySelector('svg[data-chart]');
      return !!table && !!chart && !!(table.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(tableFirst).toBe(true);
  });
});

test('the selection in the address shows only those countries, in the table, chart, case studies and lessons', async ({
  page,
}) => {
  await page.goto('/compare/?c=est,sgp');
  await expect(page.getByText('Showing Estonia, Singapore.')).toBeVisible();
  for (const c of countries) {
    const shown = c.id === 'est' || c.id === 'sgp';
    await expect(column(page, c.id)).toBeVisible({ visible: shown });
    await expect(page.locator(`#compare-cases thead th[data-country="${c.id}"]`)).toBeVisible({ visible: shown });
    await expect(page.locator(`section[data-country="${c.id}"]`)).toBeVisible({ visible: shown });
    await expect(page.locator(`svg[data-chart] g[data-series="${c.name}"]`).first()).toBeVisible({ visible: shown });
  }
  // Rows with no value for either country (Uzbekistan's internet-use series) are hidden.
  await expect(page.locator('#compare-indicators tr[data-indicator="internet-use-rural"]').first()).toBeHidden();
});

test('ticking a country adds it to the address, so the comparison can be shared', async ({ page }) => {
  await page.goto('/compare/?c=est,sgp');
  await page.getByRole('checkbox', { name: 'Uzbekistan' }).check();
  await expect(page).toHaveURL(/\/compare\/\?c=est,sgp,uzb$/);
  await expect(column(page, 'uzb')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Uzbekistan' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Denmark' })).not.toBeChecked();
});

test('fewer than two countries is refused with a message and the comparison stays', async ({ page }) => {
  await page.goto('/compare/?c=est,sgp');
  await page.getByRole('checkbox', { name: 'Singapore' }).click();
  await expect(page.getByRole('status')).toHaveText('Choose at least two countries.');
  await expect(page.getByRole('checkbox', { name: 'Singapore' })).toBeChecked();
  await expect(page).toHaveURL(/\?c=est,sgp$/);
});
