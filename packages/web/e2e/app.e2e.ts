import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dashboardSettled, launchBrowser, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let registrationNumber = '';
let receivedBefore = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
});

afterAll(async () => {
  await browser?.close();
});

const receivedTile = async () => Number((await page.getByTestId('tiles').locator('.tile').first().locator('.value').textContent()) ?? 'NaN');

/** Opens the case and takes a step through its action form. */
async function takeStep(action: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => undefined) {
  await page.locator(`button[data-action="${action}"]`).click();
  const form = page.locator('.actions form');
  await fill(form);
  await form.locator('button[type=submit]').click();
  // The form closes on success; on a refusal it stays open with the server's message.
  const outcome = await Promise.race([
    form.waitFor({ state: 'detached' }).then(() => null),
    form.locator('.banner.warn, .field-error').first().waitFor().then(() => form.innerText()),
  ]);
  if (outcome !== null) throw new Error(`${action} was refused: ${outcome}`);
}

/** The chart loads on demand: when the measure has an estimate to draw, waits until it is drawn. */
async function effectDrawn(page: Page) {
  const effect = page.getByTestId('measure-effect');
  await effect.waitFor();
  if ((await effect.getAttribute('data-state')) === 'ready') await effect.locator('.recharts-surface').waitFor();
}

