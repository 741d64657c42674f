// The browser side of /admin/: starts Decap CMS with the configuration src/pages/admin/index.astro generated at
// build time, registers the stable-id widget, the preview templates with the site's CSS, and the check before saving.
// The entry of the CMS bundle (scripts/build-cms.ts); Decap renders into the page itself, no island needed.
import CMS from 'decap-cms-app';
import type { CmsConfig, CmsWidgetControlProps, CmsWidgetPreviewProps, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { t } from '../i18n/t.ts';
import type { DecapConfig } from './config.ts';
import { stableIdWidget } from './collections.ts';
import { emptyPaths, entryProblems } from './entry-check.ts';
import { withMinItems } from './min-items-list.ts';
import { StableIdControl, StableIdPreview } from './StableIdControl.tsx';
import { CaseStudyPreview } from './previews/CaseStudyPreview.tsx';
import { principlePreview, type PreviewSite } from './previews/PrinciplePreview.tsx';

/** What the admin page embeds in `<script type="application/json" id="cms-data">`. */
export interface AdminData {
  config: DecapConfig;
  previewCss: string;
  site: PreviewSite;
}

/** Decap's Immutable.js entry data, narrowed to what the check uses. */
interface DataMap {
  toJS(): unknown;
  deleteIn(path: (string | number)[]): DataMap;
}

const { config, previewCss, site } = JSON.parse(document.getElementById('cms-data')?.textContent ?? '{}') as AdminData;

// Our components declare only the props they read; Decap passes more.
const control = StableIdControl as unknown as ComponentType<CmsWidgetControlProps>;
const template = (c: unknown) => c as ComponentType<PreviewTemplateComponentProps>;
CMS.registerWidget(stableIdWidget, control, StableIdPreview as unknown as ComponentType<CmsWidgetPreviewProps>);
const list = CMS.getWidget('list') as unknown as { control: Parameters<typeof withMinItems>[0]; preview: never; schema: never };
// Decap's registerWidget(name, control, preview, schema): the list keeps its preview and config schema.
(CMS.registerWidget as (...args: unknown[]) => void)('list', withMinItems(list.control), list.preview, list.schema);
CMS.registerPreviewStyle(previewCss, { raw: true });
CMS.registerPreviewTemplate('caseStudies', template(CaseStudyPreview));
CMS.registerPreviewTemplate('principles', template(principlePreview(site)));

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    let data = entry.get('data') as DataMap;
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    const { body = '', ...frontmatter } = data.toJS() as { body?: string };
    const problems = entryProblems(String(entry.get('collection')), frontmatter, body);
    // Decap shows the message of a failed save in its notification bar, and writes nothing.
    if (problems.length > 0) throw new Error(t('cms.rule.refused', { problems: problems.join('; ') }));
    return data;
  },
});

CMS.init({ config: config as unknown as CmsConfig });
