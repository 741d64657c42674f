// Walks a Zod schema of src/schemas/ and returns the Decap CMS fields for it: one field per schema key, with the
// schema's own required/optional, lengths, patterns, number ranges, vocabularies and references. A rule the CMS
// cannot express field by field (a `.refine` on a field) throws, so a new rule is never silently missing from the CMS.
import { z } from 'astro/zod';
import type { CollectionName } from '../schemas/common.ts';
import type { Vocabulary } from '../schemas/vocabulary.ts';
import type { CmsField } from './cms-field.ts';
import { allOf, caseless, lengthPattern, urlPattern } from './patterns.ts';

type Schema = z.core.$ZodType;

/** What the walker needs besides the schema: labels, vocabularies and how references are edited. */
export interface FieldContext {
  /** Label of the field at a path, e.g. `['sources', 'url']` → `'Web address'`. */
  label: (path: readonly string[]) => string;
  /** Text of a rule, for the message Decap shows beside a field, e.g. `maxLength` → `'at most 120 characters'`. */
  rule: (name: 'notEmpty' | 'maxLength', vars?: Record<string, number>) => string;
  vocabularies: readonly Vocabulary<string>[];
  /** Widget options for a reference to a collection: a relation, or a select when Decap cannot produce its IDs. */
  reference: (collection: CollectionName) => Partial<CmsField>;
  /** Dotted paths whose value may be set once and never changed, e.g. `clauses.id`. */
  stableIds: readonly string[];
  /** Name of the widget registered for stable IDs. */
  stableIdWidget: string;
}

/** The options of a Zod check this walker reads (Zod keeps them in `check._zod.def`). */
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: string) => string;
  error?: (issue: never) => unknown;
}

const defOf = (s: Schema) => (s as z.core.$ZodTypes)._zod.def;
const checksOf = (s: Schema): CheckDef[] => (defOf(s).checks ?? []).map((c) => c._zod.def as CheckDef);
const metaOf = (s: Schema): Record<string, unknown> => z.globalRegistry.get(s as z.ZodType) ?? {};

/** The custom message of a check (`{ message: '…' }` in the schema), if it has one. */
function messageOf(check: CheckDef): string | undefined {
  const out = check.error?.({} as never);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out && typeof out.message === 'string') return out.message;
  return undefined;
}

/** Strips `.optional()` and `.default()`; the description may sit on any layer, the outermost wins. */
function unwrap(schema: Schema): { inner: Schema; required: boolean; description: string | undefined } {
  let inner = schema;
  let required = true;
  let description = metaOf(schema)['description'] as string | undefined;
  for (let d = defOf(inner); d.type === 'optional' || d.type === 'default'; d = defOf(inner)) {
    required = false;
    inner = d.innerType;
    description ??= metaOf(inner)['description'] as string | undefined;
  }
  return { inner, required, description };
}

/**
 * The CMS fields of an object schema, in the schema's order.
 * @example objectFields(caseStudySchema(markRef), ctx)[0] // { name: 'title', widget: 'string', required: true, … }
 */
export function objectFields(schema: Schema, ctx: FieldContext, path: readonly string[] = []): CmsField[] {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`${path.join('.') || 'schema'}: expected an object, found ${def.type}`);
  return Object.entries(def.shape).map(([name, child]) => {
    const { inner, required, description } = unwrap(child);
    const at = [...path, name];
    const field: CmsField = { name, label: ctx.label(at), widget: 'string', required };
    if (description) field.hint = description;
    return { ...field, ...widgetFor(inner, ctx, at) };
  });
}

/** Widget options for one (unwrapped) schema. */
function widgetFor(schema: Schema, ctx: FieldContext, path: readonly string[]): Partial<CmsField> {
  const def = defOf(schema);
  const where = path.join('.');
  const reference = metaOf(schema)['reference'] as CollectionName | undefined;
  if (reference) return ctx.reference(reference);
  switch (def.type) {
    case 'string':
      return stringWidget(schema, ctx, where);
    case 'number':
      return numberWidget(schema, where);
    case 'enum':
      return { widget: 'select', options: optionsOf(schema, ctx) };
    case 'date':
      // Stored as `2026-11-27`: the schema reads it back with z.coerce.date().
      return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(schema, ctx, path) };
    case 'array':
      return arrayWidget(schema, ctx, path);
    case 'pipe':
      // A value normalised before it is checked (e.g. a YAML date read back as text): the CMS edits the checked form.
      return widgetFor((def as unknown as { out: Schema }).out, ctx, path);
    default:
      throw new Error(`${where}: no CMS widget for a ${def.type} schema`);
  }
}

