import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What an administrator does on the administration screens, step by step as a person would
 * (through the navigation and the forms, in Dutch): shared by the demo suite (admin.e2e.ts) and the
 * production first day (production-first-day.e2e.ts). Each helper waits until the screen shows
 * the result, so the next step starts from a settled page.
 */

/** Opens an administration screen through the navigation. */
export async function openScreen(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Klankbord' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('navigation', { name: 'Beheer / Administration' }).getByRole('link', { name: screen }).click();
  await page.getByRole('heading', { level: 1, name: screen }).waitFor();
}

/** Reference data as the forms take it: a code and names in English and Dutch. */
export interface ReferenceItem {
  code: string;
  nameEn: string;
  nameNl: string;
}

/** Creates a service on the Diensten screen; it appears in the list. */
export async function createService(page: Page, service: ReferenceItem): Promise<void> {
  await openScreen(page, 'Diensten');
  const form = page.getByRole('form', { name: 'service' });
  await form.getByLabel('Code', { exact: true }).fill(service.code);
  await form.getByLabel('Naam (Engels)').fill(service.nameEn);
  await form.getByLabel('Naam (Nederlands)').fill(service.nameNl);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: service.code, exact: true }).waitFor();
}

/** Creates a complaint type with its lead time on the Klachtsoorten screen; its first version appears. */
export async function createComplaintType(
  page: Page,
  type: ReferenceItem & { leadTimeWorkingDays: number },
): Promise<void> {
  await openScreen(page, 'Klachtsoorten');
  const form = page.getByRole('form', { name: 'complaint type' });
  await form.getByLabel('Code', { exact: true }).fill(type.code);
  await form.getByLabel('Naam (Engels)').fill(type.nameEn);
  await form.getByLabel('Naam (Nederlands)').fill(type.nameNl);
  await form.getByLabel('Doorlooptijd (werkdagen)').fill(String(type.leadTimeWorkingDays));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  const row = page.getByRole('row').filter({ hasText: type.code });
  await row.getByText(`Versie 1: ${type.leadTimeWorkingDays} werkdagen`).waitFor();
}

/** Creates an organisation unit on the Organisatieonderdelen screen; it appears in the list. */
export async function createUnit(page: Page, unit: { code: string; name: string }): Promise<void> {
  await openScreen(page, 'Organisatieonderdelen');
  const form = page.getByRole('form', { name: 'unit' });
  await form.getByLabel('Code', { exact: true }).fill(unit.code);
  await form.getByLabel('Naam', { exact: true }).fill(unit.name);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: unit.code, exact: true }).waitFor();
}

/**
 * Registers a person with one role (its Dutch label, e.g. `behandelaar`) in a unit, on the
 * Personen en rollen screen; then lists that role's people and waits for the new one in it.
 */
export async function createPerson(
  page: Page,
  person: { name: string; email: string; role: string; unit: string },
): Promise<void> {
  await openScreen(page, 'Personen en rollen');
  const form = page.getByRole('form', { name: 'person' });
  await form.getByLabel('Naam', { exact: true }).fill(person.name);
  await form.getByLabel('E-mailadres').fill(person.email);
  await form.getByLabel(person.role, { exact: true }).check();
  await form.getByLabel('Organisatieonderdeel').selectOption({ label: person.unit });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await form.getByRole('status').getByText('Opgeslagen').waitFor();
  await page.getByRole('combobox', { name: /^Rol\b/ }).selectOption({ label: person.role });
  await page.getByRole('cell', { name: person.name, exact: true }).waitFor();
}

/** Creates an API key with these scopes on the API-sleutels screen; resolves with its secret, shown once. */
export async function createApiKey(page: Page, name: string, scopes: string[]): Promise<string> {
  await openScreen(page, 'API-sleutels');
  const form = page.getByRole('form', { name: 'API key' });
  await form.getByLabel('Naam', { exact: true }).fill(name);
  for (const scope of scopes) await form.getByLabel(scope).check();
  await form.getByRole('button', { name: 'Aanmaken' }).click();
  const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
  expect(secret).toMatch(/^kb_[0-9a-f]{8}_/);
  return secret;
}

/**
 * Revokes the key named `name` on the API-sleutels screen (already open): the button, then the
 * confirmation; waits until the server has answered and no revoke button is left on its row.
 */
export async function revokeApiKey(page: Page, name: string): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: 'Intrekken' }).click();
  const confirm = row.getByRole('button', { name: `Ja, trek „${name}” in` });
  await confirm.click();
  await confirm.waitFor({ state: 'detached' });
  expect(await row.getByRole('button').count()).toBe(0);
}

/** What the API answers a key's request for the case list: the HTTP status, any error code, the numbers read. */
export async function readCasesWithKey(
  baseUrl: string,
  secret: string,
): Promise<{ status: number; code: string | null; total?: number; registrationNumbers?: string[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ cases(first: 50) { totalCount nodes { registrationNumber } } }' }),
  });
  const body = (await response.json()) as {
    data?: { cases: { totalCount: number; nodes: Array<{ registrationNumber: string }> } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    total: body.data?.cases.totalCount,
    registrationNumbers: body.data?.cases.nodes.map((node) => node.registrationNumber),
  };
}
