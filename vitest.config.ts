import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
  'tests/content-check/glossary-meaning.test.ts',
  'tests/content-check/held-out-questions.test.ts',
  'tests/publishing/**/*.test.ts',
  'netlify/**/*.test.ts',
  'bench/**/*.test.ts',
];

/**
 * The longest test files, started first. In a clean clone Vitest has no timings yet and starts the
 * largest files first, which once left the longest ones to start late and run on alone after
 * everything else had finished: the every-page test (about 1 minute alone on a 2-core machine,
 * 2 to 3 beside another file) and the relevance test (7,500 questions, about 1.5 minutes alone and
 * 4 to 5 beside another file).
 */
const LONGEST_FIRST = [
  'tests/browser/every-page.test.ts',
  'tests/browser/search-relevance.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return at < 0 ? LONGEST_FIRST.length : at;
    };
    // Stable: the rest keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    // Two test files at once even on two cores (Vitest's default there is one): the browser files
    // spend most of their time waiting for Chromium, which runs in processes of its own. Measured
    // on a shared 2-core machine: the browser project in 8 min 21 s instead of 10 min 12 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'site',
          include: [
            'tests/site/**/*.test.ts',
            'tests/content-check/**/*.test.ts',
            'tests/packs/**/*.test.ts',
          ],
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