function stringWidget(schema: Schema, ctx: FieldContext, where: string): Partial<CmsField> {
  if (ctx.stableIds.includes(where)) return { widget: ctx.stableIdWidget, ...patternOf(schema, ctx, where) };
  const max = checksOf(schema).find((c) => c.check === 'max_length')?.maximum;
  return { widget: max !== undefined && max > 200 ? 'text' : 'string', ...patternOf(schema, ctx, where) };
}

/** Every rule of a string schema folded into one Decap pattern with all the schema's messages. */
function patternOf(schema: Schema, ctx: FieldContext, where: string): Pick<CmsField, 'pattern'> {
  const sources: string[] = [];
  const messages: string[] = [];
  let trimmed = false;
  let min: CheckDef | undefined;
  let max: CheckDef | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'overwrite' && check.tx?.('  x  ') === 'x') trimmed = true;
    else if (check.check === 'min_length') min = check;
    else if (check.check === 'max_length') max = check;
    else if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      sources.push(regexSource(check.pattern, where));
      messages.push(messageOf(check) ?? `must match ${String(check.pattern)}`);
    } else if (check.check === 'string_format' && check.format === 'url') {
      sources.push(urlPattern);
      messages.push(messageOf(check) ?? 'must be a full web address');
    } else throw new Error(`${where}: the CMS cannot check "${check.format ?? check.check}"; express the rule with .regex()`);
  }
  if (min || max) {
    const length = { trimmed, ...(min?.minimum ? { min: min.minimum } : {}), ...(max ? { max: max.maximum ?? 0 } : {}) };
    sources.push(lengthPattern(length));
    if (min?.minimum) messages.push((min && messageOf(min)) ?? ctx.rule('notEmpty'));
    if (max?.maximum !== undefined) messages.push((max && messageOf(max)) ?? ctx.rule('maxLength', { max: max.maximum }));
  }
  return sources.length > 0 ? { pattern: [allOf(sources), messages.join('; ')] } : {};
}

function regexSource(pattern: RegExp, where: string): string {
  const flags = pattern.flags.replace('i', '');
  if (flags) throw new Error(`${where}: the CMS cannot apply the regex flags "${flags}"`);
  return pattern.flags.includes('i') ? caseless(pattern.source) : pattern.source;
}

function numberWidget(schema: Schema, where: string): Partial<CmsField> {
  const out: Partial<CmsField> = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) out.value_type = 'int';
    else if (check.check === 'greater_than' && check.inclusive) out.min = check.value ?? 0;
    else if (check.check === 'less_than' && check.inclusive) out.max = check.value ?? 0;
    else throw new Error(`${where}: the CMS cannot check "${check.check}" on a number`);
  }
  if (out.value_type === 'int') out.step = 1;
  return out;
}

/** Select options with the vocabulary's labels; an enum that is no vocabulary shows its raw values. */
function optionsOf(schema: Schema, ctx: FieldContext): { label: string; value: string }[] {
  const def = defOf(schema);
  if (def.type !== 'enum') throw new Error('expected an enum');
  const vocabulary = ctx.vocabularies.find((v) => (v.schema as unknown as Schema)._zod.def === def);
  if (vocabulary) return vocabulary.terms.map((term) => ({ label: term.label, value: term.id }));
  return Object.values(def.entries).map((value) => ({ label: String(value), value: String(value) }));
}

function arrayWidget(schema: Schema, ctx: FieldContext, path: readonly string[]): Partial<CmsField> {
  const def = defOf(schema);
  if (def.type !== 'array') throw new Error('expected an array');
  const size: Partial<CmsField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') size.min = check.minimum ?? 0;
    else if (check.check === 'max_length') size.max = check.maximum ?? 0;
    else throw new Error(`${path.join('.')}: the CMS cannot check "${check.check}" on a list`);
  }
  const element = def.element;
  const item = widgetFor(element, ctx, path);
  if (item.widget === 'select' || item.widget === 'relation') return { ...item, multiple: true, ...size };
  if (item.widget === 'object') {
    const first = item.fields?.find((f) => ['string', 'text', ctx.stableIdWidget].includes(f.widget));
    const summary = first ? { summary: `{{fields.${first.name}}}` } : {};
    return { widget: 'list', collapsed: true, ...summary, fields: item.fields ?? [], ...size };
  }
  const label = ctx.label(path);
  return { widget: 'list', field: { name: 'item', label, required: true, widget: 'string', ...item }, ...size };
}
