import { describe, expect, it } from 'vitest';
import { beforeAll } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { makeComplaintType, makePerson, makeService, makeUnit } from '../../test/factories.js';
import { setupHttpApp, type Caller } from '../../test/http-app.js';
import { changedTables, tableFingerprint } from '../../test/table-fingerprint.js';
import { COMMAND_LINE } from '../modules/admin-events/admin-actor.js';
import { createApiKey } from '../modules/api-keys/create-api-key.js';

/**
 * The bad-input suite (issue 12): requests a client can get wrong, each sent through the real HTTP
 * app, each answered with a code and an HTTP status, with nothing written to any table and the
 * distinctive submitted value neither in the response nor in the log.
 */

const db = setupTestDatabase();
const http = setupHttpApp(db);

interface Fixture {
  submitter: Caller;
  manager: Caller;
  handler: Caller;
  otherHandler: Caller;
  management: Caller;
  administrator: Caller;
  importKey: Caller;
  readKey: Caller;
  caseId: string;
  caseVersion: number;
  measureId: string;
  measureVersion: number;
  typeId: string;
  serviceId: string;
  unitId: string;
  personId: string;
  apiKeyId: string;
}
let f: Fixture;

const ok = async <T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> => {
  const answer = await http.graphql<T>(query, variables, caller);
  if (answer.body.errors?.length) throw new Error(`fixture failed: ${answer.text}`);
  return answer.body.data as T;
};

