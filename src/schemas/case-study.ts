import { z } from 'astro/zod';
import { line, sourceSchema, year, type RefFactory } from './common.ts';
import { statuses, themes } from './vocabularies.ts';

/** A result, optionally with a figure and the number of the source (1 = first in `sources`). */
export const outcomeSchema = z.strictObject({
  text: line(400).describe('What changed, in one sentence.'),
  figure: line(60).optional().describe('The headline figure, e.g. "97%" or "8,200 datasets".'),
  year: year.optional().describe('The year the figure refers to.'),
  source: z.number().int().min(1).optional().describe('Number of the backing source in the sources list (1 = first).'),
});

/** A dated later state of the initiative, e.g. `{ date: '2024-04', text: 'The goal slipped to 2030.', source: 3 }`. */
export const updateSchema = z.strictObject({
  date: z
    .union([z.string(), z.number(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
    .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }))
    .describe('When the change happened or was reported, as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.'),
  text: line(400).describe('What changed, in one sentence: a status change, a later result, a goal that slipped.'),
  source: z.number().int().min(1).describe('Number of the backing source in the sources list (1 = first).'),
});
export type Update = z.infer<typeof updateSchema>;

/**
 * A case study: what one country did, what worked, what did not, and what others can learn.
 * File: `content/case-studies/<slug>.md`; body sections: Context, What was done, Results, Lessons.
 */
export const caseStudySchema = (ref: RefFactory) =>
  z
    .strictObject({
      title: line(120).describe('A specific title naming the initiative, e.g. "X-Road: a secure data exchange layer".'),
      summary: line(280).describe('One or two sentences (at most 280 characters) for lists, search results and previews.'),
      country: ref('countries').describe('The country whose initiative this is (ISO 3166-1 alpha-3, e.g. "est").'),
      themes: z
        .array(themes.schema)
        .min(1, { message: 'needs at least one theme' })
        .describe('Themes from the controlled vocabulary.'),
      period: z
        .strictObject({
          start: year.describe('The year the initiative started.'),
          end: year.optional().describe('The year it ended; leave empty while it is ongoing.'),
        })
        .refine((p) => p.end === undefined || p.end >= p.start, { message: 'end must not be before start', path: ['end'] })
        .describe('When the initiative ran.'),
      status: statuses.schema.describe('Where the initiative stands now.'),
      whatWorked: z.array(line(600)).min(1, { message: 'needs at least one item' }).describe('What worked, one point per item.'),
      whatDidnt: z
        .array(line(600))
        .min(1, { message: 'needs at least one item' })
        .describe('What did not work or was criticised, one point per item.'),
      lessons: z
        .array(line(600))
        .min(1, { message: 'needs at least one lesson' })
        .describe('Lessons for other countries, one per item.'),
      outcomes: z
        .array(outcomeSchema)
        .default([])
        .describe('Measured results, each with its source number where there is a figure.'),
      updates: z
        .array(updateSchema)
        .default([])
        .describe('Later developments in date order (oldest first), shown as a dated timeline and in the feeds.'),
      challenges: z
        .array(
          z.strictObject({
            challenge: ref('challenges').describe(
              'The challenge this case answers, by its file name, e.g. "bridging-the-digital-divide".',
            ),
            approach: line(60).describe(
              'The approach, a few words that group cases on the challenge page, e.g. "Middle-mile fibre".',
            ),
            why: line(300).describe('One sentence on why this case is relevant to the challenge.'),
          }),
        )
        .default([])
        .describe('Challenges (content/challenges/) this case study shows a way through.'),
      principles: z
        .array(ref('principles'))
        .default([])
        .describe('Framework principles this case illustrates, by ID (e.g. "P2").'),
      sources: z
        .array(sourceSchema)
        .min(1, { message: 'needs at least one source' })
        .describe('Published sources for every fact in the case study.'),
      contributors: z.array(line(120)).default([]).describe('People or teams who wrote or reviewed the case study.'),
      published: z.coerce.date().describe('When the case study was first published (YYYY-MM-DD).'),
      lastReviewed: z.coerce.date().describe('When an editor last checked it against its sources (YYYY-MM-DD).'),
    })
    .superRefine((c, ctx) => {
      c.outcomes.forEach((o, i) => {
        if (o.source !== undefined && o.source > c.sources.length)
          ctx.addIssue({
            code: 'custom',
            path: ['outcomes', i, 'source'],
            message: `source ${o.source} does not exist (there are ${c.sources.length})`,
          });
        if (o.figure !== undefined && o.source === undefined)
          ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'source'], message: 'a figure needs the number of its source' });
      });
      c.updates.forEach((u, i) => {
        if (u.source > c.sources.length)
          ctx.addIssue({
            code: 'custom',
            path: ['updates', i, 'source'],
            message: `source ${u.source} does not exist (there are ${c.sources.length})`,
          });
      });
    });
export type CaseStudy = z.infer<ReturnType<typeof caseStudySchema>>;
