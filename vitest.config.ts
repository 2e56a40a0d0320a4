import { defineConfig } from 'vitest/config';

/**
 * Three projects, so a contributor runs only what a change needs:
 * - unit: pure modules (tests beside them) and the content check over fixtures; builds nothing.
 * - site: tests that read the built `dist/` or run a build of their own.
 * - browser: tests that drive Chromium against the served build.
 * `npm test` runs all three and builds the site once (tests/setup/build-site.ts).
 */
const unit = [
  'src/**/*.test.ts',
  'scripts/**/*.test.ts',
  'tests/content-check/broken-content.test.ts',
  'tests/content-check/cli.test.ts',
  'tests/publishing/**/*.test.ts',
  'netlify/**/*.test.ts',
  'bench/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/content-check/**/*.test.ts'],
          exclude: unit,
          globalSetup: ['tests/setup/build-site.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'],
        },
      },
    ],
  },
});
