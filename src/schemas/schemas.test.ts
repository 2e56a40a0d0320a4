import { describe, expect, it } from 'vitest';
import { idReference } from './document.ts';
import { isRealIsoDate } from './fields.ts';
import { guidanceSchema } from './guidance.ts';
import { organisationSchema } from './organisation.ts';
import { requirementSchema } from './requirement.ts';
import { resourceSchema } from './resource.ts';
import { toolkitSchema } from './toolkit.ts';

const validGuidance = {
  title: 'Discharge summaries',
  summary: 'What to expect.',
  requirements: ['discharge-summaries'],
  organisations: ['nhs-england'],
  audience: ['gp'],
  published: '2025-01-10',
  updated: '2025-02-01',
  reviewDue: '2026-02-01',
  sources: [
    {
      title: 'Interface',
      url: 'https://www.england.nhs.uk/gp/gpfv/workload/interface/',
      publisher: 'NHS England',
    },
  ],
  status: 'current',
};

const guidance = guidanceSchema(idReference);

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guidance frontmatter', () => {
  it('accepts a complete, valid document and turns its dates into Dates', () => {
    const parsed = guidance.parse(validGuidance);
    expect(parsed.published).toEqual(new Date('2025-01-10T00:00:00Z'));
  });

  it('rejects an audience that is not one of the allowed values', () => {
    const issues = issuesOf(guidance.safeParse({ ...validGuidance, audience: ['doctor'] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^audience\.0: /);
  });

  it('rejects an impossible date instead of rolling it into the next month', () => {
    expect(issuesOf(guidance.safeParse({ ...validGuidance, published: '2025-02-30' }))).toEqual([
      'published: Expected a real date written as YYYY-MM-DD, e.g. 2025-04-01',
    ]);
  });

  it('rejects a review date that is not after the last update', () => {
    expect(issuesOf(guidance.safeParse({ ...validGuidance, reviewDue: '2025-02-01' }))).toEqual([
      'reviewDue: Expected reviewDue to be after updated',
    ]);
  });

  it('rejects an update before publication', () => {
    expect(issuesOf(guidance.safeParse({ ...validGuidance, updated: '2025-01-01' }))).toEqual([
      'updated: Expected updated to be on or after published',
    ]);
  });

  it('requires at least one requirement, organisation, audience and source', () => {
    const issues = issuesOf(
      guidance.safeParse({
        ...validGuidance,
        requirements: [],
        organisations: [],
        audience: [],
        sources: [],
      }),
    );
    expect(issues.map((i) => i.split(':')[0])).toEqual([
      'requirements',
      'organisations',
      'audience',
      'sources',
    ]);
  });

  it('rejects a field the schema does not know, so typos are caught', () => {
    expect(issuesOf(guidance.safeParse({ ...validGuidance, reviewdue: '2026-01-01' }))[0]).toMatch(
      /reviewdue/,
    );
  });
});

describe('isRealIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['01/02/2025', false],
  ])('%s is %s', (text, expected) => {
    expect(isRealIsoDate(text)).toBe(expected);
  });
});

describe('resources and toolkits', () => {
  it('requires a resource kind from the list', () => {
    const resources = resourceSchema(idReference);
    expect(resources.safeParse({ ...validGuidance, kind: 'briefing' }).success).toBe(true);
    expect(issuesOf(resources.safeParse({ ...validGuidance, kind: 'poster' }))[0]).toMatch(
      /^kind: /,
    );
  });

  it('requires a toolkit to list at least one file, named without folders', () => {
    const toolkits = toolkitSchema(idReference);
    expect(issuesOf(toolkits.safeParse({ ...validGuidance, files: [] }))[0]).toMatch(/^files: /);
    const withFolder = {
      ...validGuidance,
      files: [{ file: '../secret.txt', title: 'x', description: 'y' }],
    };
    expect(issuesOf(toolkits.safeParse(withFolder))[0]).toMatch(
      /^files\.0\.file: Expected a file name/,
    );
  });

  it('accepts a .yaml or .md source beside index.md for a generated file, and a .yaml checklist', () => {
    const toolkits = toolkitSchema(idReference);
    const file = { file: 'log.xlsx', source: 'log.yaml', title: 'Log', description: 'A log.' };
    expect(
      toolkits.safeParse({ ...validGuidance, files: [file], checklist: 'checklist.yaml' }).success,
    ).toBe(true);
    expect(
      issuesOf(
        toolkits.safeParse({ ...validGuidance, files: [{ ...file, source: '../log.yaml' }] }),
      ),
    ).toEqual([
      'files.0.source: Expected a .yaml or .md file name beside index.md, e.g. checklist.yaml',
    ]);
    expect(
      issuesOf(toolkits.safeParse({ ...validGuidance, files: [file], checklist: 'checklist.md' })),
    ).toEqual(['checklist: Expected a .yaml file name beside index.md, e.g. checklist.yaml']);
  });
});

describe('requirements and organisations', () => {
  const requirement = {
    title: 'Discharge summaries',
    summary: 'Within 24 hours.',
    ruleNow: 'The hospital sends the GP a discharge summary within 24 hours.',
    howToQuote: 'NHS Standard Contract, SC11.5: a discharge summary within 24 hours.',
    clauses: [{ edition: '2017-19', ref: 'SC11.5' }],
    appliesTo: ['acute'],
    status: 'current',
    sources: validGuidance.sources,
  };

  it('accepts a requirement with one clause and defaults its keywords', () => {
    expect(requirementSchema.parse(requirement).keywords).toEqual([]);
  });

  it('rejects a requirement without the rule now or a line to quote', () => {
    const { ruleNow: _rule, howToQuote: _quote, ...bare } = requirement;
    expect(issuesOf(requirementSchema.safeParse(bare))).toEqual([
      expect.stringMatching(/^ruleNow: /),
      expect.stringMatching(/^howToQuote: /),
    ]);
  });

  it('rejects a requirement with no clauses or an unknown contract edition', () => {
    expect(issuesOf(requirementSchema.safeParse({ ...requirement, clauses: [] }))[0]).toMatch(
      /^clauses: /,
    );
    const badEdition = { ...requirement, clauses: [{ edition: '2016', ref: 'SC1' }] };
    expect(issuesOf(requirementSchema.safeParse(badEdition))[0]).toMatch(/^clauses\.0\.edition: /);
  });

  it('requires an organisation to say whether it is a member', () => {
    const organisation = {
      name: 'Royal College of Nursing',
      shortName: 'RCN',
      url: 'https://www.rcn.org.uk/',
      description: 'Nurses.',
    };
    expect(issuesOf(organisationSchema.safeParse(organisation))[0]).toMatch(/^member: /);
    expect(organisationSchema.safeParse({ ...organisation, member: true }).success).toBe(true);
  });
});
