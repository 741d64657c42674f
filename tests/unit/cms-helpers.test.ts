import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backendConfig } from '../../src/cms/backend.ts';
import { emptyPaths, entryProblems } from '../../src/cms/entry-check.ts';
import { allOf, caseless, lengthPattern } from '../../src/cms/patterns.ts';
import { previewCss, stylesOf } from '../../src/cms/preview-css.ts';
import { readCmsSettings, repositoryFileUrl, repositoryUrl } from '../../src/config/cms.ts';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';

describe('CMS backends, chosen by environment variables', () => {
  it('save to GitHub with the editorial workflow and open authoring by default', () => {
    const config = backendConfig(readCmsSettings({ CMS_REPO: 'owner/repo', CMS_AUTH_URL: 'https://auth.example.org' }));
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'owner/repo',
      branch: 'main',
      open_authoring: true,
      base_url: 'https://auth.example.org',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('save to GitLab when CMS_BACKEND=gitlab, with its PKCE application and API root', () => {
    const settings = readCmsSettings({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'group/repo',
      CMS_BRANCH: 'trunk',
      CMS_GITLAB_APP_ID: 'app-id',
      CMS_API_ROOT: 'https://git.example.org/api/v4',
    });
    expect(backendConfig(settings).backend).toEqual({
      name: 'gitlab',
      repo: 'group/repo',
      branch: 'trunk',
      auth_type: 'pkce',
      app_id: 'app-id',
      api_root: 'https://git.example.org/api/v4',
    });
    expect(repositoryFileUrl(settings, 'content/README.md')).toBe(
      'https://git.example.org/group/repo/-/blob/trunk/content/README.md',
    );
  });

  it('use a local decap-server on 127.0.0.1 at CMS_PROXY_PORT, 8081 unless set', () => {
    expect(backendConfig(readCmsSettings({})).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(backendConfig(readCmsSettings({ CMS_PROXY_PORT: '8091' })).local_backend).toEqual({
      url: 'http://127.0.0.1:8091/api/v1',
    });
  });

  it('refuse an unknown backend and give no repository address until CMS_REPO is set', () => {
    expect(() => readCmsSettings({ CMS_BACKEND: 'svn' })).toThrow('CMS_BACKEND must be github or gitlab');
    expect(repositoryUrl(readCmsSettings({}))).toBeUndefined();
    expect(repositoryUrl(readCmsSettings({ CMS_REPO: 'owner/repo' }))).toBe('https://github.com/owner/repo');
  });
});

describe('before the CMS saves an entry', () => {
  it('drops the optional fields left empty, deepest first', () => {
    const data = {
      title: 'X',
      period: { start: 2020, end: '' },
      outcomes: [{ text: 'Y', figure: '', year: null }],
      extra: { a: '' },
    };
    expect(emptyPaths(data)).toEqual([
      ['period', 'end'],
      ['outcomes', 0, 'figure'],
      ['outcomes', 0, 'year'],
      ['extra', 'a'],
      ['extra'],
    ]);
  });

  const valid = parseFrontmatter(readFileSync('tests/fixtures/valid/case-study.md', 'utf8'));

  it('finds nothing to refuse in a valid case study', () => {
    expect(entryProblems('caseStudies', valid.data, valid.body)).toEqual([]);
  });

  it('refuses what the build refuses across fields: a figure without its source, an end before the start', () => {
    const data = { ...valid.data, period: { start: 2020, end: 2019 }, outcomes: [{ text: 'More users.', figure: '97%' }] };
    expect(entryProblems('caseStudies', data, '')).toEqual([
      'period.end: end must not be before start',
      'outcomes[0].source: a figure needs the number of its source',
    ]);
  });

  it('says "required" for a missing field, and refuses an image without alt text in the body', () => {
    const { sources: _sources, ...data } = valid.data;
    expect(entryProblems('caseStudies', data, 'Text ![](chart.png)')).toEqual([
      'sources: required',
      'body: image chart.png has no alt text',
    ]);
  });

  it('checks a lesson of any module against the lesson schema', () => {
    expect(entryProblems('lessons-data-literacy', { title: 'T' }, '')).toContain('order: required');
  });
});

describe('files the CMS writes', () => {
  it('are read by validate as Astro reads them: an unquoted No or 12:30 stays text, a date becomes a date', () => {
    // Decap writes YAML 1.2 and leaves these unquoted; YAML 1.1 would read them as false and 750.
    const written = '---\nanswer: No\noptions:\n  - No\n  - 12:30\npublished: 2026-11-27\n---\nBody';
    expect(parseFrontmatter(written).data).toEqual({ answer: 'No', options: ['No', '12:30'], published: new Date('2026-11-27') });
  });
});

describe('CMS patterns', () => {
  it('spell out a case-insensitive regex without flags', () => {
    const source = caseless('^https?:\\/\\/[a-z]+\\d');
    expect(source).toBe('^[hH][tT][tT][pP][sS]?:\\/\\/[a-zA-Z]+\\d');
    expect(['HTTPS://ABC1', 'http://abc1', 'ftp://abc1'].map((v) => new RegExp(source).test(v))).toEqual([true, true, false]);
  });

  it('measure a trimmed length and refuse spaces only', () => {
    const re = new RegExp(lengthPattern({ min: 1, max: 3, trimmed: true }));
    expect(['abc', '  abc  ', 'a b', 'abcd', '   ', ''].map((v) => re.test(v))).toEqual([true, true, true, false, false, false]);
  });

  it('combine rules so that all must hold', () => {
    const re = new RegExp(allOf(['^P\\d+$', lengthPattern({ max: 3, trimmed: false })]));
    expect(['P1', 'P12', 'P123', 'X1'].map((v) => re.test(v))).toEqual([true, true, false, false]);
  });
});

describe('the CMS previews', () => {
  it('use the site CSS with component styles unscoped', () => {
    const source = readFileSync('src/components/FactList.astro', 'utf8');
    expect(stylesOf('FactList.astro', source)).toContain('.facts dt {');
    expect(previewCss({ 'a.css': 'a { color: red; }', 'B.astro': '<p /><style>p { margin: 0; }</style>' })).toBe(
      '/* a.css */\na { color: red; }\n/* B.astro */\np { margin: 0; }',
    );
  });
});
