import { afterAll, beforeAll, describe, expect } from 'vitest';
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
import { browserTest, newContext, screenshot } from './browser';
import { assignAsJustified, fileComplaintThroughForm } from './case-actions';
import { ACCOUNTS } from './oidc-provider';
import { startProductionSite, type ProductionSite } from './production-site';
import { signInThroughProvider } from './provider-sign-in';

/**
 * The first day of a new installation (issue 11, "Done when"): NODE_ENV=production on an EMPTY
 * database (DEMO_DATA=never: no services, types, units or people), roles kept in Klankbord's own
 * register (ROLES_SOURCE=register: the provider's roles claim is ignored), and only
 * INITIAL_ADMINISTRATORS to start from. Everything else happens in the web app and on the
 * provider's own login page, as the organisation would do it: the administrator sets up reference
 * data and registers a relationship manager and a handler by e-mail; their first sign-in links to
 * those entries; a complaint goes from the submitter through triage to the handler; an integration's
 * API key reads it until the administrator revokes the key.
 *
 * The tests below are ONE story and depend on each other in order (`describe.sequential`): each
 * uses what the earlier ones created (kept in `day`), so run the file whole, not one test with -t.
 * Each person still works in a browser context of their own, as on their own computer.
 */

let site: ProductionSite;

beforeAll(async () => {
  site = await startProductionSite({ rolesSource: 'register' });
});

afterAll(async () => {
  await site?.stop();
});

const it = browserTest(() => site.browser, 'first-day');

/** What the administrator sets up, in Dutch as the forms show it. */
const SERVICE = { code: 'TEL', nameEn: 'Telephony', nameNl: 'Telefonie' };
const COMPLAINT_TYPE = { code: 'LEAD', nameEn: 'Lead time', nameNl: 'Doorlooptijd', leadTimeWorkingDays: 5 };
const UNIT = { code: 'SD', name: 'Servicedesk' };
const API_KEY_NAME = 'Rapportage';
/** What a list says when it has nothing to show. */
const EMPTY_LIST = 'Niets om te tonen.';

/** What the story has made so far, handed from one step to the next. */
const day: { apiKeySecret?: string; registrationNumber?: string } = {};

const needed = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`An earlier step did not get as far as ${what}.`);
  return value;
};

