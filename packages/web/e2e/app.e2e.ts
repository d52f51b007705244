import { amsterdamDateTime, fromAmsterdamDateTime } from '@klankbord/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { graphql } from '../src/gql';
import { signInAs, uniqueSuffix } from './api';
import { BROWSER_TIME_ZONE, browserTest, dashboardSettled, launchBrowser, screenshot, signIn } from './browser';
import { assignAsJustified, extendDeadline, takeStep } from './case-actions';
import {
  complaintAssignedToHandler,
  COMPLAINT_TYPE_NL,
  fileComplaint,
  HANDLER,
  MANAGEMENT,
  myCaseNumbers,
  proposedMeasure,
  RELATIONSHIP_MANAGER,
  SUBMITTER,
} from './factories';

const baseUrl = inject('baseUrl');
let browser: Browser;

// One browser per run (launching it is slow); every test gets a context of its own from it.
beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const it = browserTest(() => browser, 'test');

const E2eCaseExtensionsQuery = graphql(`
  query E2eCaseExtensionsQuery($id: ID!) {
    case(id: $id) {
      extensions {
        submitterInformedAt
        reason
      }
    }
  }
`);

/** The label of a select's chosen option. */
const chosenOption = (select: Locator) => select.locator('option:checked').textContent();
/** A select's options arrive with their own query, after the URL already chose one: wait for them. */
const POLL = { timeout: 15_000 };

const receivedTile = async (page: Page) =>
  Number((await page.getByTestId('tiles').locator('.tile').first().locator('.value').textContent()) ?? 'NaN');

/** The chart loads on demand: when the measure has an estimate to draw, waits until it is drawn. */
async function effectDrawn(page: Page) {
  const effect = page.getByTestId('measure-effect');
  await effect.waitFor();
  if ((await effect.getAttribute('data-state')) === 'ready') await effect.locator('.recharts-surface').waitFor();
}

