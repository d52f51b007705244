import { amsterdamDate, amsterdamDateTime } from '@klankbord/domain';
import { startSmtpReceiver, type ParsedMail, type SmtpReceiver } from '@klankbord/test-support';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { graphql } from '../src/gql';
import { signInAs } from './api';
import { browserTest, dashboardSettled, launchBrowser, SCREENSHOTS, screenshot, signIn } from './browser';
import { assignAsJustified, extendDeadline, fileComplaintThroughForm, takeStep } from './case-actions';
import { COMPLAINT_TYPE_NL, HANDLER, MANAGEMENT, RELATIONSHIP_MANAGER, SUBMITTER } from './factories';
import { startProduct, type RunningProduct } from './product-server';

/**
 * Issue 15's delivery scenario end to end: the built product sends its messages over SMTP to a
 * real SMTP server started here, and the test reads what arrived — the acknowledgement, the
 * notice of an extension and the outcome with its satisfaction link, which the submitter follows.
 */

/** The demo administrator (seeded reference data). */
const ADMINISTRATOR = 'Anouk Beheer';
/** Where the demo submitter's mail goes: her profile's address (reference data's demo domain). */
const SUBMITTER_ADDRESS = 'submitter.smit@demo.klankbord.example';
const SENDER = 'klankbord@test.example';

let smtp: SmtpReceiver;
let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  // A product of its own (the suite's shared one sends to no SMTP server), relaying every 200 ms.
  product = await startProduct({
    demoHistoryDays: 1,
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: `Klankbord <${SENDER}>`,
      OUTBOX_POLL_INTERVAL_MS: '200',
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await smtp?.close();
});

const it = browserTest(() => browser, 'mail');

const E2eMailSatisfactionReportQuery = graphql(`
  query E2eMailSatisfactionReportQuery($filter: ReportFilter!) {
    satisfactionReport(filter: $filter) {
      asked
      answered
    }
  }
`);

/** The bare addresses of a parsed To or From header. */
const addresses = (field: ParsedMail['to']) =>
  [field ?? []].flat().flatMap((group) => group.value.map((address) => address.address));

/** The mail to the submitter with this subject, once the relay has sent it. */
async function mailTitled(subject: string): Promise<ParsedMail> {
  const mail = await smtp.waitForMail((m) => m.subject === subject);
  expect(addresses(mail.to)).toEqual([SUBMITTER_ADDRESS]);
  expect(addresses(mail.from)).toEqual([SENDER]);
  // Written in the submitter's language, Dutch, and declared as such.
  expect(mail.headers.get('content-language')).toBe('nl');
  return mail;
}

/** Signs the page out (the session is a cookie) and in again as someone else. */
async function switchTo(page: Page, name: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, product.baseUrl, name);
}

