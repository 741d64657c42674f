// Regular expressions for Decap's `pattern` option. Decap runs `RegExp(source).test(value)` on the raw field value,
// with no flags and no trimming, so every rule of the schema is rewritten here into one flagless source.

/**
 * A flagless source that matches what `new RegExp(source, 'i')` matches (ASCII letters only).
 * @example caseless('^https?:\\/\\/') // '^[hH][tT][tT][pP][sS]?:\\/\\/'
 */
export function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = classEnd(source, i);
      out += caselessClass(source.slice(i, end + 1));
      i = end;
    } else out += /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}

/** Index of the `]` that closes the character class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > start + 1 && !(i === start + 2 && source[start + 1] === '^')) return i;
  }
  throw new Error(`unclosed character class in /${source}/`);
}

/** `[a-cx]` → `[a-cxA-CX]`: the other case of every letter and letter range is added to the class. */
function caselessClass(cls: string): string {
  const body = cls.slice(1, -1);
  let extra = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (ch === '\\') i++;
    else if (body[i + 1] === '-' && i + 2 < body.length && /[a-z]/i.test(ch) && /[a-z]/i.test(body[i + 2] ?? '')) {
      extra += `${swap(ch)}-${swap(body[i + 2] ?? '')}`;
      i += 2;
    } else if (/[a-z]/i.test(ch)) extra += swap(ch);
  }
  return `[${body}${extra}]`;
}

const swap = (ch: string): string => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase());

/**
 * The length rule of a string, measured after trimming when `trimmed` (as `z.string().trim()` does).
 * A `min` of 1 or more also refuses a value of spaces only.
 * @example lengthPattern({ min: 1, max: 120, trimmed: true }) // '^\\s*(?=\\S)[\\s\\S]{1,120}(?<=\\S)\\s*$'
 */
export function lengthPattern({ min = 0, max, trimmed }: { min?: number; max?: number; trimmed: boolean }): string {
  const count = `{${Math.max(min, 1)},${max ?? ''}}`;
  if (!trimmed) return min === 0 && max === undefined ? '^[\\s\\S]*$' : `^[\\s\\S]{${min},${max ?? ''}}$`;
  const core = `(?=\\S)[\\s\\S]${count}(?<=\\S)`;
  return min > 0 ? `^\\s*${core}\\s*$` : `^\\s*(?:${core})?\\s*$`;
}

/**
 * What Zod's URL check accepts, narrowed to addresses with a scheme, `//` and a plain domain name, so the CMS never
 * accepts an address the build refuses (it may refuse rare ones the build would take, such as bare IP addresses).
 */
export const urlPattern =
  '^[A-Za-z][A-Za-z\\d+.-]*:\\/\\/(?:[A-Za-z\\d-]+\\.)*[A-Za-z][A-Za-z\\d-]*(?::\\d{1,4})?(?:[/?#]\\S*)?$';

/**
 * One source that holds only when every rule holds, each rule searched from the start of the value.
 * @example allOf(['^P\\d+$', '^\\s*(?=\\S)[\\s\\S]{1,10}(?<=\\S)\\s*$'])
 */
export function allOf(sources: readonly string[]): string {
  if (sources.length === 1) return sources[0] ?? '';
  return `^${sources.map((s) => `(?=[\\s\\S]*?(?:${s}))`).join('')}`;
}
