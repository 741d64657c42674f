// Field tables for the /data/ page, read from a published JSON Schema (and so from the content schemas' .describe()).

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** One documented field, e.g. `{ path: 'sources[].url', type: 'string (uri)', required: true, description: '…' }`. */
export interface Field {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

const typeOf = (s: JsonSchema): string => {
  if (s.enum) return `one of: ${s.enum.join(', ')}`;
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  return s.format ? `${s.type ?? 'value'} (${s.format})` : (s.type ?? 'value');
};

/**
 * Every field of a schema, nested ones as `period.start` and list items as `sources[].url`.
 * @example describeFields({ properties: { id: { type: 'string', description: 'The ID.' } }, required: ['id'] })
 * // [{ path: 'id', type: 'string', required: true, description: 'The ID.' }]
 */
export function describeFields(schema: JsonSchema, prefix = ''): Field[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const path = `${prefix}${name}`;
    const own: Field = {
      path,
      type: typeOf(s),
      required: schema.required?.includes(name) ?? false,
      description: s.description ?? '',
    };
    if (s.type === 'object') return [{ ...own, type: 'object' }, ...describeFields(s, `${path}.`)];
    if (s.type === 'array' && s.items?.type === 'object')
      return [{ ...own, type: 'list of objects' }, ...describeFields(s.items, `${path}[].`)];
    return [own];
  });
}
