// Reading an entry being edited, for the preview templates. Decap hands over Immutable.js maps; the previews want
// plain values, and the labels of select options come from the field settings the config generated.
import type { Source } from '../../schemas/common.ts';

/** The subset of Immutable.js that the previews use. */
export interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

/** The props Decap passes to a preview template (decap-cms-core's PreviewTemplateComponentProps, narrowed). */
export interface PreviewProps {
  entry: ImmutableLike;
  collection: ImmutableLike;
  widgetFor: (name: string) => unknown;
  fieldsMetaData?: { getIn(path: string[]): unknown };
}

/** The entry's frontmatter as plain values; fields not filled in yet are missing. */
export function dataOf<T>(entry: ImmutableLike): Partial<T> {
  const data = entry.get('data') as ImmutableLike | undefined;
  return (data?.toJS() ?? {}) as Partial<T>;
}

/**
 * Labels of a select field's options, e.g. `{ 'open-data': 'Open data' }`, from the collection's field settings.
 * The settings came from the vocabularies, so the preview needs no copy of them.
 */
export function optionLabels(collection: ImmutableLike, field: string): Record<string, string> {
  const fields = (collection.toJS() as { fields?: { name: string; options?: { label: string; value: string }[] }[] }).fields;
  const options = fields?.find((f) => f.name === field)?.options ?? [];
  return Object.fromEntries(options.map((o) => [o.value, o.label]));
}

/** A date the CMS stores as `2026-11-27`, or undefined while it is empty or unreadable. */
export function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || !value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A source being edited, with its date as a Date like the built page has it. */
export type DraftSource = Partial<Omit<Source, 'date'>> & { date?: string };
export const sourceOf = (s: DraftSource): Source => ({
  publisher: s.publisher ?? '',
  title: s.title ?? '',
  url: s.url ?? '',
  ...(typeof s.year === 'number' ? { year: s.year } : {}),
  ...(dateOf(s.date) ? { date: dateOf(s.date) as Date } : {}),
});