describe('mail delivery', () => {
  it(
    'a complaint filed in the browser is acknowledged, its extension announced and its outcome sent with a satisfaction link that is answered',
    { timeout: 240_000 },
    async ({ page }) => {
      const { baseUrl } = product;

      // The administrator turns on asking satisfaction, with this server as the public address.
      await signIn(page, baseUrl, ADMINISTRATOR);
      await page.goto(`${baseUrl}/manage/settings`);
      await page.getByLabel(/Openbaar adres van de webapp/).fill(baseUrl);
      await page.getByLabel(/Klagers na afhandeling vragen hoe tevreden ze zijn/).check();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
      await screenshot(page, 'mail-settings');
      const management = await signInAs(baseUrl, MANAGEMENT);
      const today = amsterdamDate(new Date());
      const filter = { from: today, to: today, kind: 'COMPLAINT' as const };
      const before = (await management.request(E2eMailSatisfactionReportQuery, { filter })).satisfactionReport;

      // The submitter files a complaint: the acknowledgement arrives in Dutch, with its number.
      await switchTo(page, SUBMITTER);
      const number = await fileComplaintThroughForm(page, { complaintType: COMPLAINT_TYPE_NL });
      const acknowledgement = await mailTitled(`Ontvangstbevestiging ${number}`);
      expect(acknowledgement.text).toContain('Geachte heer/mevrouw,');
      expect(acknowledgement.text).toContain(`Wij hebben uw klacht ontvangen en geregistreerd onder nummer ${number}.`);
      expect(acknowledgement.text).toMatch(/De standaard doorlooptijd loopt tot en met \w{2} \d{1,2} \w{3} \d{4};/);
      // The HTML part comes from the same template.
      expect(acknowledgement.html).toContain(`geregistreerd onder nummer ${number}.`);

      // The relationship manager takes it on, assigns it and extends the deadline: a notice arrives.
      await switchTo(page, RELATIONSHIP_MANAGER);
      await page.getByRole('link', { name: number }).click();
      await page.getByTestId('case-number').waitFor();
      await assignAsJustified(page, { handler: HANDLER, reason: 'De levering is inderdaad te laat.' });
      await extendDeadline(page, {
        extraWorkingDays: 3,
        reason: 'Onderdelen zijn nabesteld.',
        informedAt: amsterdamDateTime(new Date()),
      });
      // The mail names the new day as the case page does ("Verlengd tot ma 14 dec 2026: …").
      const extended = await page.getByText(/Verlengd tot .*: Onderdelen zijn nabesteld\./).textContent();
      const newDay = /Verlengd tot (.*?): /.exec(extended ?? '')?.[1];
      expect(newDay).toMatch(/^\w{2} \d{1,2} \w{3} \d{4}$/);
      const notice = await mailTitled(`Nieuwe afhandeldatum ${number}`);
      expect(notice.text).toContain(`De afhandeling van ${number} duurt langer dan afgesproken (`);
      expect(notice.text).toContain(`De nieuwe datum is ${newDay}.`);
      expect(notice.text).toContain('Reden: Onderdelen zijn nabesteld.');
      // The case page shows each message with its state.
      await page.reload();
      await page.getByTestId('message-EXTENSION_NOTICE').filter({ hasText: 'Verzonden' }).waitFor();
      await page.getByTestId('message-ACKNOWLEDGEMENT').filter({ hasText: 'Verzonden' }).waitFor();
      await screenshot(page, 'mail-case-messages');

      // The handler resolves it: the outcome arrives with the measures taken and the survey link.
      await switchTo(page, HANDLER);
      await page.goto(`${baseUrl}/queue`);
      await page.getByRole('link', { name: number }).click();
      await takeStep(page, 'START_WORK');
      await takeStep(page, 'RESOLVE', async (form) => {
        await form.getByLabel('Genomen maatregelen').fill('Vervangende monitor geleverd.');
      });
      await takeStep(page, 'CLOSE', async (form) => {
        await form.getByLabel('Of: waarom geen maatregel nodig is').fill('Eenmalige vertraging bij de leverancier.');
      });
      expect(await page.getByTestId('case-status').textContent()).toBe('Gesloten');
      const outcome = await mailTitled(`Afhandeling ${number}`);
      expect(outcome.text).toContain(`Uw klacht ${number} is afgehandeld.`);
      expect(outcome.text).toContain('Vervangende monitor geleverd.');
      expect(outcome.text).toContain('Wilt u laten weten hoe tevreden u bent over de afhandeling?');
      const link = new RegExp(`${baseUrl}/tevredenheid/[A-Za-z0-9_-]+`).exec(outcome.text ?? '')?.[0];
      expect(link).toBeDefined();
      // In the HTML part the same link is a link.
      expect(outcome.html).toContain(`href="${link}"`);

      // The submitter follows the link from the mail without signing in, and answers.
      await page.context().clearCookies();
      await page.goto(link!);
      await page.getByRole('group', { name: 'Hoe tevreden bent u over de afhandeling van uw klacht?' }).waitFor();
      await page.getByRole('radio', { name: '5 – zeer tevreden' }).check();
      await page.getByRole('textbox', { name: 'Toelichting (niet verplicht)' }).fill('Keurig op de hoogte gehouden.');
      await screenshot(page, 'mail-satisfaction-form');
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByText('Dank u wel voor uw antwoord.').waitFor();

      // The satisfaction report counts it: in GraphQL, and in the dashboard's satisfaction widget.
      const after = (await management.request(E2eMailSatisfactionReportQuery, { filter })).satisfactionReport;
      expect([after.asked - before.asked, after.answered - before.answered]).toEqual([1, 1]);
      await signIn(page, baseUrl, MANAGEMENT);
      await dashboardSettled(page);
      const widget = page.locator('[data-widget="satisfaction"]');
      expect(await widget.getAttribute('data-state')).toBe('ready');
      await widget.locator('button[aria-pressed]').click();
      const total = widget.getByRole('row', { name: /^Totaal/ }).first();
      expect(await total.getByRole('cell').nth(1).textContent()).toBe(String(after.answered));
      await widget.screenshot({ path: `${SCREENSHOTS}/mail-satisfaction-widget.png` });

      // The administrator's messages screen lists all three as sent.
      await switchTo(page, ADMINISTRATOR);
      await page.goto(`${baseUrl}/manage/messages`);
      const rows = page.getByRole('row').filter({ hasText: number });
      for (const template of ['Ontvangstbevestiging', 'Nieuwe afhandeldatum', 'Afhandeling']) {
        await rows.filter({ hasText: template }).filter({ hasText: 'Verzonden' }).first().waitFor();
      }
      expect(await rows.count()).toBe(3);
      expect(await rows.filter({ hasText: 'Indiener' }).count()).toBe(3);
      await screenshot(page, 'mail-messages');
      // Each message was sent exactly once.
      expect(smtp.received.filter((m) => m.subject?.endsWith(` ${number}`)).map((m) => m.subject)).toEqual([
        `Ontvangstbevestiging ${number}`,
        `Nieuwe afhandeldatum ${number}`,
        `Afhandeling ${number}`,
      ]);
    },
  );
});
