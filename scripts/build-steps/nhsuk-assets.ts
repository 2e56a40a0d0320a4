/**
 * Copies nhsuk-frontend's images (icons, favicons) into `public/assets/nhsuk/`, where its CSS
 * expects them, so they ship with the site instead of coming from a CDN. Runs before `dev` and `build`.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

export async function copyNhsukAssets(root: string): Promise<void> {
  await cp(
    path.join(root, 'node_modules/nhsuk-frontend/dist/nhsuk/assets/images'),
    path.join(root, 'public/assets/nhsuk/images'),
    { recursive: true },
  );
}

if (import.meta.main) {
  await copyNhsukAssets(REPOSITORY_ROOT);
  console.log('✓ copied nhsuk-frontend assets to public/assets/nhsuk/');
}
