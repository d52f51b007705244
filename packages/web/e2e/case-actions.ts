import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What people do with cases in the web app, shared by the browser suites. */

/** Takes a step through the case page's action form; fails with the server's message when refused. */
export async function takeStep(
  page: Page,
  action: string,
  fill: (form: Locator) => Promise<void> = async () => undefined,
): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  const form = page.locator('.actions form');
  await fill(form);
  await form.locator('button[type=submit]').click();
  // The form closes on success; on a refusal it stays open with the server's message.
  const outcome = await Promise.race([
    form.waitFor({ state: 'detached' }).then(() => null),
    form
      .locator('.banner.warn, .field-error')
      .first()
      .waitFor()
      .then(() => form.innerText()),
  ]);
  if (outcome !== null) throw new Error(`${action} was refused: ${outcome}`);
}

/**
 * The signed-in submitter files a complaint through the form (opened from the navigation, so
 * an in-memory session survives), naming a service and complaint type by their Dutch names when
 * given; resolves with its registration number.
 */
export async function fileComplaintThroughForm(
  page: Page,
  { service, complaintType }: { service?: string; complaintType?: string } = {},
): Promise<string> {
  await page.getByRole('link', { name: 'Melden' }).click();
  await page.getByLabel('Klacht', { exact: true }).check();
  await page.getByLabel(/Omschrijving/).fill('De nieuwe telefoon werkt na twee weken nog steeds niet op het netwerk.');
  await page.getByLabel(/Telefoonnummer/).fill('06 1234 5678');
  if (service) await page.getByLabel('Over welke dienst gaat het?').selectOption({ label: service });
  if (complaintType) await page.getByLabel('Soort klacht', { exact: true }).selectOption({ label: complaintType });
  await page.getByRole('button', { name: 'Versturen' }).click();
  const registrationNumber = (await page.getByTestId('registration-number').textContent()) ?? '';
  expect(registrationNumber).toMatch(/^SKC-\d{4}-\d{6}$/);
  return registrationNumber;
}

/**
 * The relationship manager's part on the page of a complaint just received: takes it into triage,
 * judges it justified for `reason`, and assigns it to the handler with this name.
 */
export async function assignAsJustified(page: Page, { handler, reason }: { handler: string; reason: string }) {
  await takeStep(page, 'TAKE_TRIAGE');
  await takeStep(page, 'DECIDE', async (form) => {
    await form.getByLabel('Oordeel').selectOption('JUSTIFIED');
    await form.getByLabel(/Motivering/).fill(reason);
  });
  await takeStep(page, 'ASSIGN_HANDLER', async (form) => {
    await form.getByLabel('Behandelaar').selectOption({ label: handler });
  });
}

/** Extends the open case's deadline by working days, saying why and when the submitter was told (Amsterdam wall-clock time). */
export async function extendDeadline(
  page: Page,
  { extraWorkingDays, reason, informedAt }: { extraWorkingDays: number; reason: string; informedAt: string },
) {
  await takeStep(page, 'EXTEND_DEADLINE', async (form) => {
    await form.getByLabel('Extra werkdagen').fill(String(extraWorkingDays));
    await form.getByLabel('Reden').fill(reason);
    await form.getByLabel('Indiener geïnformeerd op').fill(informedAt);
  });
}
