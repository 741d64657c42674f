// The whole Decap CMS configuration, built at build time by src/pages/admin/index.astro and handed to the browser as
// JSON (CMS.init with load_config_file: false). Nothing here is hand-copied from the schemas.
import type { CmsSettings } from '../config/cms.ts';
import { backendConfig, type BackendConfig } from './backend.ts';
import { cmsCollections, type CmsCollection, type ModuleRef } from './collections.ts';

/** Decap's configuration as generated here; JSON-serialisable. */
export interface DecapConfig extends BackendConfig {
  load_config_file: false;
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true };
  collections: CmsCollection[];
}

/**
 * @example cmsConfig({ settings: readCmsSettings(), siteUrl: 'http://localhost:4321', modules: [] }).backend.name // 'github'
 */
export function cmsConfig({
  settings,
  siteUrl,
  modules,
}: {
  settings: CmsSettings;
  siteUrl: string;
  modules: readonly ModuleRef[];
}): DecapConfig {
  return {
    load_config_file: false,
    ...backendConfig(settings),
    site_url: siteUrl,
    display_url: siteUrl,
    // Images a contributor uploads; served from /media/ like any file in public/.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: cmsCollections(modules),
  };
}
