// CMS labels live in src/i18n/en.json like every UI string: `cms.field.<name>`, or `cms.field.<path>` where one name
// means different things in different places (`outcomes.source` is a number, `indicators.source` a citation).
import en from '../i18n/en.json';
import { t, type MessageKey } from '../i18n/t.ts';

const isKey = (key: string): key is MessageKey => key in en;

/**
 * The label of the CMS field at a path; throws when en.json has none, so a new schema field cannot ship unlabelled.
 * @example fieldLabel(['outcomes', 'source']) // 'Source number'
 */
export function fieldLabel(path: readonly string[]): string {
  for (const key of [`cms.field.${path.join('.')}`, `cms.field.${path.at(-1) ?? ''}`]) if (isKey(key)) return t(key);
  throw new Error(`src/i18n/en.json has no label for the CMS field "${path.join('.')}": add "cms.field.${path.at(-1) ?? ''}"`);
}

/** A UI string looked up by a key built at run time, e.g. `cms.collection.caseStudies`; throws when it is missing. */
export function cmsText(key: string, vars: Record<string, string | number> = {}): string {
  if (!isKey(key)) throw new Error(`src/i18n/en.json has no "${key}"`);
  return t(key, vars);
}
