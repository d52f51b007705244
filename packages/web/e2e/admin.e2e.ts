import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { graphql } from '../src/gql';
import { signInAs, uniqueSuffix } from './api';
import {
  createApiKey,
  createComplaintType,
  createPerson,
  createService,
  createUnit,
  openScreen,
  readCasesWithKey,
  revokeApiKey,
} from './admin-actions';
import { browserTest, launchBrowser, screenshot, signIn } from './browser';

/** The demo administrator (seeded reference data). */
const ADMINISTRATOR = 'Anouk Beheer';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const it = browserTest(() => browser, 'test');

const E2eCaseCountQuery = graphql(`
  query E2eCaseCountQuery {
    cases(first: 1) {
      totalCount
    }
  }
`);

describe('administration in the web app', () => {
  it('the administrator creates a service, a complaint type, a unit and a handler', async ({ page }) => {
    const suffix = uniqueSuffix().toUpperCase();
    await signIn(page, baseUrl, ADMINISTRATOR);

    await createService(page, { code: `SVC-${suffix}`, nameEn: `Catering ${suffix}`, nameNl: `Catering ${suffix}` });
    await createComplaintType(page, {
      code: `TYPE-${suffix}`,
      nameEn: `Noise ${suffix}`,
      nameNl: `Geluidsoverlast ${suffix}`,
      leadTimeWorkingDays: 7,
    });
    await createUnit(page, { code: `UNIT-${suffix}`, name: `Facilitair ${suffix}` });
    // The list of handlers shows the new one.
    await createPerson(page, {
      name: `Bram Behandelaar ${suffix}`,
      email: `bram.${suffix.toLowerCase()}@e2e.example`,
      role: 'behandelaar',
      unit: `Facilitair ${suffix}`,
    });
    await screenshot(page, 'admin-people');
  });

  it('an API key made in the web app reads the case list over HTTP until it is revoked there', async ({ page }) => {
    const name = `BI ${uniqueSuffix()}`;
    await signIn(page, baseUrl, ADMINISTRATOR);
    const secret = await createApiKey(page, name, ['cases:read']);
    await screenshot(page, 'admin-api-key-secret');

    const allowed = await readCasesWithKey(baseUrl, secret);
    expect(allowed).toMatchObject({ status: 200, code: null });
    expect(allowed.total).toBeGreaterThanOrEqual(0);

    // Shown once: after a reload the list has the key, the secret is gone.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await row.textContent()).not.toContain(secret);

    await revokeApiKey(page, name);
    expect(await readCasesWithKey(baseUrl, secret)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('an import dry run shows every row problem at once and writes nothing', async ({ page }) => {
    const admin = await signInAs(baseUrl, ADMINISTRATOR);
    const before = (await admin.request(E2eCaseCountQuery, {})).cases.totalCount;
    const csv = [
      'kind,receivedAt,description,submitterName,service',
      'COMPLIMENT,2025-02-01T10:00:00+01:00,Very friendly help from the service desk.,Piet Pieters,',
      'COMPLAINT,yesterday,short,,',
      'SUGGESTION,2025-02-03T10:00:00+01:00,Please offer the portal in dark mode.,Anna,NO-SUCH-SERVICE',
    ].join('\n');

    await signIn(page, baseUrl, ADMINISTRATOR);
    await openScreen(page, 'Importeren');
    await page.getByLabel('Bestand').setInputFiles({
      name: 'history.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();
    const report = page.getByRole('status', { name: 'import report' });
    await report.getByText('niets opgeslagen: 1 rijen goed, 2 rijen afgewezen').waitFor();
    const problems = report.getByRole('table', { name: 'row problems' }).locator('tbody tr');
    const rows = await problems.evaluateAll((trs) =>
      trs.map((tr) => [tr.children[0]?.textContent, tr.children[1]?.textContent]),
    );
    expect(rows).toEqual([
      ['2', 'receivedAt'],
      ['2', 'description'],
      ['2', 'submitterName'],
      ['3', 'service'],
    ]);
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-dry-run');
    expect((await admin.request(E2eCaseCountQuery, {})).cases.totalCount).toBe(before);
  });
});
