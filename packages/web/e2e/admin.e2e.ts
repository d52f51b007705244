import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it as base } from 'vitest';
import { graphql } from '../src/gql';
import { signInAs, uniqueSuffix } from './api';
import { launchBrowser, newContext, screenshot, signIn } from './browser';

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

/** As in app.e2e.ts: a context and page of its own per test, a screenshot after, page errors fail it. */
const it = base.extend<{ browserContext: BrowserContext; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  browserContext: async ({}, use) => {
    const context = await newContext(browser);
    await use(context);
    await context.close();
  },
  page: async ({ browserContext, task }, use) => {
    const page = await browserContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await screenshot(
      page,
      `test-${task.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
    ).catch(() => undefined);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
});

const E2eCaseCountQuery = graphql(`
  query E2eCaseCountQuery {
    cases(first: 1) {
      totalCount
    }
  }
`);

/** What the API answers a key's request for the case list: the HTTP status and any error code. */
async function readCasesWithKey(secret: string): Promise<{ status: number; code: string | null; total?: number }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as {
    data?: { cases: { totalCount: number } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    total: body.data?.cases.totalCount,
  };
}

/** Opens an administration screen through the navigation, as an administrator would. */
async function openScreen(page: Page, screen: string) {
  await page.getByRole('navigation', { name: 'Klankbord' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('navigation', { name: 'Beheer / Administration' }).getByRole('link', { name: screen }).click();
  await page.getByRole('heading', { level: 1, name: screen }).waitFor();
}

describe('administration in the web app', () => {
  it('the administrator creates a service, a complaint type, a unit and a handler', async ({ page }) => {
    const suffix = uniqueSuffix().toUpperCase();
    await signIn(page, baseUrl, ADMINISTRATOR);

    await openScreen(page, 'Diensten');
    const service = page.getByRole('form', { name: 'service' });
    await service.getByLabel('Code', { exact: true }).fill(`SVC-${suffix}`);
    await service.getByLabel('Naam (Engels)').fill(`Catering ${suffix}`);
    await service.getByLabel('Naam (Nederlands)').fill(`Catering ${suffix}`);
    await service.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('cell', { name: `SVC-${suffix}`, exact: true }).waitFor();

    await openScreen(page, 'Klachtsoorten');
    const type = page.getByRole('form', { name: 'complaint type' });
    await type.getByLabel('Code', { exact: true }).fill(`TYPE-${suffix}`);
    await type.getByLabel('Naam (Engels)').fill(`Noise ${suffix}`);
    await type.getByLabel('Naam (Nederlands)').fill(`Geluidsoverlast ${suffix}`);
    await type.getByLabel('Doorlooptijd (werkdagen)').fill('7');
    await type.getByRole('button', { name: 'Opslaan' }).click();
    const typeRow = page.getByRole('row').filter({ hasText: `TYPE-${suffix}` });
    await typeRow.getByText('Versie 1: 7 werkdagen').waitFor();

    await openScreen(page, 'Organisatieonderdelen');
    const unit = page.getByRole('form', { name: 'unit' });
    await unit.getByLabel('Code', { exact: true }).fill(`UNIT-${suffix}`);
    await unit.getByLabel('Naam', { exact: true }).fill(`Facilitair ${suffix}`);
    await unit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('cell', { name: `UNIT-${suffix}`, exact: true }).waitFor();

    await openScreen(page, 'Personen en rollen');
    const person = page.getByRole('form', { name: 'person' });
    await person.getByLabel('Naam', { exact: true }).fill(`Bram Behandelaar ${suffix}`);
    await person.getByLabel('E-mailadres').fill(`bram.${suffix.toLowerCase()}@e2e.example`);
    await person.getByLabel('behandelaar', { exact: true }).check();
    await person.getByLabel('Organisatieonderdeel').selectOption({ label: `Facilitair ${suffix}` });
    await person.getByRole('button', { name: 'Opslaan' }).click();
    // The list shows handlers: the new one appears in it.
    await page.getByRole('cell', { name: `Bram Behandelaar ${suffix}`, exact: true }).waitFor();
    await screenshot(page, 'admin-people');
  });

  it('an API key made in the web app reads the case list over HTTP until it is revoked there', async ({ page }) => {
    const name = `BI ${uniqueSuffix()}`;
    await signIn(page, baseUrl, ADMINISTRATOR);
    await openScreen(page, 'API-sleutels');
    const form = page.getByRole('form', { name: 'API key' });
    await form.getByLabel('Naam', { exact: true }).fill(name);
    await form.getByLabel('cases:read').check();
    await form.getByRole('button', { name: 'Aanmaken' }).click();
    const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^kb_[0-9a-f]{8}_/);
    await screenshot(page, 'admin-api-key-secret');

    const allowed = await readCasesWithKey(secret);
    expect(allowed).toMatchObject({ status: 200, code: null });
    expect(allowed.total).toBeGreaterThanOrEqual(0);

    // Shown once: after a reload the list has the key, the secret is gone.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await row.textContent()).not.toContain(secret);

    await row.getByRole('button', { name: 'Intrekken' }).click();
    const confirm = row.getByRole('button', { name: `Ja, trek „${name}” in` });
    await confirm.click();
    // Revoked: the confirmation goes and no revoke button comes back.
    await confirm.waitFor({ state: 'detached' });
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await readCasesWithKey(secret)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
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
