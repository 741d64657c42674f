import { z } from 'astro/zod';
import { line, sourceSchema, type RefFactory } from './common.ts';
import { indicators, themes } from './vocabularies.ts';

/**
 * A challenge governments face, in the words of a country that asked for others' experience, and the way in from it to
 * what worked elsewhere. File: `content/challenges/<slug>.md`; the body explains the problem. The case studies that
 * answer it say so themselves (`challenges` in a case study), so the link is kept in one place.
 */
export const challengeSchema = (ref: RefFactory) =>
  z.strictObject({
    title: line(100).describe('The challenge as a short task, e.g. "Bridging the digital divide".'),
    question: line(300).describe('The question a government asks, in its words where a source gives them.'),
    summary: line(280).describe('One or two sentences for lists, search results and previews.'),
    askedBy: z
      .strictObject({
        country: ref('countries').describe('The country that raised the challenge (ISO 3166-1 alpha-3, e.g. "uzb").'),
        where: line(300).describe(
          'Who raised it and where, e.g. "Digital Government Projects Management Center, 2024 presentation".',
        ),
        source: sourceSchema
          .optional()
          .describe('The published source where the challenge is stated, when there is one with a web address.'),
      })
      .describe('Who asked the question, and where.'),
    themes: z
      .array(themes.schema)
      .min(1, { message: 'needs at least one theme' })
      .describe('Themes from the controlled vocabulary.'),
    principles: z.array(ref('principles')).default([]).describe('Framework principles that bear on the challenge, by ID.'),
    training: z.array(ref('training')).default([]).describe('Training modules that build the skills it needs, by folder name.'),
    indicators: z.array(indicators.schema).default([]).describe('Indicators worth comparing across the countries that met it.'),
    published: z.coerce.date().describe('When the challenge page was first published (YYYY-MM-DD).'),
    lastReviewed: z.coerce.date().describe('When an editor last checked it (YYYY-MM-DD).'),
  });
export type Challenge = z.infer<ReturnType<typeof challengeSchema>>;
