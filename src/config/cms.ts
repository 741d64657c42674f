/**
 * Where the CMS saves, read from the environment at build time so a deployment changes no code (README: Configuration).
 * @example CMS_REPO=owner/repo CMS_BRANCH=main SITE_URL=https://exchange.example.org npm run build
 */
export interface CmsSettings {
  /** `github` (default; supports open authoring) or `gitlab`. */
  backend: 'github' | 'gitlab';
  /** `owner/name` of the repository the site is built from; empty until a deployment sets CMS_REPO. */
  repo: string;
  /** The branch that is published. */
  branch: string;
  /** OAuth server for the GitHub backend (CMS_AUTH_URL) and its path (CMS_AUTH_ENDPOINT); Decap's defaults if unset. */
  authUrl: string | undefined;
  authEndpoint: string | undefined;
  /** GitLab: the OAuth application ID (PKCE) and, for a self-hosted GitLab, its API root. */
  gitlabAppId: string | undefined;
  apiRoot: string | undefined;
  /** Port of the local decap-server that `npm start` and `npm run dev` run on 127.0.0.1. */
  proxyPort: number;
}

/** Reads the CMS settings from an environment (process.env by default). */
export function readCmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const backend = env['CMS_BACKEND'] ?? 'github';
  if (backend !== 'github' && backend !== 'gitlab') throw new Error(`CMS_BACKEND must be github or gitlab, not "${backend}"`);
  return {
    backend,
    repo: env['CMS_REPO'] ?? '',
    branch: env['CMS_BRANCH'] ?? 'main',
    authUrl: env['CMS_AUTH_URL'],
    authEndpoint: env['CMS_AUTH_ENDPOINT'],
    gitlabAppId: env['CMS_GITLAB_APP_ID'],
    apiRoot: env['CMS_API_ROOT'],
    proxyPort: Number(env['CMS_PROXY_PORT'] ?? 8081),
  };
}

/**
 * The web address of the repository, when one is configured, e.g. `https://github.com/owner/repo`.
 * A self-hosted GitLab's address comes from its API root (`https://git.example.org/api/v4` → `https://git.example.org`).
 */
export function repositoryUrl(s: CmsSettings): string | undefined {
  if (!s.repo) return undefined;
  if (s.backend === 'github') return `https://github.com/${s.repo}`;
  const host = s.apiRoot ? new URL(s.apiRoot).origin : 'https://gitlab.com';
  return `${host}/${s.repo}`;
}

/** The address of a file on the published branch, e.g. content/README.md, when a repository is configured. */
export function repositoryFileUrl(s: CmsSettings, path: string): string | undefined {
  const repo = repositoryUrl(s);
  if (!repo) return undefined;
  return s.backend === 'github' ? `${repo}/blob/${s.branch}/${path}` : `${repo}/-/blob/${s.branch}/${path}`;
}
