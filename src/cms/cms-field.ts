/**
 * The subset of Decap CMS field options this project generates (see decap-cms-core's CmsField for the full set).
 * Example: `{ name: 'title', label: 'Title', widget: 'string', required: true, hint: 'A specific title …' }`.
 */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  /** Shown under the field; taken from the schema's `.describe()`. */
  hint?: string;
  /** `[source, message]`: Decap refuses a non-empty value that does not match and shows the message beside the field. */
  pattern?: [string, string];
  /** number */
  value_type?: 'int' | 'float';
  /** number: smallest value; list, select and relation with `multiple`: fewest items. */
  min?: number;
  /** number: largest value; list, select and relation with `multiple`: most items. */
  max?: number;
  step?: number;
  /** select: stored value and shown label, from the vocabulary. */
  options?: { label: string; value: string }[];
  multiple?: boolean;
  /** relation: the target collection and how its entries are stored, searched and shown. */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /** datetime */
  date_format?: string;
  time_format?: boolean;
  /** list of plain values (`field`) or of objects (`fields`); object (`fields`). */
  field?: CmsField;
  fields?: CmsField[];
  summary?: string;
  collapsed?: boolean;
  /** markdown: the editor's modes, and whether raw HTML is stripped in the preview (it is always escaped on the site). */
  modes?: ('rich_text' | 'raw')[];
  sanitize_preview?: boolean;
}
