import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A machine-readable copy of FACTS.md's tables; tests/unit/facts-fixture.test.ts checks it against FACTS.md itself.
interface EgdiRow {
  country: string;
  year: number;
  rank: number;
  egdi: number;
  osi: number;
  hci: number;
  tii: number;
  factsLine: number;
}
interface InternetRow {
  country: string;
  year: number;
  urban: number;
  rural: number;
  factsLine: number;
}
interface SupplementRow extends Omit<EgdiRow, 'factsLine'> {
  rankLine: number;
  componentsLine: number;
}
const facts = JSON.parse(readFileSync('tests/fixtures/facts/un-egov-survey.json', 'utf8')) as {
  egdi: EgdiRow[];
  internetUse: InternetRow[];
  egdiSupplement: SupplementRow[];
};

const cell = (page: import('@playwright/test').Page, indicator: string, year: number) =>
  page.locator(`#indicator-table tr[data-indicator="${indicator}"] td[data-year="${year}"]`);

for (const country of [...new Set(facts.egdi.map((r) => r.country))]) {
  test(`the ${country} country page shows every EGDI figure exactly as FACTS.md gives it`, async ({ page }) => {
    await page.goto(`/countries/${country}/`);
    for (const row of facts.egdi.filter((r) => r.country === country)) {
      const where = `FACTS.md line ${row.factsLine}`;
      await expect(cell(page, 'egdi-rank', row.year), where).toHaveAttribute('data-value', String(row.rank));
      for (const key of ['egdi', 'osi', 'hci', 'tii'] as const) {
        await expect(cell(page, key, row.year), `${key} ${row.year}, ${where}`).toHaveAttribute('data-value', String(row[key]));
        await expect(cell(page, key, row.year), `${key} ${row.year}, ${where}`).toContainText(row[key].toFixed(4));
      }
    }
  });
}

// The supplement's eight countries: values as printed there, e.g. 0.95773 (shown rounded to four places).
for (const country of [...new Set(facts.egdiSupplement.map((r) => r.country))]) {
  test(`the ${country} country page shows every EGDI figure exactly as FACTS.md's supplement gives it`, async ({ page }) => {
    await page.goto(`/countries/${country}/`);
    for (const row of facts.egdiSupplement.filter((r) => r.country === country)) {
      const where = `FACTS.md lines ${row.rankLine} and ${row.componentsLine}`;
      await expect(cell(page, 'egdi-rank', row.year), where).toHaveAttribute('data-value', String(row.rank));
      for (const key of ['egdi', 'osi', 'hci', 'tii'] as const) {
        await expect(cell(page, key, row.year), `${key} ${row.year}, ${where}`).toHaveAttribute('data-value', String(row[key]));
        await expect(cell(page, key, row.year), `${key} ${row.year}, ${where}`).toContainText(row[key].toFixed(4));
      }
    }
  });
}

test('the Uzbekistan page shows urban and rural internet use exactly as FACTS.md gives it', async ({ page }) => {
  await page.goto('/countries/uzb/');
  for (const row of facts.internetUse) {
    await expect(cell(page, 'internet-use-urban', row.year), `FACTS.md line ${row.factsLine}`).toContainText(
      `${row.urban.toFixed(1)}%`,
    );
    await expect(cell(page, 'internet-use-rural', row.year), `FACTS.md line ${row.factsLine}`).toContainText(
      `${row.rural.toFixed(1)}%`,
    );
  }
});
