// /admin/ mounts this as a React island (client:only) rather than a plain script, so Astro loads React's
// development tooling with it under `npm run dev`. It renders nothing: Decap renders its own root.
import { useEffect } from 'react';

export default function CmsApp() {
  useEffect(() => {
    void import('./admin.ts');
  }, []);
  return null;
}
