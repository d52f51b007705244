import { fromAmsterdamDateTime } from '@klankbord/domain';
import type { CaseAction } from '../../gql/graphql';

/** A field of a step form; `name` is the key in the mutation's input. */
export interface StepField {
  name: string;
  type: 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'outcome' | 'handler' | 'relationshipManager' | 'complaintType' | 'service' | 'measures';
  required?: boolean;
  label: { nl: string; en: string };
}

export interface StepForm {
  /** The mutation field to call, e.g. `decideComplaint`. */
  mutation: string;
  label: { nl: string; en: string };
  fields: StepField[];
  /** Fixed input values (respondToSuggestion's adopt). */
  fixed?: Record<string, unknown>;
}

const note: StepField = { name: 'note', type: 'textarea', label: { nl: 'Notitie', en: 'Note' } };

/** One form per lifecycle step; which ones a viewer sees comes from `viewerCan.actions`. */
export const STEP_FORMS: Record<CaseAction, StepForm> = {
  TAKE_TRIAGE: { mutation: 'takeTriage', label: { nl: 'In behandeling nemen', en: 'Take into triage' }, fields: [note] },
  REASSIGN_RELATIONSHIP_MANAGER: {
    mutation: 'reassignRelationshipManager',
    label: { nl: 'Andere relatiemanager', en: 'Other relationship manager' },
    fields: [{ name: 'relationshipManagerId', type: 'relationshipManager', required: true, label: { nl: 'Relatiemanager', en: 'Relationship manager' } }, note],
  },
  DECIDE: {
    mutation: 'decideComplaint',
    label: { nl: 'Beoordelen', en: 'Decide' },
    fields: [
      { name: 'outcome', type: 'outcome', required: true, label: { nl: 'Oordeel', en: 'Decision' } },
      { name: 'reason', type: 'textarea', required: true, label: { nl: 'Motivering (voor de indiener)', en: 'Reason (for the submitter)' } },
    ],
  },
  ASSIGN_HANDLER: {
    mutation: 'assignHandler',
    label: { nl: 'Behandelaar toewijzen', en: 'Assign handler' },
    fields: [{ name: 'handlerId', type: 'handler', required: true, label: { nl: 'Behandelaar', en: 'Handler' } }, note],
  },
  START_WORK: { mutation: 'startWork', label: { nl: 'Starten', en: 'Start work' }, fields: [note] },
  REQUEST_INFORMATION: {
    mutation: 'requestInformation',
    label: { nl: 'Informatie vragen', en: 'Request information' },
    fields: [{ name: 'question', type: 'textarea', required: true, label: { nl: 'Vraag aan de indiener', en: 'Question to the submitter' } }],
  },
  RECEIVE_INFORMATION: { mutation: 'receiveInformation', label: { nl: 'Informatie ontvangen', en: 'Information received' }, fields: [note] },
  EXTEND_DEADLINE: {
    mutation: 'extendDeadline',
    label: { nl: 'Termijn verlengen', en: 'Extend deadline' },
    fields: [
      { name: 'extraWorkingDays', type: 'number', label: { nl: 'Extra werkdagen', en: 'Extra working days' } },
      { name: 'newDueDate', type: 'date', label: { nl: 'Of: nieuwe datum', en: 'Or: new date' } },
      { name: 'reason', type: 'textarea', required: true, label: { nl: 'Reden', en: 'Reason' } },
      { name: 'submitterInformedAt', type: 'datetime', required: true, label: { nl: 'Indiener geïnformeerd op', en: 'Submitter informed at' } },
    ],
  },
  RESOLVE: {
    mutation: 'resolveComplaint',
    label: { nl: 'Afhandelen', en: 'Resolve' },
    fields: [{ name: 'measuresTaken', type: 'textarea', required: true, label: { nl: 'Genomen maatregelen', en: 'Measures taken' } }],
  },
  CLOSE: {
    mutation: 'closeCase',
    label: { nl: 'Sluiten', en: 'Close' },
    fields: [
      { name: 'measureIds', type: 'measures', label: { nl: 'Preventieve maatregel(en)', en: 'Preventive measure(s)' } },
      { name: 'noMeasureReason', type: 'textarea', label: { nl: 'Of: waarom geen maatregel nodig is', en: 'Or: why no measure is needed' } },
    ],
  },
  WITHDRAW: { mutation: 'withdrawCase', label: { nl: 'Intrekken', en: 'Withdraw' }, fields: [note] },
  REOPEN: { mutation: 'reopenCase', label: { nl: 'Heropenen', en: 'Reopen' }, fields: [{ name: 'reason', type: 'textarea', required: true, label: { nl: 'Reden', en: 'Reason' } }] },
  RECLASSIFY: {
    mutation: 'reclassifyCase',
    label: { nl: 'Anders indelen', en: 'Reclassify' },
    fields: [
      { name: 'complaintTypeId', type: 'complaintType', label: { nl: 'Soort klacht', en: 'Complaint type' } },
      { name: 'serviceId', type: 'service', label: { nl: 'Dienst', en: 'Service' } },
    ],
  },
  CONSIDER: { mutation: 'considerSuggestion', label: { nl: 'In overweging nemen', en: 'Consider' }, fields: [note] },
  ADOPT: {
    mutation: 'respondToSuggestion',
    label: { nl: 'Overnemen', en: 'Adopt' },
    fixed: { adopt: true },
    fields: [{ name: 'response', type: 'textarea', required: true, label: { nl: 'Reactie aan de indiener', en: 'Response to the submitter' } }],
  },
  DECLINE: {
    mutation: 'respondToSuggestion',
    label: { nl: 'Afwijzen', en: 'Decline' },
    fixed: { adopt: false },
    fields: [{ name: 'response', type: 'textarea', required: true, label: { nl: 'Reactie aan de indiener', en: 'Response to the submitter' } }],
  },
  PASS_ON: {
    mutation: 'passOnCompliment',
    label: { nl: 'Doorgeven', en: 'Pass on' },
    fields: [{ name: 'passedOnTo', type: 'text', required: true, label: { nl: 'Doorgegeven aan (team of persoon)', en: 'Passed on to (team or person)' } }],
  },
};

/**
 * Turns a step form's raw values into the mutation input (empty fields left out, types converted).
 * A datetime field holds Amsterdam wall-clock time (what the person typed, whatever the browser's
 * zone): it becomes the instant that time means in Amsterdam.
 */
export function stepInput(form: StepForm, values: Record<string, string | string[]>, base: { caseId: string; version: number }): Record<string, unknown> {
  const input: Record<string, unknown> = { ...base, ...form.fixed };
  for (const field of form.fields) {
    const raw = values[field.name];
    if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
    if (field.type === 'number') input[field.name] = Number(raw);
    else if (field.type === 'datetime') input[field.name] = fromAmsterdamDateTime(String(raw)).toISOString();
    else input[field.name] = raw;
  }
  return input;
}