describe('Klankbord in a real browser', () => {
  it('management sees the dashboard (and no submitter names)', async () => {
    await signIn(page, baseUrl, 'Marit de Boer');
    await page.getByTestId('tiles').waitFor();
    receivedBefore = await receivedTile();
    expect(receivedBefore).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /Klachten per soort/ }).waitFor();
    await dashboardSettled(page);
    expect(await page.locator('[data-widget][data-state=error]').count()).toBe(0);
    await screenshot(page, 'dashboard');
    expect(await page.content()).not.toContain('Sanne Smit');
  });

  it('a dashboard filter lives in the URL, applies on load and carries on to the cases behind a chart', async () => {
    await page.getByLabel('Soort klacht', { exact: true }).selectOption({ label: 'Doorlooptijd' });
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
    expect(await page.getByLabel('Soort klacht', { exact: true }).locator('option:checked').textContent()).toBe('Doorlooptijd');

    await page.locator('[data-widget=trend]').getByRole('link', { name: 'Bekijk de klachten' }).click();
    await page.waitForURL(/\/cases\?.*complaintTypeId=/);
    await page.getByTestId('case-count').waitFor();
    const types = await page.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Doorlooptijd']));
    await screenshot(page, 'cases-drill-down');
  });

  it('names types and outcomes in Dutch, and in English after the switch', async () => {
    await page.goto(`${baseUrl}/`);
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

  it('a submitter files a complaint through the form and gets a registration number', async () => {
    await signIn(page, baseUrl, 'Sanne Smit');
    await page.getByLabel('Klacht', { exact: true }).check();
    await page.getByLabel(/Omschrijving/).fill('Mijn nieuwe laptop is na een maand nog steeds niet geleverd.');
    await page.getByLabel(/Telefoonnummer/).fill('06 1234 5678');
    await screenshot(page, 'intake-form');
    await page.getByRole('button', { name: 'Versturen' }).dblclick();
    registrationNumber = (await page.getByTestId('registration-number').textContent()) ?? '';
    expect(registrationNumber).toMatch(/^SKC-\d{4}-\d{6}$/);
    await screenshot(page, 'intake-confirmation');
    await page.goto(`${baseUrl}/mine`);
    await page.getByRole('link', { name: registrationNumber }).waitFor();
    // The double click filed it once.
    expect(await page.getByRole('link', { name: registrationNumber }).count()).toBe(1);
  });

  it('refuses a too-short complaint inline, with the server’s message', async () => {
    await page.goto(`${baseUrl}/submit`);
    await page.getByLabel(/Omschrijving/).fill('kort');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel(/Omschrijving/).getAttribute('aria-invalid')).toBe('true');
  });

  it('the relationship manager finds it in the queue and triages, decides, assigns and extends', async () => {
    await signIn(page, baseUrl, 'Ruud Jansen');
    await page.getByTestId('queue').waitFor();
    await screenshot(page, 'queue');
    await page.getByRole('link', { name: registrationNumber }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('submitter').textContent()).toContain('Sanne Smit');
    await takeStep('TAKE_TRIAGE');
    await takeStep('DECIDE', async (form) => {
      await form.getByLabel('Oordeel').selectOption('JUSTIFIED');
      await form.getByLabel(/Motivering/).fill('De levering is inderdaad te laat.');
    });
    await takeStep('ASSIGN_HANDLER', async (form) => {
      await form.getByLabel('Behandelaar').selectOption({ label: 'Hamid Bakker' });
    });
    await takeStep('EXTEND_DEADLINE', async (form) => {
      await form.getByLabel('Extra werkdagen').fill('3');
      await form.getByLabel('Reden').fill('Onderdelen zijn nabesteld.');
    });
    expect(await page.getByTestId('case-status').textContent()).toBe('Toegewezen');
    // The deadline explains the extension.
    await page.getByText(/Verlengd tot .*: Onderdelen zijn nabesteld\./).waitFor();
    await screenshot(page, 'case-detail');
  });

  it('the handler logs a preventive measure, starts, resolves and closes with it', async () => {
    await signIn(page, baseUrl, 'Hamid Bakker');
    await page.goto(`${baseUrl}/measures`);
    const propose = page.getByRole('form', { name: 'Maatregel voorstellen' });
    await propose.getByLabel('Titel').fill('Buffervoorraad laptops');
    await propose.getByLabel('Wat en waarom').fill('Veertig geconfigureerde laptops op voorraad.');
    await propose.getByLabel('Soort klacht').selectOption({ label: 'Doorlooptijd' });
    await propose.getByRole('button', { name: 'Maatregel voorstellen' }).click();
    // The demo data has an evaluated measure of the same name; the new one is listed as proposed.
    await page.getByTestId('measure').filter({ hasText: 'Buffervoorraad laptops' }).filter({ hasText: 'Voorgesteld' }).first().waitFor();
    await screenshot(page, 'measures');

    await page.goto(`${baseUrl}/queue`);
    await page.getByRole('link', { name: registrationNumber }).click();
    await takeStep('START_WORK');
    await takeStep('RESOLVE', async (form) => {
      await form.getByLabel('Genomen maatregelen').fill('Vervangende laptop geleverd.');
    });
    await takeStep('CLOSE', async (form) => {
      await form.getByLabel(/Preventieve maatregel/).selectOption({ label: 'Buffervoorraad laptops' });
    });
    expect(await page.getByTestId('case-status').textContent()).toBe('Gesloten');
    expect(await page.locator('.timeline li').count()).toBeGreaterThanOrEqual(8);
  });

  it('the handler opens the measure, edits its description and links a complaint to it', async () => {
    await page.goto(`${baseUrl}/measures`);
    await page.getByRole('link', { name: 'Buffervoorraad laptops' }).first().click();
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
    expect(await page.getByTestId('measure-description').textContent()).toBe('Veertig geconfigureerde laptops op voorraad, aangevuld per week.');
    await page.getByTestId('measure-history').getByText('Tekst gewijzigd').first().waitFor();

    // Candidates are the handler's complaints of the target type; pick one not linked yet.
    const panel = page.getByTestId('link-cases');
    const candidate = panel.locator('li').filter({ has: page.locator('input[type=checkbox]:not([disabled])') }).first();
    await candidate.waitFor();
    const number = ((await candidate.locator('label').textContent()) ?? '').split(' · ')[0] ?? '';
    expect(number).toMatch(/^SKC-\d{4}-\d{6}$/);
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
    const other = await browser.newPage();
    await signIn(other, baseUrl, 'Hamid Bakker');
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Tekst bewerken' }).click();
    await other.getByLabel('Verwacht effect').fill('De helft minder klachten over levertijd.');
    await other.getByRole('button', { name: 'Opslaan' }).click();
    await other.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    await other.close();
    await page.getByRole('button', { name: 'Tekst bewerken' }).click();
    await page.getByLabel('Titel').fill('Buffervoorraad laptops en monitoren');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Iemand anders heeft deze maatregel intussen gewijzigd' }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByText('De helft minder klachten over levertijd.').waitFor();
    expect(await page.getByTestId('measure-title').textContent()).toBe('Buffervoorraad laptops');

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
    expect(await page.content()).not.toContain('Sanne Smit');
  });

  it('a filter in the measure register narrows the list and survives a reload', async () => {
    await page.goto(`${baseUrl}/measures`);
    const register = page.getByTestId('register');
    await register.and(page.locator('[data-state=ready]')).waitFor();
    const all = await register.getByTestId('measure').count();
    await page.getByLabel('Filter op eigenaar').selectOption({ label: 'Hamid Bakker' });
    await page.getByLabel('Filter op soort klacht').selectOption({ label: 'Doorlooptijd' });
    await page.waitForURL(/[?&]type=[0-9a-f-]{36}/);
    await page.waitForURL(/[?&]owner=[0-9a-f-]{36}/);
    await register.and(page.locator('[data-state=ready]')).waitFor();
    const mine = register.getByTestId('measure');
    await mine.filter({ hasText: 'Buffervoorraad laptops' }).first().waitFor();
    const count = await mine.count();
    expect(count).toBeLessThan(all);
    for (const note of await mine.locator('.note').allTextContents()) expect(note).toMatch(/Doorlooptijd.*Hamid Bakker/);
    await screenshot(page, 'measures-filtered');

    await page.reload();
    await register.and(page.locator('[data-state=ready]')).waitFor();
    expect(await page.getByLabel('Filter op soort klacht').locator('option:checked').textContent()).toBe('Doorlooptijd');
    expect(await page.getByLabel('Filter op eigenaar').locator('option:checked').textContent()).toBe('Hamid Bakker');
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

  it('the dashboard reflects the new complaint; management sees the case without names; language switches', async () => {
    await signIn(page, baseUrl, 'Marit de Boer');
    await page.getByTestId('tiles').waitFor();
    await page.waitForFunction((before) => {
      const value = document.querySelector('[data-testid=tiles] .tile .value')?.textContent;
      return Number(value) === before + 1;
    }, receivedBefore);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Step 5 dashboard/ }).waitFor();
    await dashboardSettled(page);
    await screenshot(page, 'dashboard-en');
    expect(await page.content()).not.toContain('Sanne Smit');
    expect(await page.content()).not.toContain('+31612345678');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });
});
