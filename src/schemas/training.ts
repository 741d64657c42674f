import { z } from 'astro/zod';
import { line, type RefFactory } from './common.ts';
import { audiences, levels, themes } from './vocabularies.ts';

/** A training module. File: `content/training/<module>/index.md`; its lessons sit beside it. */
export const trainingSchema = (ref: RefFactory) =>
  z.strictObject({
    title: line(120).describe('Module title, e.g. "Data literacy for public servants".'),
    summary: line(280).describe('One or two sentences for lists and search results.'),
    audience: z.array(audiences.schema).min(1, { message: 'needs at least one audience' }).describe('Who the module is for.'),
    level: levels.schema.describe('How much prior knowledge it assumes.'),
    durationMinutes: z.number().int().min(5).max(6000).describe('Time to complete all lessons, in minutes.'),
    objectives: z
      .array(line(300))
      .min(1, { message: 'needs at least one objective' })
      .describe('What a learner can do afterwards.'),
    themes: z.array(themes.schema).min(1, { message: 'needs at least one theme' }).describe('Themes the module covers.'),
    principles: z.array(ref('principles')).default([]).describe('Framework principles the module teaches, by ID.'),
    published: z.coerce.date().describe('When the module was first published (YYYY-MM-DD).'),
    lastReviewed: z.coerce.date().describe('When an editor last checked it (YYYY-MM-DD).'),
  });
export type Training = z.infer<ReturnType<typeof trainingSchema>>;

/** A self-check question; `answer` repeats the right option word for word. */
export const questionSchema = z
  .strictObject({
    question: line(400).describe('The question.'),
    options: z.array(line(300)).min(2, { message: 'needs at least two options' }).describe('Possible answers.'),
    answer: line(300).describe('The right answer, exactly as written in options.'),
    explanation: line(1000).describe('Why that answer is right, for the learner who chose another.'),
  })
  .refine((q) => q.options.includes(q.answer), { message: 'answer must be one of the options', path: ['answer'] });

/** One lesson of a module. File: `content/training/<module>/<nn>-<slug>.md`; `order` counts from 1 without gaps. */
export const lessonSchema = (ref: RefFactory) =>
  z.strictObject({
    title: line(120).describe('Lesson title.'),
    order: z.number().int().min(1).describe('Position in the module: 1, 2, 3 … without gaps.'),
    summary: line(280).describe('One sentence on what the lesson covers.'),
    objectives: z
      .array(line(300))
      .min(1, { message: 'needs at least one objective' })
      .describe('What the learner can do after this lesson.'),
    durationMinutes: z.number().int().min(1).max(600).describe('Time to complete the lesson, in minutes.'),
    caseStudies: z.array(ref('caseStudies')).default([]).describe('Case studies used as worked examples.'),
    selfCheck: z
      .array(questionSchema)
      .min(1, { message: 'needs at least one question' })
      .describe('Questions with answers revealed on request.'),
  });
export type Lesson = z.infer<ReturnType<typeof lessonSchema>>;