describe.sequential('the first day of Klankbord in production, on an empty database', () => {
  it(
    'the first administrator signs in and sets up a service, a complaint type, a unit, two staff and an API key',
    {
      timeout: 150_000,
    },
    async ({ page }) => {
      await signInThroughProvider(page, site, ACCOUNTS.administrator);
      expect(await page.locator('.who').textContent()).toContain('beheerder');
      // Empty indeed: no services yet.
      await openScreen(page, 'Diensten');
      await page.getByText(EMPTY_LIST).waitFor();
      expect(await page.getByRole('cell').count()).toBe(0);

      await createService(page, SERVICE);
      await createComplaintType(page, COMPLAINT_TYPE);
      await createUnit(page, UNIT);
      // Registered by the same e-mail address the provider vouches for: their first sign-in links here.
      await createPerson(page, {
        name: ACCOUNTS.relationshipManager.name,
        email: ACCOUNTS.relationshipManager.email,
        role: 'relatiemanager',
        unit: UNIT.name,
      });
      await createPerson(page, {
        name: ACCOUNTS.handler.name,
        email: ACCOUNTS.handler.email,
        role: 'behandelaar',
        unit: UNIT.name,
      });
      // Roles are the register's here: no warning that the provider overwrites them.
      expect(await page.getByTestId('roles-from-provider').count()).toBe(0);
      day.apiKeySecret = await createApiKey(page, API_KEY_NAME, ['cases:read']);
      await screenshot(page, 'first-day-api-key');
    },
  );

  it('a submitter signs in through the provider and files a complaint about the new service and type', async ({
    page,
  }) => {
    await signInThroughProvider(page, site, ACCOUNTS.submitter);
    expect(new URL(page.url()).pathname).toBe('/submit');
    day.registrationNumber = await fileComplaintThroughForm(page, {
      service: SERVICE.nameNl,
      complaintType: COMPLAINT_TYPE.nameNl,
    });
  });

  it('the relationship manager signs in, takes triage, finds it justified and assigns the new handler', async ({
    page,
  }) => {
    const registrationNumber = needed(day.registrationNumber, 'a complaint');
    await signInThroughProvider(page, site, ACCOUNTS.relationshipManager);
    // Linked to the register entry the administrator made: that entry's role, not the token's.
    expect(await page.locator('.who').textContent()).toContain('relatiemanager');
    await page.getByRole('link', { name: 'Mijn werkvoorraad' }).click();
    await page.getByRole('link', { name: registrationNumber }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('case-number').textContent()).toContain(registrationNumber);
    await assignAsJustified(page, {
      handler: ACCOUNTS.handler.name,
      reason: 'Het toestel had binnen twee dagen moeten werken.',
    });
    expect(await page.getByTestId('case-status').textContent()).toBe('Toegewezen');
  });

  it('the handler signs in through the provider and finds the case in the queue', async ({ page }) => {
    const registrationNumber = needed(day.registrationNumber, 'a complaint');
    await signInThroughProvider(page, site, ACCOUNTS.handler);
    await page.waitForURL(`${site.baseUrl}/queue`);
    expect(await page.locator('.who').textContent()).toContain('behandelaar');
    await page.getByTestId('queue').getByRole('link', { name: registrationNumber }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('case-number').textContent()).toContain(registrationNumber);
    expect(await page.getByTestId('case-status').textContent()).toBe('Toegewezen');
  });

  it('the API key reads the case list over HTTP; the administrator revokes it in the web app; then it is refused', async ({
    page,
  }) => {
    const secret = needed(day.apiKeySecret, 'an API key');
    const registrationNumber = needed(day.registrationNumber, 'a complaint');
    // The one complaint of the day is the whole list: the database started empty.
    expect(await readCasesWithKey(site.baseUrl, secret)).toMatchObject({
      status: 200,
      code: null,
      total: 1,
      registrationNumbers: [registrationNumber],
    });

    await signInThroughProvider(page, site, ACCOUNTS.administrator);
    await openScreen(page, 'API-sleutels');
    await revokeApiKey(page, API_KEY_NAME);
    expect(await readCasesWithKey(site.baseUrl, secret)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });

    // The trail shows who did it, narrowed to API keys: the revocation, then the creation.
    await openScreen(page, 'Logboek');
    await page.getByRole('combobox', { name: /^Onderwerp/ }).selectOption({ label: 'API-sleutel' });
    await page.waitForURL(/subject=API_KEY/);
    const changes = page.getByRole('table', { name: 'administrative changes' }).locator('tbody tr');
    // Polled: the unfiltered list shows these too, until the filtered one replaces it.
    await expect
      .poll(() => changes.evaluateAll((rows) => rows.map((row) => row.children[2]?.textContent ?? '')))
      .toEqual([
        expect.stringMatching(/^API-sleutel .* ingetrokken$/),
        expect.stringMatching(/^API-sleutel .* aangemaakt$/),
      ]);
    expect(await changes.first().locator('td').nth(1).textContent()).toBe(ACCOUNTS.administrator.name);

    // Who saw the submitter's details: the relationship manager and the handler opened the case
    // (the key has no pii:read, the submitter's own reads are not logged).
    const reads = page.getByRole('table', { name: 'personal data reads' }).locator('tbody tr');
    await reads.first().waitFor();
    const cells = async () =>
      reads.evaluateAll((rows) => rows.map((row) => [row.children[1]?.textContent, row.children[2]?.textContent]));
    const everyone = await cells();
    expect(new Set(everyone.map(([who]) => who))).toEqual(
      new Set([ACCOUNTS.relationshipManager.name, ACCOUNTS.handler.name]),
    );
    expect(everyone.every(([, what]) => what?.startsWith(registrationNumber))).toBe(true);
    // Narrowed to the handler by a click on the name.
    await reads.getByRole('button', { name: ACCOUNTS.handler.name }).first().click();
    await page.getByRole('status', { name: 'reads filter' }).getByText(`Alleen: ${ACCOUNTS.handler.name}.`).waitFor();
    await expect
      .poll(async () => new Set((await cells()).map(([who]) => who)))
      .toEqual(new Set([ACCOUNTS.handler.name]));
    await screenshot(page, 'first-day-trail');
  });

  it('the administrator makes English the default language: who never picked one gets it, a picked language still wins', async ({
    page,
  }) => {
    await signInThroughProvider(page, site, ACCOUNTS.administrator);
    await openScreen(page, 'Instellingen');
    const settings = page.getByRole('form', { name: 'settings' });
    await settings.getByRole('combobox', { name: /^Standaardtaal/ }).selectOption('en');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    // She never picked a language herself: the app follows the new default at once.
    await page.getByRole('navigation', { name: 'Klankbord' }).getByRole('link', { name: 'Administration' }).waitFor();

    // A browser of the submitter's own: nothing picked there yet.
    const submitter = await newContext(site.browser);
    try {
      const own = await submitter.newPage();
      await signInThroughProvider(own, site, ACCOUNTS.submitter);
      await own.getByRole('navigation', { name: 'Klankbord' }).getByRole('link', { name: 'My submissions' }).waitFor();
      // The switch is an explicit choice: remembered in this browser, it wins over the default after a reload.
      await own.getByRole('button', { name: 'Nederlands' }).click();
      await own.getByRole('link', { name: 'Mijn meldingen' }).waitFor();
      await own.reload();
      await own.locator('.who').getByText(ACCOUNTS.submitter.name).waitFor();
      await own.getByRole('link', { name: 'Mijn meldingen' }).waitFor();
      expect(await own.getByRole('link', { name: 'My submissions' }).count()).toBe(0);
    } finally {
      await submitter.close();
    }
  });
});
