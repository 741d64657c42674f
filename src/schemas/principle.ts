import { z } from 'astro/zod';
import { line, sourceSchema, type RefFactory } from './common.ts';

/** A framework version in semver form, e.g. `0.1.0`. */
export const semver = z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version like 0.1.0' });

/** One actionable commitment inside a principle, e.g. `{ id: 'P3.2', text: 'Publish …' }`. */
export const clauseSchema = z.strictObject({
  id: z
    .string()
    .regex(/^P\d+\.\d+$/, { message: 'must look like P3.2' })
    .describe('Stable clause ID: the principle ID, a dot and a number. Never changed or reused.'),
  text: line(600).describe('The commitment, written as something an agency can do and be checked on.'),
  introducedIn: semver.describe('Framework version that introduced the clause.'),
  changedIn: semver.optional().describe('Framework version that last changed its meaning, if any.'),
});

/**
 * A principle of the Global Data Governance Framework. File: `content/principles/p<n>-<slug>.md`.
 * Its ID (`P3`) is stable for ever; the slug may change with a redirect.
 */
export const principleSchema = (ref: RefFactory) =>
  z
    .strictObject({
      id: z
        .string()
        .regex(/^P\d+$/, { message: 'must look like P3' })
        .describe('Stable principle ID, P1 to Pn. Never changed or reused.'),
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case' })
        .describe('The URL name under /framework/, e.g. "privacy".'),
      title: line(100).describe('Short title, e.g. "Privacy".'),
      statement: line(400).describe('The principle in one sentence.'),
      rationale: line(1500).describe('Why the principle matters, in plain English.'),
      clauses: z
        .array(clauseSchema)
        .min(1, { message: 'needs at least one clause' })
        .describe('Actionable commitments, in order.'),
      caseStudies: z.array(ref('caseStudies')).default([]).describe('Case studies that illustrate the principle.'),
      training: z.array(ref('training')).default([]).describe('Training modules that teach it.'),
      sources: z
        .array(sourceSchema)
        .default([])
        .describe('International instruments the principle echoes (OECD, Global Digital Compact).'),
      introducedIn: semver.describe('Framework version that introduced the principle.'),
      changedIn: semver.optional().describe('Framework version that last changed its meaning, if any.'),
    })
    .superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.clauses.forEach((c, i) => {
        if (!c.id.startsWith(`${p.id}.`))
          ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `${c.id} does not belong to principle ${p.id}` });
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `${c.id} is used twice` });
        seen.add(c.id);
      });
    });
export type Principle = z.infer<ReturnType<typeof principleSchema>>;
