// The Decap collections, one per content collection of src/schemas/collections.ts, with their fields generated
// from the same schemas the build validates against. What is written here is only what a schema cannot say:
// file names for new entries, which IDs are fixed, and how each collection is referred to.
import { z } from 'astro/zod';
import type { CollectionName, Ref, RefFactory } from '../schemas/common.ts';
import { collections } from '../schemas/collections.ts';
import { audiences, contentTypes, indicators, levels, regions, statuses, themes } from '../schemas/vocabularies.ts';
import type { CmsField } from './cms-field.ts';
import { objectFields, type FieldContext } from './fields.ts';
import { cmsText, fieldLabel } from './labels.ts';

/** The widget registered by src/cms/admin.ts for IDs that are set once (src/cms/StableIdControl.tsx). */
export const stableIdWidget = 'stable-id';

/** A training module as the CMS lists it: its ID (folder name) and title. */
export interface ModuleRef {
  id: string;
  title: string;
}

/** A Decap folder collection as generated here. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  path?: string;
  extension: 'md';
  format: 'frontmatter';
  create: boolean;
  delete: false;
  slug?: string;
  identifier_field: string;
  summary: string;
  filter?: { field: string; value: undefined };
  fields: CmsField[];
}

/** A reference field is marked so the walker can tell it from a plain string; Astro and validate use their own. */
export const markReference: RefFactory = <C extends CollectionName>(collection: C) =>
  z.string().meta({ reference: collection }) as unknown as z.ZodType<Ref<C>, string>;

/** How other entries refer to each collection in the CMS: Decap stores `value_field` (an ID) in the file. */
const relationTo: Partial<Record<CollectionName, Partial<CmsField>>> = {
  countries: { value_field: '{{slug}}', search_fields: ['name', 'officialName'], display_fields: ['name'] },
  caseStudies: { value_field: '{{slug}}', search_fields: ['title', 'summary'], display_fields: ['title'] },
  challenges: { value_field: '{{slug}}', search_fields: ['title', 'question'], display_fields: ['title'] },
  principles: { value_field: 'id', search_fields: ['id', 'title'], display_fields: ['{{id}}: {{title}}'] },
};

function context(modules: readonly ModuleRef[]): FieldContext {
  return {
    label: fieldLabel,
    rule: (name, vars) => cmsText(`cms.rule.${name}`, vars),
    vocabularies: [themes, regions, audiences, levels, statuses, indicators, contentTypes],
    reference: (collection) => {
      // A module's ID is its folder name, which Decap's relation widget cannot produce: offer the modules built with the site.
      if (collection === 'training') return { widget: 'select', options: modules.map((m) => ({ label: m.title, value: m.id })) };
      const relation = relationTo[collection];
      if (!relation) throw new Error(`no CMS relation settings for references to ${collection}`);
      return { widget: 'relation', collection, options_length: 50, ...relation };
    },
    stableIds: ['id', 'clauses.id'],
    stableIdWidget,
  };
}

function body(collection: string): CmsField {
  const hint = collection === 'caseStudies' ? cmsText('cms.hint.body.caseStudies') : cmsText('cms.hint.body');
  return {
    name: 'body',
    label: fieldLabel(['body']),
    widget: 'markdown',
    required: false,
    hint,
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
}

const fieldsOf = (name: CollectionName, modules: readonly ModuleRef[]): CmsField[] => [
  ...objectFields(collections[name].schema(markReference), context(modules)),
  body(name),
];

function collection(name: CollectionName, modules: readonly ModuleRef[], options: Partial<CmsCollection>): CmsCollection {
  return {
    name,
    label: cmsText(`cms.collection.${name}`),
    label_singular: cmsText(`cms.collection.${name}.singular`),
    folder: `content/${collections[name].folder}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Deleting breaks references and published links; a deletion goes through a pull request instead.
    delete: false,
    identifier_field: 'title',
    summary: '{{title}}',
    fields: fieldsOf(name, modules),
    ...options,
  };
}

/**
 * Every CMS collection. `modules` are the training modules the site was built with: each gets a collection for its
 * lessons, and principles pick modules from them.
 * @example cmsCollections([{ id: 'data-literacy', title: 'Data literacy for public servants' }]).map((c) => c.name)
 * // ['caseStudies', 'challenges', 'countries', 'principles', 'training', 'lessons-data-literacy', 'pages']
 */
export function cmsCollections(modules: readonly ModuleRef[]): CmsCollection[] {
  return [
    // A case study's file name starts with its country's code, as in content/README.md: est-x-road-once-only.md.
    collection('caseStudies', modules, { slug: '{{fields.country}}-{{slug}}' }),
    // A country's ID is its file name (ISO 3166-1 alpha-3), which a title cannot produce: countries are added by pull
    // request. Decap never renames an existing entry's file, so editing a country keeps its ID.
    collection('challenges', modules, {}),
    collection('countries', modules, { create: false, identifier_field: 'name', summary: '{{name}}' }),
    // p<n>-<slug>.md; the principle and clause IDs use the stable-id widget: editable only until first saved.
    collection('principles', modules, { slug: '{{fields.id}}-{{fields.slug}}', summary: '{{id}}: {{title}}' }),
    // Module index files sit beside their lessons; only index files have no `order` (Decap's filter compares values).
    collection('training', modules, { path: '{{slug}}/index', filter: { field: 'order', value: undefined } }),
    ...modules.map((m) =>
      collection('lessons', modules, {
        name: `lessons-${m.id}`,
        label: cmsText('cms.collection.lessons', { module: m.title }),
        folder: `content/${collections.lessons.folder}/${m.id}`,
        slug: '{{fields.order}}-{{slug}}',
        // Lessons are the files of the folder without a `level`, which only the module's index.md has.
        filter: { field: 'level', value: undefined },
        summary: '{{order}}. {{title}}',
      }),
    ),
    collection('pages', modules, { create: false }),
  ];
}