const STEP = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { case { id version } } }`;
const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber } }`;
const MEASURE = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { measure { id version } } }`;
const IMPORT = `mutation($input: ImportCasesInput!) { importCases(input: $input) { imported problems { row field reason message } } }`;
const VOLUME = `query($filter: ReportFilter!) { volumeTrend(filter: $filter) { buckets } }`;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const managerPerson = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, managerPerson);
  const submitterPerson = await makePerson(em, ['SUBMITTER'], { unit, phone: '+31612345678' });
  const handlerPerson = await makePerson(em, ['HANDLER']);
  const otherHandlerPerson = await makePerson(em, ['HANDLER']);
  const managementPerson = await makePerson(em, ['MANAGEMENT']);
  const adminPerson = await makePerson(em, ['ADMINISTRATOR']);
  const type = await makeComplaintType(em);
  const service = await makeService(em);
  const key = async (scopes: string[]) =>
    await createApiKey({
      em: db.orm.em.fork(),
      actor: COMMAND_LINE,
      now: new Date(),
      input: { name: `key ${scopes.join(' ')}`, scopes, expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    });
  const importKey = await key(['cases:import']);
  const readKey = await key(['cases:read']);
  const as = (p: { id: string }): Caller => ({ personId: p.id });
  // A key's first use records when it was last used: done here, so the cases below write nothing.
  for (const secret of [importKey.secret, readKey.secret])
    await http.graphql('{ __typename }', {}, { apiKeySecret: secret });

  // A complaint in progress with the handler: every case step below is refused before it matters.
  const filed = await ok<{ submitFeedback: { registrationNumber: string } }>(
    SUBMIT,
    { input: { kind: 'COMPLAINT', description: 'The printer on the third floor is broken again.' } },
    as(submitterPerson),
  );
  const found = await ok<{ caseByRegistrationNumber: { id: string; version: number } }>(
    `query($n: String!) { caseByRegistrationNumber(registrationNumber: $n) { id version } }`,
    { n: filed.submitFeedback.registrationNumber },
    as(managerPerson),
  );
  let c = { id: found.caseByRegistrationNumber.id, version: found.caseByRegistrationNumber.version };
  const step = async (name: string, input: string, caller: Caller, extra: Record<string, unknown> = {}) => {
    const data = await ok<Record<string, { case: { id: string; version: number } }>>(
      STEP(name, input),
      { input: { caseId: c.id, version: c.version, ...extra } },
      caller,
    );
    c = data[name]!.case;
  };
  await step('takeTriage', 'CaseStepInput', as(managerPerson));
  await step('decideComplaint', 'DecideComplaintInput', as(managerPerson), { outcome: 'JUSTIFIED', reason: 'Fair.' });
  await step('assignHandler', 'AssignHandlerInput', as(managerPerson), { handlerId: handlerPerson.id });
  await step('startWork', 'CaseStepInput', as(handlerPerson));

  const proposed = await ok<{ proposeMeasure: { measure: { id: string; version: number } } }>(
    MEASURE('proposeMeasure', 'ProposeMeasureInput'),
    { input: { title: 'Spare printer', description: 'A spare printer per floor.', targetComplaintTypeId: type.id } },
    as(handlerPerson),
  );
  f = {
    submitter: as(submitterPerson),
    manager: as(managerPerson),
    handler: as(handlerPerson),
    otherHandler: as(otherHandlerPerson),
    management: as(managementPerson),
    administrator: as(adminPerson),
    importKey: { apiKeySecret: importKey.secret },
    readKey: { apiKeySecret: readKey.secret },
    caseId: c.id,
    caseVersion: c.version,
    measureId: proposed.proposeMeasure.measure.id,
    measureVersion: proposed.proposeMeasure.measure.version,
    typeId: type.id,
    serviceId: service.id,
    unitId: unit.id,
    personId: submitterPerson.id,
    apiKeyId: importKey.apiKey.id,
  };
});

/** One bad request and what it must get. */
interface BadInput {
  name: string;
  caller: (f: Fixture) => Caller;
  query: string;
  variables: (f: Fixture) => Record<string, unknown>;
  /** The error code; for an import row, the row problem's reason instead (the import answers with a report). */
  code: string;
  /** 400 when the request fails before execution (variable coercion, validation), else 200. */
  status?: number;
  /** The distinctive submitted value that must appear in neither the response nor the log. */
  secret: string;
  /** The field named in `extensions.fields` or in the import's problems, when there is one. */
  field?: string;
}

// Distinctive values: each appears once in the suite.
const text = (marker: string, body = ' about the printer on the third floor') => `${marker}${body}`;
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const intake = (
  name: string,
  input: Record<string, unknown>,
  secret: string,
  field?: string,
  code = 'BAD_USER_INPUT',
  status?: number,
): BadInput => ({
  name: `intake: ${name}`,
  caller: (x) => x.submitter,
  query: SUBMIT,
  variables: () => ({
    input: { kind: 'COMPLAINT', description: 'The printer is broken again, third floor.', ...input },
  }),
  code,
  secret,
  ...(field ? { field } : {}),
  ...(status ? { status } : {}),
});

const caseStep = (
  name: string,
  mutation: string,
  input: string,
  caller: (f: Fixture) => Caller,
  extra: (f: Fixture) => Record<string, unknown>,
  secret: string,
  field?: string,
  code = 'BAD_USER_INPUT',
  status?: number,
): BadInput => ({
  name: `case step ${mutation}: ${name}`,
  caller,
  query: STEP(mutation, input),
  variables: (x) => ({ input: { caseId: x.caseId, version: x.caseVersion, ...extra(x) } }),
  code,
  secret,
  ...(field ? { field } : {}),
  ...(status ? { status } : {}),
});

const measureStep = (
  name: string,
  mutation: string,
  input: string,
  extra: (f: Fixture) => Record<string, unknown>,
  secret: string,
  field?: string,
  code = 'BAD_USER_INPUT',
): BadInput => ({
  name: `measure ${mutation}: ${name}`,
  caller: (x) => x.handler,
  query: MEASURE(mutation, input),
  variables: (x) => ({ input: { measureId: x.measureId, version: x.measureVersion, ...extra(x) } }),
  code,
  secret,
  ...(field ? { field } : {}),
});

const importRow = (
  name: string,
  row: Record<string, unknown>,
  secret: string,
  field: string,
  reason: string,
): BadInput => ({
  name: `import: ${name}`,
  caller: (x) => x.importKey,
  query: IMPORT,
  variables: () => ({
    input: {
      format: 'JSON',
      content: JSON.stringify([
        {
          kind: 'COMPLIMENT',
          receivedAt: '2025-02-01T10:00:00+01:00',
          description: 'Friendly help at the desk.',
          submitterName: 'Imported Person',
          ...row,
        },
      ]),
    },
  }),
  code: reason,
  secret,
  field,
});

const report = (name: string, filter: Record<string, unknown>, secret: string, field?: string): BadInput => ({
  name: `report: ${name}`,
  caller: (x) => x.management,
  query: VOLUME,
  variables: () => ({ filter: { from: '2026-01-01', to: '2026-03-31', ...filter } }),
  code: 'BAD_USER_INPUT',
  secret,
  ...(field ? { field } : {}),
});

const admin = (
  name: string,
  mutation: string,
  input: string,
  values: (f: Fixture) => Record<string, unknown>,
  secret: string,
  field?: string,
  status?: number,
): BadInput => ({
  name: `admin ${mutation}: ${name}`,
  caller: (x) => x.administrator,
  query: `mutation($input: ${input}!) { ${mutation}(input: $input) { __typename } }`,
  variables: (x) => ({ input: values(x) }),
  code: 'BAD_USER_INPUT',
  secret,
  ...(field ? { field } : {}),
  ...(status ? { status } : {}),
});

const person = (extra: Record<string, unknown>) => ({
  displayName: 'Kees Klaassen',
  email: 'kees.klaassen@example.org',
  roles: ['SUBMITTER'],
  ...extra,
});
const service = (extra: Record<string, unknown>) => ({
  code: 'PRINTING-X',
  name: 'Printing',
  nameNl: 'Printen',
  ...extra,
});

const CASES: BadInput[] = [
  // Intake: texts, normalised before they are checked.
  intake(
    'a description of twelve spaces',
    { description: ' '.repeat(12), phone: '0611112201' },
    '0611112201',
    'description',
  ),
  intake(
    'a description of zero-width spaces',
    { description: '\u200B'.repeat(20), phone: '0611112202' },
    '0611112202',
    'description',
  ),
  intake(
    'a description of spaced-out letters',
    { description: 'Q w 1 x 9 z', phone: '0611112203' },
    '0611112203',
    'description',
  ),
  intake('a NUL in the description', { description: text('Nulmarker\u0000A') }, 'Nulmarker', 'description'),
  intake(
    'an escape character in the description',
    { description: text('Escmarker\u001B[31m') },
    'Escmarker',
    'description',
  ),
  intake('a C1 control (NEL) in the description', { description: text('Nelmarker\u0085') }, 'Nelmarker', 'description'),
  intake('a C1 control (CSI) in the description', { description: text('Csimarker\u009B') }, 'Csimarker', 'description'),
  intake('DEL in the description', { description: text('Delmarker\u007F') }, 'Delmarker', 'description'),
  intake(
    'a right-to-left override in the description',
    { description: text('Rlomarker\u202Eroc.evil') },
    'Rlomarker',
    'description',
  ),
  intake(
    'a left-to-right embedding in the description',
    { description: text('Lremarker\u202A') },
    'Lremarker',
    'description',
  ),
  intake(
    'a first-strong isolate in the description',
    { description: text('Fsimarker\u2068') },
    'Fsimarker',
    'description',
  ),
  intake(
    'a pop-directional isolate in the description',
    { description: text('Pdimarker\u2069') },
    'Pdimarker',
    'description',
  ),
  intake(
    'a lone high surrogate in the description',
    { description: text('Hsmarker\uD800') },
    'Hsmarker',
    'description',
  ),
  intake('a lone low surrogate in the description', { description: text('Lsmarker\uDC00') }, 'Lsmarker', 'description'),
  intake(
    'a description over 5000 characters',
    { description: `Longmarker${'x'.repeat(5000)}` },
    'Longmarker',
    'description',
  ),
  intake('a description of the wrong type', { description: 7_777_123 }, '7777123', undefined, 'BAD_USER_INPUT', 400),
  intake('a kind that is no kind', { kind: 'Kindmarker Jansen' }, 'Kindmarker', undefined, 'BAD_USER_INPUT', 400),
  intake('a channel that is no channel', { channel: 'Chanmarker' }, 'Chanmarker', undefined, 'BAD_USER_INPUT', 400),
  // Intake: phone and e-mail.
  intake('a phone number with an extension', { phone: '070 348 4071 ext. 55' }, '348 4071', 'phone'),
  intake('a phone number with an x extension', { phone: '070 348 4072 x56' }, '348 4072', 'phone'),
  intake('a phone number too short', { phone: '0612' }, '0612"', 'phone'),
  intake('a phone number in words', { phone: 'call Phonemarker' }, 'Phonemarker', 'phone'),
  intake('a NUL in the phone number', { phone: '06\u00001234 5673' }, '1234 5673', 'phone'),
  intake('a malformed e-mail address', { email: 'Mailmarker-at-example' }, 'Mailmarker', 'email'),
  intake('another e-mail than the profile’s', { email: 'Otheraddress@example.org' }, 'Otheraddress', 'email'),
  intake('another name than the profile’s', { submitterName: 'Othername Pietersen' }, 'Othername', 'submitterName'),
  // Intake: ids and keys.
  intake('a malformed service id', { serviceId: 'svc-Idmarker' }, 'Idmarker', 'serviceId'),
  intake(
    'a NUL in the service id',
    { serviceId: '00000000-0000-4000-8000-00000000\u00000' },
    '00000000-0000-4000-8000-00000000',
    'serviceId',
  ),
  intake(
    'an unknown complaint type',
    { complaintTypeId: '0b0b0b0b-0000-4000-8000-0000000000aa' },
    '0b0b0b0b',
    'complaintTypeId',
  ),
  intake(
    'a malformed organisation unit id',
    { organisationUnitId: 'unit Unitmarker' },
    'Unitmarker',
    'organisationUnitId',
  ),
  intake('an idempotency key with a NUL', { idempotencyKey: 'Keymarker\u0000123' }, 'Keymarker', 'idempotencyKey'),
  intake('an idempotency key too short', { idempotencyKey: 'Kshort' }, 'Kshort', 'idempotencyKey'),
  intake('an unknown locale', { locale: 'xx-Localemarker' }, 'Localemarker', 'locale'),

  // Case steps.
  caseStep(
    'a malformed case id',
    'takeTriage',
    'CaseStepInput',
    (x) => x.manager,
    () => ({ caseId: 'case-Caseidmarker' }),
    'Caseidmarker',
    'caseId',
  ),
  caseStep(
    'a version of 0',
    'takeTriage',
    'CaseStepInput',
    (x) => x.manager,
    () => ({ version: 0, note: 'Vzeromarker' }),
    'Vzeromarker',
    'version',
  ),
  caseStep(
    'a version of the wrong type',
    'takeTriage',
    'CaseStepInput',
    (x) => x.manager,
    () => ({ version: 'Vtypemarker' }),
    'Vtypemarker',
    undefined,

    'BAD_USER_INPUT',
    400,
  ),
  caseStep(
    'a NUL in a note',
    'startWork',
    'CaseStepInput',
    (x) => x.handler,
    () => ({ note: 'Notenul\u0000marker' }),
    'Notenul',
    'note',
  ),
  caseStep(
    'a bidi override in a note',
    'startWork',
    'CaseStepInput',
    (x) => x.handler,
    () => ({ note: 'Notebidi\u202Emarker' }),
    'Notebidi',
    'note',
  ),
  caseStep(
    'a note over 2000 characters',
    'startWork',
    'CaseStepInput',
    (x) => x.handler,
    () => ({ note: `Notelong${'y'.repeat(2000)}` }),
    'Notelong',
    'note',
  ),
  caseStep(
    'a reason of spaces',
    'reopenCase',
    'ReopenCaseInput',
    (x) => x.manager,
    () => ({ reason: '      ', note: 'Reopenmarker' }),
    'Reopenmarker',
    'reason',
  ),
  caseStep(
    'a decision reason of zero-width joiners',
    'decideComplaint',
    'DecideComplaintInput',
    (x) => x.manager,
    () => ({ outcome: 'JUSTIFIED', reason: '\u200D\u200D\u200D', note: 'Decidemarker' }),
    'Decidemarker',
    'reason',
  ),
  caseStep(
    'a decision that is no outcome',
    'decideComplaint',
    'DecideComplaintInput',
    (x) => x.manager,
    () => ({ outcome: 'Outcomemarker', reason: 'Because.' }),
    'Outcomemarker',
    undefined,

    'BAD_USER_INPUT',
    400,
  ),
  caseStep(
    'a question with a C1 control',
    'requestInformation',
    'RequestInformationInput',
    (x) => x.handler,
    () => ({ question: 'Which floor\u0091Questionmarker?' }),
    'Questionmarker',
    'question',
  ),
  caseStep(
    'a malformed handler id',
    'assignHandler',
    'AssignHandlerInput',
    (x) => x.manager,
    () => ({ handlerId: 'handler-Handlermarker' }),
    'Handlermarker',
    'handlerId',
  ),
  caseStep(
    'an extension to 9999-12-31',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ newDueDate: '9999-12-31', reason: 'Parts.', submitterInformedAt: new Date().toISOString() }),
    '9999-12-31',
    'newDueDate',
  ),
  caseStep(
    'an extension to a day that does not exist',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ newDueDate: '2027-02-30', reason: 'Parts.', submitterInformedAt: new Date().toISOString() }),
    '2027-02-30',
    'newDueDate',
  ),
  caseStep(
    'an extension date written otherwise',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ newDueDate: '31-12-2026', reason: 'Parts.', submitterInformedAt: new Date().toISOString() }),
    '31-12-2026',
    'newDueDate',
  ),
  caseStep(
    'an extension two years ahead',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({
      newDueDate: later(800).slice(0, 10),
      reason: 'Farmarker.',
      submitterInformedAt: new Date().toISOString(),
    }),
    'Farmarker',
    'newDueDate',
  ),
  caseStep(
    'an extension into the past',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ newDueDate: '2001-01-02', reason: 'Pastmarker.', submitterInformedAt: new Date().toISOString() }),
    'Pastmarker',
    'newDueDate',
  ),
  caseStep(
    'told of an extension a year before receipt',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ extraWorkingDays: 2, reason: 'Toldearly.', submitterInformedAt: later(-365) }),
    'Toldearly',
    'submitterInformedAt',
  ),
  caseStep(
    'told of an extension in the future',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ extraWorkingDays: 2, reason: 'Toldlater.', submitterInformedAt: later(30) }),
    'Toldlater',
    'submitterInformedAt',
  ),
  caseStep(
    'told of an extension in year 0',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ extraWorkingDays: 2, reason: 'Yearzero.', submitterInformedAt: '0000-01-01T00:00:00Z' }),
    'Yearzero',
    undefined,
  ),
  caseStep(
    'an extension of 500 working days',
    'extendDeadline',
    'ExtendDeadlineInput',
    (x) => x.manager,
    () => ({ extraWorkingDays: 500, reason: 'Fivehundred.', submitterInformedAt: new Date().toISOString() }),
    'Fivehundred',
    'extraWorkingDays',
  ),
  caseStep(
    'resolved and communicated in 2199',
    'resolveComplaint',
    'ResolveComplaintInput',
    (x) => x.handler,
    () => ({ measuresTaken: 'Resolvemarker fixed.', communicatedAt: '2199-01-01T00:00:00Z' }),
    'Resolvemarker',
    'communicatedAt',
  ),
  caseStep(
    'resolved and communicated tomorrow',
    'resolveComplaint',
    'ResolveComplaintInput',
    (x) => x.handler,
    () => ({ measuresTaken: 'Tomorrowmarker fixed.', communicatedAt: later(1) }),
    'Tomorrowmarker',
    'communicatedAt',
  ),
  caseStep(
    'a compliment passed on to a multi-line name',
    'passOnCompliment',
    'PassOnComplimentInput',
    (x) => x.manager,
    () => ({ passedOnTo: 'Team\nPassmarker' }),
    'Passmarker',
    'passedOnTo',
  ),
  caseStep(
    'closing with a malformed measure id',
    'closeCase',
    'CloseCaseInput',
    (x) => x.handler,
    () => ({ measureIds: ['measure-Closemarker'] }),
    'Closemarker',
    'measureIds',
  ),
  caseStep(
    'reclassified to a malformed service id',
    'reclassifyCase',
    'ReclassifyCaseInput',
    (x) => x.manager,
    () => ({ serviceId: 'Reclassmarker' }),
    'Reclassmarker',
    'serviceId',
  ),

  // Measures.
  measureStep(
    'implemented in 9999',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: '9999-01-01' }),
    '9999-01-01',
    'implementedOn',
  ),
  measureStep(
    'implemented in 0000',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: '0000-06-15' }),
    '0000-06-15',
    'implementedOn',
  ),
  measureStep(
    'implemented on 30 February',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: '2026-02-30' }),
    '2026-02-30',
    'implementedOn',
  ),
  measureStep(
    'implemented two years ahead',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: later(740).slice(0, 10), note: 'Aheadmarker' }),
    'Aheadmarker',
    'implementedOn',
  ),
  measureStep(
    'communicated next month',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: '2026-01-05', communicatedOn: later(31).slice(0, 10), note: 'Commmarker' }),
    'Commmarker',
    'communicatedOn',
  ),
  measureStep(
    'a date with a time',
    'implementMeasure',
    'ImplementMeasureInput',
    () => ({ implementedOn: '2026-01-05T10:00:00Z', note: 'Timemarker' }),
    'Timemarker',
    'implementedOn',
  ),
  measureStep(
    'a title of spaces',
    'updateMeasure',
    'UpdateMeasureInput',
    () => ({ title: '   ', description: 'Titlemarker description.' }),
    'Titlemarker',
    'title',
  ),
  measureStep(
    'a title with a bidi isolate',
    'updateMeasure',
    'UpdateMeasureInput',
    () => ({ title: 'Isolatemarker\u2066' }),
    'Isolatemarker',
    'title',
  ),
  measureStep(
    'a description with a lone surrogate',
    'updateMeasure',
    'UpdateMeasureInput',
    () => ({ description: 'Surrmarker \uDBFF here.' }),
    'Surrmarker',
    'description',
  ),
  measureStep(
    'an evaluation note of invisible characters',
    'evaluateMeasure',
    'EvaluateMeasureInput',
    () => ({ evaluationNote: '\u2060\u2060\u2060', note: 'Evalmarker' }),
    'Evalmarker',
    'evaluationNote',
  ),
  measureStep(
    'linking a malformed case id',
    'linkCasesToMeasure',
    'LinkCasesToMeasureInput',
    () => ({ caseIds: ['Linkmarker'] }),
    'Linkmarker',
    'caseIds',
  ),
  measureStep(
    'a malformed measure id',
    'cancelMeasure',
    'MeasureStepInput',
    () => ({ measureId: 'Measureidmarker' }),
    'Measureidmarker',
    'measureId',
  ),
  measureStep(
    'a NUL in a note',
    'cancelMeasure',
    'MeasureStepInput',
    () => ({ note: 'Mnote\u0000marker' }),
    'Mnote',
    'note',
  ),
  {
    name: 'measure proposeMeasure: a title with an escape sequence',
    caller: (x) => x.handler,
    query: MEASURE('proposeMeasure', 'ProposeMeasureInput'),
    variables: (x) => ({
      input: { title: 'Propmarker\u001B]0;', description: 'Spare printers.', targetComplaintTypeId: x.typeId },
    }),
    code: 'BAD_USER_INPUT',
    secret: 'Propmarker',
    field: 'title',
  },

  // Reports and queries.
  {
    name: 'report: annual report for year −5',
    caller: (x) => x.management,
    query: `query { annualReport(year: -5) { year } }`,
    variables: () => ({}),
    code: 'BAD_USER_INPUT',
    secret: '"-5"',
    field: 'year',
  },
  {
    name: 'report: annual report for year 0000',
    caller: (x) => x.management,
    query: `query($y: Int!) { annualReport(year: $y) { year } }`,
    variables: () => ({ y: 0 }),
    code: 'BAD_USER_INPUT',
    secret: '"0000"',
    field: 'year',
  },
  {
    name: 'report: annual report for year 9999',
    caller: (x) => x.management,
    query: `query($y: Int!) { annualReport(year: $y) { year } }`,
    variables: () => ({ y: 9999 }),
    code: 'BAD_USER_INPUT',
    secret: '9999',
    field: 'year',
  },
  {
    name: 'calendar: days off of year −5',
    caller: (x) => x.administrator,
    query: `query($y: Int!) { daysOff(year: $y) { date } }`,
    variables: () => ({ y: -5 }),
    code: 'BAD_USER_INPUT',
    secret: '-0005',
    field: 'year',
  },
  report('a period from year 0000', { from: '0000-01-01' }, '0000-01-01', 'from'),
  report('a period to 9999', { to: '9999-11-30' }, '9999-11-30', 'to'),
  report('a period from a negative year', { from: '-0005-01-01' }, '-0005-01-01', 'from'),
  report('a period ending on 31 April', { to: '2026-04-31' }, '2026-04-31', 'to'),
  report('a malformed service id filter', { serviceIds: ['Filtermarker'] }, 'Filtermarker', 'serviceIds'),
  { ...report('a bucket that is no bucket', { bucket: 'Bucketmarker' }, 'Bucketmarker'), status: 400 },
  {
    name: 'query: a crafted after cursor',
    caller: (x) => x.manager,
    query: `query($a: String) { cases(after: $a) { totalCount } }`,
    variables: () => ({ a: Buffer.from(JSON.stringify(['Cursormarker', 'x'])).toString('base64url') }),
    code: 'BAD_USER_INPUT',
    secret: 'Cursormarker',
    field: 'after',
  },
  {
    name: 'query: an after cursor with a NUL',
    caller: (x) => x.manager,
    query: `query($a: String) { cases(after: $a) { totalCount } }`,
    variables: () => ({
      a: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'Nulcursor\u0000'])).toString('base64url'),
    }),
    code: 'BAD_USER_INPUT',
    secret: 'Nulcursor',
    field: 'after',
  },
  {
    name: 'query: an after cursor that is no base64',
    caller: (x) => x.handler,
    query: `query($a: String) { myQueue(after: $a) { totalCount } }`,
    variables: () => ({ a: '%%%Queuemarker%%%' }),
    code: 'BAD_USER_INPUT',
    secret: 'Queuemarker',
    field: 'after',
  },
  {
    name: 'query: a NUL in a registration number',
    caller: (x) => x.manager,
    query: `query($n: String!) { caseByRegistrationNumber(registrationNumber: $n) { id } }`,
    variables: () => ({ n: 'SKC-2026-\u0000424242' }),
    code: 'BAD_USER_INPUT',
    secret: '424242',
    field: 'registrationNumber',
  },
  {
    name: 'query: a registration number of words',
    caller: (x) => x.manager,
    query: `query($n: String!) { caseByRegistrationNumber(registrationNumber: $n) { id } }`,
    variables: () => ({ n: 'Regnomarker' }),
    code: 'BAD_USER_INPUT',
    secret: 'Regnomarker',
    field: 'registrationNumber',
  },
  {
    name: 'query: a case list filtered from year 0000',
    caller: (x) => x.manager,
    query: `query($f: CaseFilter) { cases(filter: $f) { totalCount } }`,
    variables: () => ({ f: { receivedFrom: '0000-03-03' } }),
    code: 'BAD_USER_INPUT',
    secret: '0000-03-03',
    field: 'receivedFrom',
  },
  {
    name: 'query: a case search with a NUL',
    caller: (x) => x.manager,
    query: `query($f: CaseFilter) { cases(filter: $f) { totalCount } }`,
    variables: () => ({ f: { text: 'Searchmarker\u0000' } }),
    code: 'BAD_USER_INPUT',
    secret: 'Searchmarker',
    field: 'text',
  },

  // Import (rows are refused in the report; nothing is imported).
  importRow(
    'received in 2199',
    { receivedAt: '2199-01-01T10:00:00+01:00' },
    '2199-01-01',
    'receivedAt',
    'IN_THE_FUTURE',
  ),
  importRow(
    'received in 1990',
    { receivedAt: '1990-05-05T10:00:00+01:00', description: 'Oldmarker friendly help.' },
    'Oldmarker',
    'receivedAt',
    'TOO_EARLY',
  ),
  importRow(
    'a description of spaces',
    { description: ' '.repeat(15), submitterName: 'Spacesmarker Person' },
    'Spacesmarker',
    'description',
    'INVALID',
  ),
  importRow(
    'a NUL in the submitter’s name',
    { submitterName: 'Importnul\u0000marker' },
    'Importnul',
    'submitterName',
    'INVALID',
  ),
  importRow(
    'a bidi override in the description',
    { description: 'Importbidi\u202E friendly help.' },
    'Importbidi',
    'description',
    'INVALID',
  ),
  importRow('a description of the wrong type', { description: 424_242_17 }, '42424217', 'description', 'INVALID'),
  importRow(
    'a phone number with an extension',
    { phone: '070 348 4099 ext. 12' },
    '348 4099',
    'phone',
    'INVALID_PHONE_NUMBER',
  ),
  importRow(
    'closed in the future',
    { status: 'CLOSED', outcome: 'PASSED_ON', closedAt: '2199-02-02T10:00:00+01:00' },
    '2199-02-02',
    'closedAt',
    'IN_THE_FUTURE',
  ),
  {
    name: 'import: content that is no JSON',
    caller: (x) => x.importKey,
    query: IMPORT,
    variables: () => ({ input: { format: 'JSON', content: '[{"kind": "Unreadablemarker' } }),
    code: 'BAD_USER_INPUT',
    secret: 'Unreadablemarker',
    field: 'content',
  },

  // Administration.
  admin(
    'a NUL in the external subject',
    'savePerson',
    'SavePersonInput',
    () => person({ externalSubject: 'sub\u0000Subjectmarker' }),
    'Subjectmarker',
    'externalSubject',
  ),
  admin(
    'a name with a bidi override',
    'savePerson',
    'SavePersonInput',
    () => person({ displayName: 'Bidiname\u202Emarker' }),
    'Bidiname',
    'displayName',
  ),
  admin(
    'a name of spaces',
    'savePerson',
    'SavePersonInput',
    () => person({ displayName: '    ', email: 'Spacename@example.org' }),
    'Spacename',
    'displayName',
  ),
  admin(
    'a name on two lines',
    'savePerson',
    'SavePersonInput',
    () => person({ displayName: 'Twolines\nmarker' }),
    'Twolines',
    'displayName',
  ),
  admin(
    'a malformed e-mail address',
    'savePerson',
    'SavePersonInput',
    () => person({ email: 'Adminmail-at-example' }),
    'Adminmail',
    'email',
  ),
  admin(
    'a phone number with an extension',
    'savePerson',
    'SavePersonInput',
    () => person({ phone: '070 348 4055 x7', displayName: 'Extpersonmarker' }),
    'Extpersonmarker',
    'phone',
  ),
  admin(
    'a role that is no role',
    'savePerson',
    'SavePersonInput',
    () => person({ roles: ['Rolemarker'] }),
    'Rolemarker',
    undefined,
    400,
  ),
  admin(
    'a malformed person id',
    'savePerson',
    'SavePersonInput',
    () => person({ id: 'Personidmarker' }),
    'Personidmarker',
    'id',
  ),
  admin(
    'a unit name with a C1 control',
    'saveOrganisationUnit',
    'SaveOrganisationUnitInput',
    () => ({ code: 'UNIT-X', name: 'Unitname\u0080marker' }),
    'Unitname',
    'name',
  ),
  admin(
    'a unit code in lower case',
    'saveOrganisationUnit',
    'SaveOrganisationUnitInput',
    () => ({ code: 'unitcodemarker', name: 'A unit' }),
    'unitcodemarker',
    'code',
  ),
  admin(
    'a service code with a NUL',
    'saveService',
    'SaveServiceInput',
    () => service({ code: 'SVC\u0000CODEMARKER' }),
    'CODEMARKER',
    'code',
  ),
  admin(
    'a service name of zero-width spaces',
    'saveService',
    'SaveServiceInput',
    () => service({ name: '\u200B\u200B', nameNl: 'Nlnamemarker' }),
    'Nlnamemarker',
    'name',
  ),
  admin(
    'a complaint type with a lead time of 0',
    'saveComplaintType',
    'SaveComplaintTypeInput',
    () => ({ ...service({ code: 'TYPE-X', name: 'Leadmarker type' }), leadTimeWorkingDays: 0 }),
    'Leadmarker',
    'leadTimeWorkingDays',
  ),
  admin(
    'a complaint type with a lead time of the wrong type',
    'saveComplaintType',
    'SaveComplaintTypeInput',
    () => ({ ...service({ code: 'TYPE-Y', name: 'Typemarker type' }), leadTimeWorkingDays: 'five' }),
    'Typemarker',
    undefined,
    400,
  ),
  admin(
    'a report cell size of 0',
    'updateSettings',
    'UpdateSettingsInput',
    () => ({ minimumReportCellSize: 0, defaultLanguage: 'nl' }),
    '"minimumReportCellSize":0',
    'minimumReportCellSize',
  ),
  admin(
    'a language that is no language',
    'updateSettings',
    'UpdateSettingsInput',
    () => ({ defaultLanguage: 'Langmarker' }),
    'Langmarker',
    'defaultLanguage',
  ),
  admin(
    'a closure day in 9999',
    'saveClosureDay',
    'ClosureDayInput',
    () => ({ date: '9999-05-05', name: 'Closuremarker' }),
    'Closuremarker',
    'date',
  ),
  admin(
    'a closure day on 31 June',
    'saveClosureDay',
    'ClosureDayInput',
    () => ({ date: '2027-06-31', name: 'Junemarker' }),
    'Junemarker',
    'date',
  ),
  admin(
    'a closure day in 1999',
    'saveClosureDay',
    'ClosureDayInput',
    () => ({ date: '1999-05-05', name: 'Ninetyninemarker' }),
    'Ninetyninemarker',
    'date',
  ),
  admin(
    'a closure day ten years ahead',
    'saveClosureDay',
    'ClosureDayInput',
    () => ({ date: later(3700).slice(0, 10), name: 'Tenyearsmarker' }),
    'Tenyearsmarker',
    'date',
  ),
  admin(
    'a closure day named with a NUL',
    'saveClosureDay',
    'ClosureDayInput',
    () => ({ date: '2027-05-05', name: 'Closurenul\u0000marker' }),
    'Closurenul',
    'name',
  ),
  admin(
    'an API key named with a bidi override',
    'createApiKey',
    'CreateApiKeyInput',
    () => ({ name: 'Keyname\u202Dmarker', scopes: ['cases:read'], expiresAt: later(30) }),
    'Keyname',
    'name',
  ),
  admin(
    'an API key expiring in 9999',
    'createApiKey',
    'CreateApiKeyInput',
    () => ({ name: 'Expirymarker', scopes: ['cases:read'], expiresAt: '9999-01-01T00:00:00Z' }),
    'Expirymarker',
    'expiresAt',
  ),
  admin(
    'an API key with an unknown scope',
    'createApiKey',
    'CreateApiKeyInput',
    () => ({ name: 'Scopename', scopes: ['Scopemarker'], expiresAt: later(30) }),
    'Scopemarker',
    'scopes',
  ),
  admin(
    'revoking a malformed API key id',
    'revokeApiKey',
    'RevokeApiKeyInput',
    () => ({ id: 'Revokemarker' }),
    'Revokemarker',
    'id',
  ),
];

describe('bad input, through HTTP', () => {
  it('has at least 80 cases across intake, case steps, measures, reports, import and administration', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    // Each distinctive value belongs to one case, so a leak names its case.
    const secrets = CASES.map((c) => c.secret);
    expect(secrets.filter((secret, i) => secrets.indexOf(secret) !== i)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, bad) => {
    const before = await tableFingerprint(db.orm);
    const logBefore = http.log().length;
    const answer = await http.graphql<Record<string, unknown>>(bad.query, bad.variables(f), bad.caller(f));

    if (bad.query === IMPORT && bad.code !== 'BAD_USER_INPUT') {
      const payload = answer.body.data?.['importCases'] as {
        imported: boolean;
        problems: Array<{ field: string; reason: string }>;
      };
      expect(answer.status).toBe(200);
      expect(payload.imported).toBe(false);
      expect(payload.problems).toContainEqual(expect.objectContaining({ field: bad.field, reason: bad.code }));
    } else {
      const error = answer.body.errors?.[0];
      expect({ code: error?.extensions?.['code'], status: answer.status }).toEqual({
        code: bad.code,
        status: bad.status ?? 200,
      });
      expect(answer.body.data ?? null).toBeNull();
      if (bad.field) {
        const fields = (error?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((p) => p.field);
        expect(fields ?? [error?.extensions?.['field']]).toContain(bad.field);
      }
    }
    expect(changedTables(before, await tableFingerprint(db.orm))).toEqual([]);
    expect(answer.text).not.toContain(bad.secret);
    expect(answer.text).not.toMatch(/\bselect\b|\binsert\b|\bat \w+ \(|node_modules|\/work\//i);
    const logged = http.log().slice(logBefore);
    // The request was logged (so the check below looks at something), without its values.
    expect(logged).toContain('graphql request');
    expect(logged).not.toContain(bad.secret);
    expect(logged).not.toMatch(/INTERNAL_SERVER_ERROR|unexpected error/);
  });
});
