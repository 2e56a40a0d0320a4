import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, openSite, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page) {
  const { violations } = await runAxe(page);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the self-assessment in Chromium', () => {
  it('keeps answers across a reload, makes no request while answering and exports them as CSV', async () => {
    const site = await openSite(browser, { acceptDownloads: true });
    const page = await site.newPage();
    await page.goto(siteUrl('/self-assessment/'));
    await page.waitForSelector('#self-assessment-actions:not([hidden])');

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByLabel('Not met').first().check();
    await page.locator('input[name="clinic-letters-status"][value="partly-met"]').check();
    await page.fill(
      '#clinic-letters-notes',
      'Audit shows delays in two specialties, "urgent" fix agreed',
    );
    await page.fill('#fit-notes-notes', 'No stock in outpatients');
    await page.getByLabel('Organisation').fill('Northshire Hospitals, NHS Trust');
    await page.getByLabel('Assessor').fill('A. Lead, interface lead');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2027');
    expect(requests).toEqual([]);
    await expect(page.locator('#self-assessment-status').textContent()).resolves.toBe(
      'Your answers are saved in this browser.',
    );

    await page.reload();
    await page.waitForSelector('#self-assessment-actions:not([hidden])');
    const firstId = await page
      .locator('[data-requirement]')
      .first()
      .getAttribute('data-requirement');
    await expect(
      page.locator(`input[name="${firstId}-status"][value="not-met"]`).isChecked(),
    ).resolves.toBe(true);
    await expect(
      page.locator('input[name="clinic-letters-status"][value="partly-met"]').isChecked(),
    ).resolves.toBe(true);
    await expect(page.inputValue('#clinic-letters-notes')).resolves.toBe(
      'Audit shows delays in two specialties, "urgent" fix agreed',
    );
    await expect(page.inputValue('#assessment-organisation')).resolves.toBe(
      'Northshire Hospitals, NHS Trust',
    );
    await expect(page.inputValue('#assessment-date-year')).resolves.toBe('2027');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-csv'),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^interface-self-assessment-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile((await download.path())!, 'utf8');
    const who = '"Northshire Hospitals, NHS Trust","A. Lead, interface lead",2027-02-03,';
    expect(csv).toContain(`${who}clinic-letters,Clinic letters,`);
    expect(csv).toContain(
      ',Partly met,"Audit shows delays in two specialties, ""urgent"" fix agreed"\r\n',
    );
    expect(csv).toContain(',Not answered,No stock in outpatients\r\n');
    expect(csv.split('\r\n').filter((line) => line.startsWith(`${who}${firstId},`))[0]).toContain(
      ',Not met,',
    );
    expect(site.foreignRequests).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await site.context.close();
  });

  it('shows how many requirements are answered at the top, as they are answered', async () => {
    const site = await openSite(browser);
    const page = await site.newPage();
    await page.goto(siteUrl('/self-assessment/'));
    await page.waitForSelector('#self-assessment-progress:not([hidden])');
    const progress = page.locator('#self-assessment-progress');
    const total = await page.locator('[data-requirement]').count();
    await expect(progress.textContent()).resolves.toBe(`0 of ${total} answered`);
    await expect(progress.getAttribute('role')).resolves.toBe('status');
    await page.locator('input[name="fit-notes-status"][value="met"]').check();
    await page.locator('input[name="shared-care-status"][value="not-met"]').check();
    await page.fill('#clinic-letters-notes', 'Notes alone do not count');
    await expect(progress.textContent()).resolves.toBe(`2 of ${total} answered`);
    const [progressTop, formTop] = await Promise.all(
      [progress, page.locator('#self-assessment')].map((l) =>
        l.evaluate((el) => el.getBoundingClientRect().top),
      ),
    );
    expect(progressTop).toBeLessThan(formTop);
    await site.context.close();
  });

  it('prints a report with the gaps first and leaves the form and navigation out', async () => {
    const site = await openSite(browser);
    const page = await site.newPage();
    await page.goto(siteUrl('/self-assessment/'));
    await page.waitForSelector('#self-assessment-actions:not([hidden])');
    await page.locator('input[name="discharge-summaries-status"][value="met"]').check();
    await page.locator('input[name="shared-care-status"][value="not-met"]').check();
    await page.locator('input[name="fit-notes-status"][value="partly-met"]').check();
    await page.getByLabel('Organisation').fill('Northshire Hospitals NHS Trust');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2027');
    const order = await page.locator('#report-rows tr th').allTextContents();
    expect(order.slice(0, 2)).toEqual([
      'Shared care prescribing',
      'Fit notes from hospital clinicians',
    ]);
    expect(order.at(-1)).toBe('Discharge summaries within 24 hours');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#report').isVisible()).resolves.toBe(true);
    await expect(page.locator('#self-assessment').isVisible()).resolves.toBe(false);
    await expect(page.locator('header.nhsuk-header').isVisible()).resolves.toBe(false);
    const details = await page.locator('#report-details dd').allTextContents();
    expect(details).toEqual(['Northshire Hospitals NHS Trust', 'Not given', '2027-02-03']);
    for (const notice of [
      '.nhsuk-inset-text',
      '#self-assessment-progress',
      '.nhsuk-lede-text',
      '#self-assessment-actions',
    ]) {
      await expect(page.locator(notice).first().isVisible(), notice).resolves.toBe(false);
    }
    await site.context.close();
  });

  it('passes axe (WCAG 2.2 AA) with answers and details entered', async () => {
    const site = await openSite(browser);
    const page = await site.newPage();
    await page.goto(siteUrl('/self-assessment/'));
    await page.waitForSelector('#self-assessment-actions:not([hidden])');
    await page.locator('input[name="shared-care-status"][value="not-met"]').check();
    await page.getByLabel('Organisation').fill('Northshire Hospitals NHS Trust');
    await page.getByLabel('Assessor').fill('A. Lead');
    await page.getByLabel('Day').fill('3');
    expect(await axeViolations(page)).toEqual([]);
    await site.context.close();
  });
});

describe('toolkit pages in Chromium', () => {
  it.each(['provider-commissioner-toolkit', 'gp-practice-toolkit', 'patient-participation-pack'])(
    '/toolkits/%s/ passes axe (WCAG 2.2 AA)',
    async (id) => {
      const site = await openSite(browser);
      const page = await site.newPage();
      await page.goto(siteUrl(`/toolkits/${id}/`));
      expect(await axeViolations(page)).toEqual([]);
      expect(site.foreignRequests).toEqual([]);
      await site.context.close();
    },
  );
});
