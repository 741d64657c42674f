import { z } from 'astro/zod';

/** One term of a controlled vocabulary. Example: `{ id: 'open-data', label: 'Open data', description: '…' }`. */
export interface Term<Id extends string = string> {
  /** Stable kebab-case identifier stored in content files and URLs, e.g. `digital-divide`. */
  readonly id: Id;
  /** Human label shown on pages, e.g. `Digital divide`. */
  readonly label: string;
  /** One plain-English line saying what the term covers. */
  readonly description: string;
}

/** A controlled vocabulary: its terms, a Zod enum of their ids, and a label lookup. */
export interface Vocabulary<Id extends string> {
  readonly name: string;
  readonly terms: readonly Term<Id>[];
  readonly ids: readonly [Id, ...Id[]];
  readonly schema: z.ZodEnum<{ [K in Id]: K }>;
  /** `label('open-data')` → `'Open data'`. */
  label(id: Id): string;
  /** The term for an id; throws on an unknown id so a typo never renders silently. */
  get(id: Id): Term<Id>;
}

/**
 * Defines a vocabulary once; schemas, pages, search facets and the CMS all import it.
 * @example defineVocabulary('level', [{ id: 'introductory', label: 'Introductory', description: 'No prior knowledge' }])
 */
export function defineVocabulary<const Id extends string>(
  name: string,
  terms: readonly [Term<Id>, ...Term<Id>[]],
): Vocabulary<Id> {
  const ids = terms.map((t) => t.id) as unknown as readonly [Id, ...Id[]];
  const byId = new Map<string, Term<Id>>(terms.map((t) => [t.id, t]));
  const get = (id: Id): Term<Id> => {
    const term = byId.get(id);
    if (!term) throw new Error(`Unknown ${name} "${id}"`);
    return term;
  };
  return {
    name,
    terms,
    ids,
    schema: z.enum(ids as unknown as [Id, ...Id[]]) as unknown as z.ZodEnum<{ [K in Id]: K }>,
    label: (id) => get(id).label,
    get,
  };
}
