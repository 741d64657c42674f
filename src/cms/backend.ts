// The git host the CMS saves to. Production: GitHub (or GitLab) with the editorial workflow, so every entry is a
// branch and pull request a maintainer reviews. Locally, Decap switches to decap-server when it answers on 127.0.0.1.
import type { CmsSettings } from '../config/cms.ts';

/** Decap's `backend`, `publish_mode` and `local_backend` options. */
export interface BackendConfig {
  backend: Record<string, string | boolean>;
  publish_mode: 'editorial_workflow';
  local_backend: { url: string };
}

/**
 * @example backendConfig(readCmsSettings({ CMS_REPO: 'owner/repo' })).backend
 * // { name: 'github', repo: 'owner/repo', branch: 'main', open_authoring: true }
 */
export function backendConfig(s: CmsSettings): BackendConfig {
  const common = { repo: s.repo, branch: s.branch };
  const backend =
    s.backend === 'github'
      ? {
          name: 'github',
          ...common,
          // Contributors without write access get a fork and a pull request (GitHub only).
          open_authoring: true,
          ...(s.authUrl ? { base_url: s.authUrl } : {}),
          ...(s.authEndpoint ? { auth_endpoint: s.authEndpoint } : {}),
        }
      : {
          name: 'gitlab',
          ...common,
          ...(s.gitlabAppId ? { auth_type: 'pkce', app_id: s.gitlabAppId } : {}),
          ...(s.apiRoot ? { api_root: s.apiRoot } : {}),
        };
  return {
    backend,
    publish_mode: 'editorial_workflow',
    // Used only when the CMS is opened on localhost and decap-server answers there (scripts/with-cms.ts).
    local_backend: { url: `http://127.0.0.1:${s.proxyPort}/api/v1` },
  };
}
