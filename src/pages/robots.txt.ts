// /robots.txt: everything may be crawled but the CMS; names the sitemap on the deployed address.
import type { APIRoute } from 'astro';
import { siteUrl } from '../config/site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${siteUrl}/sitemap-index.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
