// CSV (RFC 4180) from records, with columns derived from a record's JSON Schema so that a new scalar field in a
// content schema becomes a column by itself.

/** One CSV column: a dotted path into the record (`period.start`), the schema's description, and for a list how its items are joined. */
export interface Column {
  path: string;
  description: string;
  separator?: '; ' | '\n';
}

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  maxLength?: number;
}

const scalar = (s: JsonSchema | undefined) => s?.type === 'string' || s?.type === 'number' || s?.type === 'integer';

// IDs and vocabulary terms are joined with "; "; sentences (which may hold semicolons) one per line in the cell.
const separatorOf = (items: JsonSchema): '; ' | '\n' => (items.enum || items.maxLength === undefined ? '; ' : '\n');

/**
 * The columns of a flat table: scalars as they are, nested objects flattened (`period.start`), lists of scalars
 * joined in one cell; lists of objects and `body` are left to the JSON.
 * @example csvColumns({ properties: { id: { type: 'string' }, period: { type: 'object', properties: { start: { type: 'integer' } } } } })
 * // [{ path: 'id', description: '' }, { path: 'period.start', description: '' }]
 */
export function csvColumns(schema: JsonSchema, prefix = '', skip: readonly string[] = ['body']): Column[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const path = `${prefix}${name}`;
    if (skip.includes(path)) return [];
    if (s.type === 'object') return csvColumns(s, `${path}.`, skip);
    if (scalar(s)) return [{ path, description: s.description ?? '' }];
    if (s.type === 'array' && s.items && scalar(s.items))
      return [{ path, description: s.description ?? '', separator: separatorOf(s.items) }];
    return [];
  });
}

/** The value at a dotted path: `valueAt({ period: { start: 2001 } }, 'period.start')` → `2001`. */
const valueAt = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);

/** One CSV cell: lists joined by `separator`, quoted when it holds a comma, quote or line break. `cell('a, b')` → `"a, b"` */
export function cell(value: unknown, separator = '; '): string {
  const text = Array.isArray(value) ? value.join(separator) : value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file: a header row of column paths, then one row per record, CRLF line ends.
 * @example toCsv([{ path: 'id', description: '' }], [{ id: 'est' }]) // 'id\r\nest\r\n'
 */
export function toCsv(columns: readonly Column[], rows: readonly unknown[]): string {
  const lines = [columns.map((c) => cell(c.path)), ...rows.map((r) => columns.map((c) => cell(valueAt(r, c.path), c.separator)))];
  return lines.map((l) => `${l.join(',')}\r\n`).join('');
}