describe('Klankbord in a real browser', () => {
  it('management sees the dashboard (and no submitter names), in Amsterdam time', async ({ page }) => {
    await signIn(page, baseUrl, MANAGEMENT);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_TIME_ZONE);
    await page.getByTestId('tiles').waitFor();
    expect(await receivedTile(page)).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /Klachten per soort/ }).waitFor();
    await dashboardSettled(page);
    expect(await page.locator('[data-widget][data-state=error]').count()).toBe(0);
    await screenshot(page, 'dashboard');
    expect(await page.content()).not.toContain(SUBMITTER);
  });

  it('a dashboard filter lives in the URL, applies on load and carries on to the cases behind a chart', async ({
    page,
  }) => {
    await signIn(page, baseUrl, MANAGEMENT);
    await page.getByLabel('Soort klacht', { exact: true }).selectOption({ label: COMPLAINT_TYPE_NL });
    await page.waitForURL(/[?&]types=[0-9a-f-]{36}/);
    const trend = page.locator('[data-widget=trend]');
    await trend.and(page.locator('[data-state=ready]')).waitFor();
    await trend.getByRole('button', { name: 'Tabel' }).click();
    await trend.getByRole('row', { name: /Doorlooptijd/ }).waitFor();
    // Only the chosen type is left in the trend (no other types, no "other").
    expect(await trend.locator('tbody tr').count()).toBe(1);

    // The same URL opened afresh shows the same filter.
    await page.reload();
    await page.locator('[data-widget=trend][data-state=ready]').waitFor();
    await expect
      .poll(() => chosenOption(page.getByLabel('Soort klacht', { exact: true })), POLL)
      .toBe(COMPLAINT_TYPE_NL);

    await page.locator('[data-widget=trend]').getByRole('link', { name: 'Bekijk de klachten' }).click();
    await page.waitForURL(/\/cases\?.*complaintTypeId=/);
    await page.getByTestId('case-count').waitFor();
    const types = await page.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Doorlooptijd']));
    await screenshot(page, 'cases-drill-down');
  });

  it('names types and outcomes in Dutch, and in English after the switch', async ({ page }) => {
    await signIn(page, baseUrl, MANAGEMENT);
    const leadTime = page.locator('[data-widget=lead-time][data-state=ready]');
    const outcomes = page.locator('[data-widget=outcomes][data-state=ready]');
    await leadTime.waitFor();
    await outcomes.waitFor();
    expect(await leadTime.textContent()).toContain('Kwaliteit van de levering');
    expect(await leadTime.textContent()).not.toContain('Quality of delivery');
    expect(await outcomes.textContent()).toContain('Gerechtvaardigd');
    expect(await outcomes.textContent()).not.toMatch(/justified/i);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Step 5 dashboard/ }).waitFor();
    expect(await leadTime.textContent()).toContain('Quality of delivery');
    expect(await outcomes.textContent()).toContain('Justified');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'dashboard-phone-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: /Dashboard stap 5/ }).waitFor();
  });

  it('a submitter files a complaint through the form and gets a registration number; the double click files it once', async ({
    page,
  }) => {
    const submitter = await signInAs(baseUrl, SUBMITTER);
    const before = await myCaseNumbers(submitter);
    await signIn(page, baseUrl, SUBMITTER);
    await page.getByLabel('Klacht', { exact: true }).check();
    await page.getByLabel(/Omschrijving/).fill('Mijn nieuwe laptop is na een maand nog steeds niet geleverd.');
    await page.getByLabel(/Telefoonnummer/).fill('06 1234 5678');
    await screenshot(page, 'intake-form');
    await page.getByRole('button', { name: 'Versturen' }).dblclick();
    const registrationNumber = (await page.getByTestId('registration-number').textContent()) ?? '';
    expect(registrationNumber).toMatch(/^SKC-\d{4}-\d{6}$/);
    await screenshot(page, 'intake-confirmation');
    // Both clicks' requests have been answered before counting.
    await page.waitForLoadState('networkidle');
    const after = await myCaseNumbers(submitter);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((number) => !before.includes(number))).toEqual([registrationNumber]);
    await page.goto(`${baseUrl}/mine`);
    await page.getByRole('link', { name: registrationNumber }).waitFor();
  });

  it('refuses a too-short complaint inline, with the server’s message', async ({ page }) => {
    await signIn(page, baseUrl, SUBMITTER);
    await page.goto(`${baseUrl}/submit`);
    await page.getByLabel(/Omschrijving/).fill('kort');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel(/Omschrijving/).getAttribute('aria-invalid')).toBe('true');
  });

  it('the relationship manager finds a new complaint in the queue and triages, decides, assigns and extends', async ({
    page,
  }) => {
    const complaint = await fileComplaint(baseUrl);
    await signIn(page, baseUrl, RELATIONSHIP_MANAGER);
    await page.getByTestId('queue').waitFor();
    await screenshot(page, 'queue');
    await page.getByRole('link', { name: complaint.registrationNumber }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('submitter').textContent()).toContain(SUBMITTER);
    await assignAsJustified(page, { handler: HANDLER, reason: 'De levering is inderdaad te laat.' });
    // Typed as Amsterdam wall-clock time to the minute, as a person here reads their clock: this
    // minute (the complaint was received moments ago, and being told cannot precede receipt).
    const informedAt = amsterdamDateTime(new Date());
    await extendDeadline(page, { extraWorkingDays: 3, reason: 'Onderdelen zijn nabesteld.', informedAt });
    expect(await page.getByTestId('case-status').textContent()).toBe('Toegewezen');
    // The deadline explains the extension.
    await page.getByText(/Verlengd tot .*: Onderdelen zijn nabesteld\./).waitFor();
    await screenshot(page, 'case-detail');
    const manager = await signInAs(baseUrl, RELATIONSHIP_MANAGER);
    const { case: stored } = await manager.request(E2eCaseExtensionsQuery, { id: complaint.id });
    // toMatchObject: generated documents ask for __typename too (the trusted-documents manifest has it).
    expect(stored.extensions).toMatchObject([
      { reason: 'Onderdelen zijn nabesteld.', submitterInformedAt: fromAmsterdamDateTime(informedAt).toISOString() },
    ]);
  });

  it('the handler logs a preventive measure, starts, resolves and closes an assigned complaint with it', async ({
    page,
  }) => {
    const complaint = await complaintAssignedToHandler(baseUrl);
    const title = `Buffervoorraad laptops ${uniqueSuffix()}`;
    await signIn(page, baseUrl, HANDLER);
    await page.goto(`${baseUrl}/measures`);
    const propose = page.getByRole('form', { name: 'Maatregel voorstellen' });
    await propose.getByLabel('Titel').fill(title);
    await propose.getByLabel('Wat en waarom').fill('Veertig geconfigureerde laptops op voorraad.');
    await propose.getByLabel('Soort klacht').selectOption({ label: COMPLAINT_TYPE_NL });
    await propose.getByRole('button', { name: 'Maatregel voorstellen' }).click();
    await page.getByTestId('measure').filter({ hasText: title }).filter({ hasText: 'Voorgesteld' }).waitFor();
    await screenshot(page, 'measures');

    await page.goto(`${baseUrl}/queue`);
    await page.getByRole('link', { name: complaint.registrationNumber }).click();
    await takeStep(page, 'START_WORK');
    await takeStep(page, 'RESOLVE', async (form) => {
      await form.getByLabel('Genomen maatregelen').fill('Vervangende laptop geleverd.');
    });
    await takeStep(page, 'CLOSE', async (form) => {
      await form.getByLabel(/Preventieve maatregel/).selectOption({ label: title });
    });
    expect(await page.getByTestId('case-status').textContent()).toBe('Gesloten');
    // Received, triage, decision and assignment (the factory's), then start, resolve and close.
    expect(await page.locator('.timeline li').count()).toBe(7);
  });

  it('the handler opens a measure, edits its description and links a complaint to it', async ({
    page,
    browserContext,
  }) => {
    const measure = await proposedMeasure(baseUrl);
    const complaint = await complaintAssignedToHandler(baseUrl);
    await signIn(page, baseUrl, HANDLER);
    await page.goto(`${baseUrl}/measures`);
    await page.getByRole('link', { name: measure.title, exact: true }).click();
    await page.waitForURL(/\/measures\/[0-9a-f-]{36}$/);
    await page.getByTestId('measure-title').waitFor();
    expect(await page.getByTestId('measure-status').textContent()).toBe('Voorgesteld');
    // A too-short description is refused by the server, and the message sits next to the field.
    await page.getByRole('button', { name: 'Tekst bewerken' }).click();
    await page.getByLabel('Wat en waarom').fill('x');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel('Wat en waarom').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Wat en waarom').fill('Veertig geconfigureerde laptops op voorraad, aangevuld per week.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    expect(await page.getByTestId('measure-description').textContent()).toBe(
      'Veertig geconfigureerde laptops op voorraad, aangevuld per week.',
    );
    await page.getByTestId('measure-history').getByText('Tekst gewijzigd').first().waitFor();

    // Candidates are the handler's complaints of the target type: link the one made for this test.
    const panel = page.getByTestId('link-cases');
    const number = complaint.registrationNumber;
    const candidate = panel.locator('li').filter({ hasText: number });
    await candidate.waitFor();
    await candidate.getByRole('checkbox').check();
    await panel.getByRole('button', { name: '1 klacht koppelen' }).click();
    await page.getByRole('status').filter({ hasText: 'De klachten zijn gekoppeld.' }).waitFor();
    const linked = page.getByTestId('linked-cases').locator('table');
    await linked.getByRole('link', { name: number }).waitFor();
    expect(await linked.getByRole('link', { name: number }).getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    expect(await panel.locator('li').filter({ hasText: number }).getByRole('checkbox').isDisabled()).toBe(true);
    await page.getByTestId('measure-effect').waitFor();
    expect(await page.getByTestId('measure-effect').textContent()).toContain('niet dat de maatregel het veroorzaakte');

    // Someone else changes the measure in another tab: this page's version is stale, and says so.
    const other = await browserContext.newPage();
    await signIn(other, baseUrl, HANDLER);
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Tekst bewerken' }).click();
    await other.getByLabel('Verwacht effect').fill('De helft minder klachten over levertijd.');
    await other.getByRole('button', { name: 'Opslaan' }).click();
    await other.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    await other.close();
    await page.getByRole('button', { name: 'Tekst bewerken' }).click();
    await page.getByLabel('Titel').fill(`${measure.title} en monitoren`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Iemand anders heeft deze maatregel intussen gewijzigd' })
      .waitFor();
    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByText('De helft minder klachten over levertijd.').waitFor();
    expect(await page.getByTestId('measure-title').textContent()).toBe(measure.title);

    // Implemented today, told to the relationship managers today (the form's defaults).
    await page.getByRole('button', { name: 'Markeren als ingevoerd' }).click();
    await page.getByLabel('Ingevoerd op').fill('2026-11-02');
    await page.getByRole('button', { name: 'Markeren als ingevoerd' }).last().click();
    await page.getByRole('status').filter({ hasText: 'De maatregel staat op ingevoerd.' }).waitFor();
    expect(await page.getByTestId('measure-status').textContent()).toBe('Ingevoerd');
    await page.getByRole('button', { name: 'Evaluatie vastleggen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Markeren als ingevoerd' }).count()).toBe(0);
    await page.getByTestId('measure-history').getByText('Ingevoerd', { exact: true }).waitFor();
    await effectDrawn(page);
    await screenshot(page, 'measure-detail');
    expect(await page.content()).not.toContain(SUBMITTER);
  });

  it('a filter in the measure register narrows the list and survives a reload', async ({ page }) => {
    const measure = await proposedMeasure(baseUrl);
    await signIn(page, baseUrl, HANDLER);
    await page.goto(`${baseUrl}/measures`);
    const register = page.getByTestId('register');
    await register.and(page.locator('[data-state=ready]')).waitFor();
    const all = await register.getByTestId('measure').count();
    await page.getByLabel('Filter op eigenaar').selectOption({ label: HANDLER });
    await page.getByLabel('Filter op soort klacht').selectOption({ label: 'Doorlooptijd' });
    await page.waitForURL(/[?&]type=[0-9a-f-]{36}/);
    await page.waitForURL(/[?&]owner=[0-9a-f-]{36}/);
    await register.and(page.locator('[data-state=ready]')).waitFor();
    const mine = register.getByTestId('measure');
    await mine.filter({ hasText: measure.title }).waitFor();
    const count = await mine.count();
    expect(count).toBeLessThan(all);
    for (const note of await mine.locator('.note').allTextContents())
      expect(note).toMatch(/Doorlooptijd.*Hamid Bakker/);
    await screenshot(page, 'measures-filtered');

    await page.reload();
    await register.and(page.locator('[data-state=ready]')).waitFor();
    await expect.poll(() => chosenOption(page.getByLabel('Filter op soort klacht')), POLL).toBe(COMPLAINT_TYPE_NL);
    await expect.poll(() => chosenOption(page.getByLabel('Filter op eigenaar')), POLL).toBe(HANDLER);
    expect(await register.getByTestId('measure').count()).toBe(count);

    // An implemented measure from the demo data shows its before/after figures.
    await page.getByLabel('Filter op status').selectOption({ label: 'Geëvalueerd' });
    await page.waitForURL(/[?&]status=EVALUATED/);
    await register.and(page.locator('[data-state=ready]')).waitFor();
    await register.getByRole('link', { name: 'Buffervoorraad laptops' }).first().click();
    await page.getByTestId('measure-effect').waitFor();
    expect(await page.getByTestId('measure-status').textContent()).toBe('Geëvalueerd');
    await effectDrawn(page);
    await screenshot(page, 'measure-detail-evaluated');

    // The same screen in English, on a phone.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Linked complaints' }).waitFor();
    expect(await page.getByTestId('measure-effect').textContent()).toContain('not that the measure caused it');
    await page.setViewportSize({ width: 390, height: 844 });
    await effectDrawn(page);
    await screenshot(page, 'measure-detail-phone-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Gekoppelde klachten' }).waitFor();
  });

  it('the dashboard counts a new complaint; management sees it without names; language switches', async ({ page }) => {
    await signIn(page, baseUrl, MANAGEMENT);
    await page.getByTestId('tiles').waitFor();
    const before = await receivedTile(page);
    const complaint = await fileComplaint(baseUrl);
    await page.reload();
    await page.getByTestId('tiles').waitFor();
    await page.waitForFunction((count) => {
      const value = document.querySelector('[data-testid=tiles] .tile .value')?.textContent;
      return Number(value) === count + 1;
    }, before);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Step 5 dashboard/ }).waitFor();
    await dashboardSettled(page);
    await screenshot(page, 'dashboard-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // The case itself, opened by management: the submitter's name, phone and e-mail stay hidden
    // (those this complaint was filed with, and the demo submitter's on file).
    await page.goto(`${baseUrl}/cases/${complaint.id}`);
    expect(await page.getByTestId('case-number').textContent()).toBe(complaint.registrationNumber);
    expect(await page.getByTestId('submitter').textContent()).toBe('—');
    await screenshot(page, 'case-detail-management');
    const demoSubmitter = { phone: '+31612345678', email: 'submitter.smit@demo.klankbord.example' };
    const text = await page.locator('body').innerText();
    const markup = await page.content();
    for (const secret of [SUBMITTER, complaint.phone, demoSubmitter.phone, demoSubmitter.email]) {
      expect(text).not.toContain(secret);
      expect(markup).not.toContain(secret);
    }
    // Nor in another notation: the national numbers, with spaces and dashes left out.
    const digits = text.replace(/[\s-]/g, '');
    for (const nationalNumber of ['619283746', '612345678']) expect(digits).not.toContain(nationalNumber);
  });
});
