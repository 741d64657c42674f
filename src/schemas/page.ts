import { z } from 'astro/zod';
import { line } from './common.ts';

/** A standalone prose page such as /about/ or the framework's introduction. File: `content/pages/<slug>.md`. */
export const pageSchema = () =>
  z.strictObject({
    title: line(120).describe('Page title, shown as its main heading.'),
    description: line(300).describe('One sentence for search engines and link previews.'),
    lastReviewed: z.coerce.date().describe('When an editor last checked the page (YYYY-MM-DD).'),
  });
export type Page = z.infer<ReturnType<typeof pageSchema>>;
