import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

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

describe('Klankbord in a real browser', () => {
  it('management sees the dashboard (and no submitter names)', async () => {
    await signIn(page, baseUrl, 'Marit de Boer');
    await page.getByTestId('tiles').waitFor();
    receivedBefore = await receivedTile();
    expect(receivedBefore).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /Klachten per soort/ }).waitFor();
    await screenshot(page, 'dashboard');
    expect(await page.content()).not.toContain('Sanne Smit');
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
    expect(await page.getByTestId('case-status').textContent()).toBe('ASSIGNED');
    // The deadline explains the extension.
    await page.getByText(/Verlengd tot .*: Onderdelen zijn nabesteld\./).waitFor();
    await screenshot(page, 'case-detail');
  });

  it('the handler logs a preventive measure, starts, resolves and closes with it', async () => {
    await signIn(page, baseUrl, 'Hamid Bakker');
    await page.goto(`${baseUrl}/measures`);
    await page.getByLabel(/Titel/).fill('Buffervoorraad laptops');
    await page.getByLabel(/Wat en waarom/).fill('Veertig geconfigureerde laptops op voorraad.');
    await page.getByLabel(/Soort klacht/).selectOption({ label: 'Doorlooptijd' });
    await page.getByRole('button', { name: 'Maatregel voorstellen' }).last().click();
    await page.getByRole('heading', { name: 'Buffervoorraad laptops' }).first().waitFor();
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
    expect(await page.getByTestId('case-status').textContent()).toBe('CLOSED');
    expect(await page.locator('.timeline li').count()).toBeGreaterThanOrEqual(8);
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
    await screenshot(page, 'dashboard-en');
    expect(await page.content()).not.toContain('Sanne Smit');
    expect(await page.content()).not.toContain('+31612345678');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });
});
