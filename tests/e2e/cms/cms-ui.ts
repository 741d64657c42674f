// Driving Decap CMS through its real UI (stack-notes.md §7): fields are found by their labels, a relation or select
// is typed into and its option picked, list items are added with their "Add …" button.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens /admin/, clicks Login (the local backend still asks) and waits for the collections. */
export async function logIn(page: Page, base: string): Promise<void> {
  // Decap asks before leaving an unsaved entry and before publishing; Playwright would dismiss the question.
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('heading', { name: 'Collections', exact: true })).toBeVisible({ timeout: 20_000 });
}

/** The input of a field, by its label (Decap labels every control and adds "(optional)" to optional ones). */
export const field = (page: Page, label: string): Locator =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`));

/** Picks an option of a relation or select widget by typing part of its label. */
export async function pick(page: Page, label: string, typed: string, option: string): Promise<void> {
  await field(page, label).fill(typed);
  await page.locator('[id*="-option-"]').filter({ hasText: option }).first().click();
}

/** Adds an item to a list of plain text values and types it. */
export async function addItem(page: Page, listId: string, text: string): Promise<void> {
  const list = page.locator(`[id^="${listId}-field"]`);
  await list.getByRole('button', { name: /^Add / }).click();
  await list.locator('textarea').last().fill(text);
}

/** Adds a source to the sources list; `url` may be a bad one, to see it refused. */
export async function addSource(page: Page, source: { publisher: string; title: string; url: string }): Promise<void> {
  const list = page.locator('[id^="sources-field"]');
  await list.getByRole('button', { name: /^Add / }).click();
  await list.getByLabel('Publisher', { exact: true }).last().fill(source.publisher);
  await list.getByLabel('Title', { exact: true }).last().fill(source.title);
  await list.getByLabel('Web address', { exact: true }).last().fill(source.url);
}

/** A case study as the tests fill it in; `sources` may be left out to see the CMS refuse it. */
export interface CaseStudyInput {
  title: string;
  summary: string;
  sources: { publisher: string; title: string; url: string }[];
}

/** Fills every required field of a new case study except the body. */
export async function fillCaseStudy(page: Page, base: string, input: CaseStudyInput): Promise<void> {
  await page.goto(`${base}/admin/#/collections/caseStudies/new`);
  await field(page, 'Title').fill(input.title);
  await field(page, 'Summary').fill(input.summary);
  await pick(page, 'Country', 'Eston', 'Estonia');
  await pick(page, 'Themes', 'Interop', 'Interoperability');
  await pick(page, 'Themes', 'Open d', 'Open data');
  await field(page, 'Start year').fill('2020');
  await pick(page, 'Status', 'Activ', 'Active');
  await addItem(page, 'whatWorked', 'A shared register was used by every agency.');
  await addItem(page, 'whatDidnt', 'Take-up was slow in rural districts.');
  await addItem(page, 'lessons', 'Agree who owns each register before building services on it.');
  await pick(page, 'Framework principles', 'Priv', 'P1: Privacy');
  for (const source of input.sources) await addSource(page, source);
  await field(page, 'Published').fill('2026-11-27');
  await field(page, 'Last reviewed').fill('2026-11-27');
}

/** Types a Markdown body in the editor's Markdown (raw) mode, so what is typed is what is saved. */
export async function typeRawBody(page: Page, text: string): Promise<void> {
  await page.getByRole('switch').first().click();
  const editor = page.locator('[contenteditable="true"]').last();
  await editor.click();
  await page.keyboard.type(text);
}

/** Publishes an entry in simple mode ("Publish" → "Publish now"). */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}
