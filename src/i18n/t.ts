import en from './en.json';

/** Every UI string key, e.g. `'search.label'`. A missing key is a type error, not a blank on the page. */
export type MessageKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}.one` ? B : never;
/** Keys with `.one` / `.other` forms, e.g. `'caseStudies.count'`. */
export type PluralKey = PluralBase<MessageKey>;

/** The language of the interface and its direction; right-to-left languages set `dir="rtl"` on <html>. */
export const lang = 'en';
export const dir: 'ltr' | 'rtl' = 'ltr';

const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

/**
 * A UI string with `{placeholders}` filled.
 * @example t('framework.version', { version: '0.1.0' }) // 'Version 0.1.0'
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(en[key], vars);
}

const rules = new Intl.PluralRules(lang);

/**
 * A counted string chosen by Intl.PluralRules.
 * @example tp('caseStudies.count', 1) // '1 case study'
 */
export function tp(key: PluralKey, count: number, vars: Record<string, string | number> = {}): string {
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return fill(en[`${key}.${form}` as MessageKey], { count: count.toLocaleString(lang), ...vars });
}
