import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from '../../src/lib/repository-root.ts';

const folder = path.join(REPOSITORY_ROOT, '.github/workflows');
const files = (await readdir(folder)).filter((file) => /\.ya?ml$/.test(file)).sort();
const read = (file: string) => readFile(path.join(folder, file), 'utf8');

describe.each(files)('.github/workflows/%s', (file) => {
  it('is a valid GitHub Actions workflow', async () => {
    const { errors } = validateWorkflow(await read(file));
    expect(errors.map((error) => `${'path' in error ? error.path : ''} ${error.title}`)).toEqual(
      [],
    );
  });

  it('gives the workflow read-only access unless a job asks for more', async () => {
    const workflow = parse(await read(file)) as { permissions: Record<string, string> };
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe('publishing', () => {
  type Step = {
    uses?: string;
    run?: string;
    if?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  };
  type Job = { permissions?: Record<string, string>; steps: Step[]; if?: string };

  it('builds with full history and the site address from one repository variable', async () => {
    const { jobs } = parse(await read('publish.yml')) as { jobs: Record<string, Job> };
    const steps = jobs.build!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(
      0,
    );
    expect(steps.find((s) => s.run === 'npm run build')?.env?.SITE_URL).toBe(
      '${{ vars.SITE_URL }}',
    );
  });

  it('lets only the deploy job, on main, write to GitHub Pages', async () => {
    const { jobs } = parse(await read('publish.yml')) as { jobs: Record<string, Job> };
    const writers = Object.entries(jobs).filter(([, job]) => job.permissions);
    expect(writers.map(([name, job]) => [name, job.permissions])).toEqual([
      ['deploy', { pages: 'write', 'id-token': 'write' }],
    ]);
    expect(jobs.deploy!.if).toContain("github.ref == 'refs/heads/main'");
    expect(jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('names the downloadable build of a pull request in the job summary', async () => {
    const { jobs } = parse(await read('publish.yml')) as { jobs: Record<string, Job> };
    const steps = jobs.build!.steps;
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe("github.event_name == 'pull_request'");
    const summary = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    expect(summary?.env?.ARTIFACT_URL).toBe('${{ steps.preview.outputs.artifact-url }}');
  });
});
