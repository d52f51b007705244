import { amsterdamDate } from '@klankbord/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { graphql } from '../src/gql';
import { signInAs } from './api';
import { browserTest, dashboardSettled, launchBrowser, SCREENSHOTS, screenshot, signIn } from './browser';
import { complaintAssignedToHandler, HANDLER, MANAGEMENT } from './factories';

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

const E2eAskSatisfactionMutation = graphql(`
  mutation E2eAskSatisfactionMutation($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      askSatisfaction
      publicUrl
    }
  }
`);

const E2eStartWorkMutation = graphql(`
  mutation E2eStartWorkMutation($input: CaseStepInput!) {
    startWork(input: $input) {
      case {
        version
      }
    }
  }
`);

const E2eResolveComplaintMutation = graphql(`
  mutation E2eResolveComplaintMutation($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      case {
        version
        status
      }
    }
  }
`);

const E2eCaseMessagesQuery = graphql(`
  query E2eCaseMessagesQuery($id: ID!) {
    case(id: $id) {
      messages {
        template
        body
      }
      satisfaction {
        score
        comment
      }
    }
  }
`);

const E2eSatisfactionReportQuery = graphql(`
  query E2eSatisfactionReportQuery($filter: ReportFilter!) {
    satisfactionReport(filter: $filter) {
      asked
      answered
      responseRate
    }
  }
`);

describe('satisfaction after closure', () => {
  it('the outcome carries a link; the submitter answers it without signing in, once; the report counts it', async ({
    page,
  }) => {
    // The administrator asks satisfaction, with this server as the public address.
    const administrator = await signInAs(baseUrl, ADMINISTRATOR);
    await administrator.request(E2eAskSatisfactionMutation, { input: { publicUrl: baseUrl, askSatisfaction: true } });
    const management = await signInAs(baseUrl, MANAGEMENT);
    const today = amsterdamDate(new Date());
    const filter = { from: today, to: today, kind: 'COMPLAINT' as const };
    const before = (await management.request(E2eSatisfactionReportQuery, { filter })).satisfactionReport;

    // The handler settles a complaint: the outcome message holds the link.
    const complaint = await complaintAssignedToHandler(baseUrl);
    const handler = await signInAs(baseUrl, HANDLER);
    let version = (
      await handler.request(E2eStartWorkMutation, { input: { caseId: complaint.id, version: complaint.version } })
    ).startWork.case.version;
    version = (
      await handler.request(E2eResolveComplaintMutation, {
        input: { caseId: complaint.id, version, measuresTaken: 'De monitor is vandaag geleverd.' },
      })
    ).resolveComplaint.case.version;
    const { case: withMessages } = await handler.request(E2eCaseMessagesQuery, { id: complaint.id });
    const outcome = withMessages.messages.find((m) => m.template === 'OUTCOME');
    const link = /https?:\/\/\S+\/tevredenheid\/[A-Za-z0-9_-]+/.exec(outcome?.body ?? '')?.[0];
    expect(link).toBeDefined();

    // The submitter opens it in a browser that is not signed in, and answers.
    await page.goto(link!);
    await page.getByRole('group', { name: 'Hoe tevreden bent u over de afhandeling van uw klacht?' }).waitFor();
    await page.getByRole('radio', { name: '4 – tevreden' }).check();
    await page.getByRole('textbox', { name: 'Toelichting (niet verplicht)' }).fill('Snel geregeld, dank.');
    await screenshot(page, 'satisfaction-form');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dank u wel voor uw antwoord.').waitFor();

    // Once only: the link now says it was answered.
    await page.reload();
    await page.getByText('Deze vraag is al beantwoord. Dank u wel.').waitFor();
    await screenshot(page, 'satisfaction-answered');

    // Stored beside the case (the case itself stays resolved), and counted in the report.
    const { case: answered } = await handler.request(E2eCaseMessagesQuery, { id: complaint.id });
    expect(answered.satisfaction).toMatchObject({ score: 4, comment: 'Snel geregeld, dank.' });
    const after = (await management.request(E2eSatisfactionReportQuery, { filter })).satisfactionReport;
    expect([after.asked - before.asked, after.answered - before.answered]).toEqual([1, 1]);
    expect(version).toBeGreaterThan(complaint.version);

    // Management sees it on the dashboard (twelve months up to today by default).
    await page.context().clearCookies();
    await signIn(page, baseUrl, MANAGEMENT);
    await dashboardSettled(page);
    const widget = page.locator('[data-widget="satisfaction"]');
    expect(await widget.getAttribute('data-state')).toBe('ready');
    await widget.screenshot({ path: `${SCREENSHOTS}/satisfaction-widget-chart.png` });
    // The chart's tables: the first is per service, with the total on top.
    await widget.locator('button[aria-pressed]').click();
    const total = widget.getByRole('row', { name: /^Totaal/ }).first();
    expect(await total.getByRole('cell').nth(1).textContent()).toBe(String(after.answered));
    await widget.screenshot({ path: `${SCREENSHOTS}/satisfaction-widget.png` });
  });
});
