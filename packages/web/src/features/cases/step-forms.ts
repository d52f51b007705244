import { CASE_OUTCOMES, fromAmsterdamDateTime } from '@klankbord/domain';
import type { CaseAction, CaseStepInput } from '../../gql/graphql';
import type { FieldErrors } from '../../ui/forms/field-errors';
import { useAssignHandlerMutation } from './steps/useAssignHandlerMutation';
import type { CaseStepMutation } from './steps/useCaseStep';
import { useCloseCaseMutation } from './steps/useCloseCaseMutation';
import { useConsiderSuggestionMutation } from './steps/useConsiderSuggestionMutation';
import { useDecideComplaintMutation } from './steps/useDecideComplaintMutation';
import { useExtendDeadlineMutation } from './steps/useExtendDeadlineMutation';
import { usePassOnComplimentMutation } from './steps/usePassOnComplimentMutation';
import { useReassignRelationshipManagerMutation } from './steps/useReassignRelationshipManagerMutation';
import { useReceiveInformationMutation } from './steps/useReceiveInformationMutation';
import { useReclassifyCaseMutation } from './steps/useReclassifyCaseMutation';
import { useReopenCaseMutation } from './steps/useReopenCaseMutation';
import { useRequestInformationMutation } from './steps/useRequestInformationMutation';
import { useResolveComplaintMutation } from './steps/useResolveComplaintMutation';
import { useRespondToSuggestionMutation } from './steps/useRespondToSuggestionMutation';
import { useStartWorkMutation } from './steps/useStartWorkMutation';
import { useTakeTriageMutation } from './steps/useTakeTriageMutation';
import { useWithdrawCaseMutation } from './steps/useWithdrawCaseMutation';

/** A field of a step form; `name` is the key in the mutation's input. */
export interface StepField<Name extends string = string> {
  name: Name;
  type:
    | 'text'
    | 'textarea'
    | 'number'
    | 'date'
    | 'datetime'
    | 'outcome'
    | 'handler'
    | 'relationshipManager'
    | 'complaintType'
    | 'service'
    | 'measures';
  required?: boolean;
  label: { nl: string; en: string };
}

/** What every step's input carries besides its own fields: the case and the version the viewer saw. */
export interface StepBase {
  caseId: string;
  version: number;
}

/** The part every step's input has, as the schema types it (an ID may be given as a number). */
type InputBase = Pick<CaseStepInput, 'caseId' | 'version'>;

/** A step form's values as the browser gives them, by field name: text, or the ids of a multiple select. */
export type StepValues = Readonly<Record<string, string | string[]>>;

/** A step as the case page uses it: its form, and its typed mutation taking that form's values. */
export interface StepForm {
  label: { nl: string; en: string };
  fields: readonly StepField[];
  /** The mutation input built from the form's values (empty fields left out, types converted). */
  input: (values: StepValues, base: StepBase) => InputBase;
  /** The step's mutation hook, called by the form component; `perform` takes the form's values. */
  useStep: () => {
    perform: (values: StepValues, base: StepBase) => Promise<boolean>;
    loading: boolean;
    errors: FieldErrors;
  };
}

/** The fields a step's form may have: the keys of its mutation's input, less the ones every step sets. */
type FieldName<Input> = Exclude<keyof Input & string, keyof InputBase>;

/**
 * Reads a step form's values for its typed input, by the form's own field names only. Empty
 * optional fields are left out (undefined), as the API reads a missing value as "not given".
 */
function reader<Name extends string>(values: StepValues) {
  const text = (name: Name): string | undefined => {
    const raw = values[name];
    return typeof raw === 'string' && raw !== '' ? raw : undefined;
  };
  return {
    /** A required text: '' if the browser let it through empty, which the server refuses for that field. */
    required: (name: Name): string => text(name) ?? '',
    optional: text,
    number: (name: Name): number | undefined => {
      const raw = text(name);
      return raw === undefined ? undefined : Number(raw);
    },
    /**
     * A datetime-local value as an instant. What the person typed is Amsterdam wall-clock time,
     * whatever the browser's own zone is.
     */
    moment: (name: Name): string => {
      const raw = text(name);
      return raw === undefined ? '' : fromAmsterdamDateTime(raw).toISOString();
    },
    /** The chosen ids of a multiple select; none chosen is left out. */
    ids: (name: Name): string[] | undefined => {
      const raw = values[name];
      return Array.isArray(raw) && raw.length > 0 ? raw : undefined;
    },
    /** A select over a fixed list; a value outside it is a bug in the form, not a person's input. */
    oneOf: <T extends string>(name: Name, allowed: readonly T[]): T => {
      const raw = text(name) ?? '';
      const found = allowed.find((value) => value === raw);
      if (found === undefined) throw new Error(`${name}: ${raw} is not one of ${allowed.join(', ')}`);
      return found;
    },
  };
}

type StepReader<Name extends string> = ReturnType<typeof reader<Name>>;

/**
 * A step form bound to its typed mutation (which fixes `Input`; the form's `input` only has to
 * match it). The field names are checked against the mutation's
 * input, and `input` must build a complete one, so a renamed or new required field in the schema
 * fails the type check here.
 */
function stepForm<Input extends InputBase, Name extends FieldName<Input>>(
  useMutation: () => CaseStepMutation<Input>,
  form: {
    label: { nl: string; en: string };
    fields: ReadonlyArray<StepField<Name>>;
    input: (values: StepReader<Name>, base: StepBase) => NoInfer<Input>;
  },
): StepForm {
  const input = (values: StepValues, base: StepBase): Input => form.input(reader<Name>(values), base);
  return {
    label: form.label,
    fields: form.fields,
    input,
    useStep() {
      const { perform, loading, errors } = useMutation();
      return { perform: (values, base) => perform(input(values, base)), loading, errors };
    },
  };
}

const note: StepField<'note'> = { name: 'note', type: 'textarea', label: { nl: 'Notitie', en: 'Note' } };
const suggestionResponse: StepField<'response'> = {
  name: 'response',
  type: 'textarea',
  required: true,
  label: { nl: 'Reactie aan de indiener', en: 'Response to the submitter' },
};

/**
 * One form per lifecycle step, each with its mutation; which ones a viewer sees comes from
 * `viewerCan.actions`. A new action fails the type check until it has a form and a mutation here.
 */
export const STEP_FORMS: Record<CaseAction, StepForm> = {
  TAKE_TRIAGE: stepForm(useTakeTriageMutation, {
    label: { nl: 'In behandeling nemen', en: 'Take into triage' },
    fields: [note],
    input: (v, base) => ({ ...base, note: v.optional('note') }),
  }),
  REASSIGN_RELATIONSHIP_MANAGER: stepForm(useReassignRelationshipManagerMutation, {
    label: { nl: 'Andere relatiemanager', en: 'Other relationship manager' },
    fields: [
      {
        name: 'relationshipManagerId',
        type: 'relationshipManager',
        required: true,
        label: { nl: 'Relatiemanager', en: 'Relationship manager' },
      },
      note,
    ],
    input: (v, base) => ({
      ...base,
      relationshipManagerId: v.required('relationshipManagerId'),
      note: v.optional('note'),
    }),
  }),
  DECIDE: stepForm(useDecideComplaintMutation, {
    label: { nl: 'Beoordelen', en: 'Decide' },
    fields: [
      { name: 'outcome', type: 'outcome', required: true, label: { nl: 'Oordeel', en: 'Decision' } },
      {
        name: 'reason',
        type: 'textarea',
        required: true,
        label: { nl: 'Motivering (voor de indiener)', en: 'Reason (for the submitter)' },
      },
    ],
    input: (v, base) => ({ ...base, outcome: v.oneOf('outcome', CASE_OUTCOMES), reason: v.required('reason') }),
  }),
  ASSIGN_HANDLER: stepForm(useAssignHandlerMutation, {
    label: { nl: 'Behandelaar toewijzen', en: 'Assign handler' },
    fields: [{ name: 'handlerId', type: 'handler', required: true, label: { nl: 'Behandelaar', en: 'Handler' } }, note],
    input: (v, base) => ({ ...base, handlerId: v.required('handlerId'), note: v.optional('note') }),
  }),
  START_WORK: stepForm(useStartWorkMutation, {
    label: { nl: 'Starten', en: 'Start work' },
    fields: [note],
    input: (v, base) => ({ ...base, note: v.optional('note') }),
  }),
  REQUEST_INFORMATION: stepForm(useRequestInformationMutation, {
    label: { nl: 'Informatie vragen', en: 'Request information' },
    fields: [
      {
        name: 'question',
        type: 'textarea',
        required: true,
        label: { nl: 'Vraag aan de indiener', en: 'Question to the submitter' },
      },
    ],
    input: (v, base) => ({ ...base, question: v.required('question') }),
  }),
  RECEIVE_INFORMATION: stepForm(useReceiveInformationMutation, {
    label: { nl: 'Informatie ontvangen', en: 'Information received' },
    fields: [note],
    input: (v, base) => ({ ...base, note: v.optional('note') }),
  }),
  EXTEND_DEADLINE: stepForm(useExtendDeadlineMutation, {
    label: { nl: 'Termijn verlengen', en: 'Extend deadline' },
    fields: [
      { name: 'extraWorkingDays', type: 'number', label: { nl: 'Extra werkdagen', en: 'Extra working days' } },
      { name: 'newDueDate', type: 'date', label: { nl: 'Of: nieuwe datum', en: 'Or: new date' } },
      { name: 'reason', type: 'textarea', required: true, label: { nl: 'Reden', en: 'Reason' } },
      {
        name: 'submitterInformedAt',
        type: 'datetime',
        required: true,
        label: { nl: 'Indiener geïnformeerd op', en: 'Submitter informed at' },
      },
    ],
    input: (v, base) => ({
      ...base,
      extraWorkingDays: v.number('extraWorkingDays'),
      newDueDate: v.optional('newDueDate'),
      reason: v.required('reason'),
      submitterInformedAt: v.moment('submitterInformedAt'),
    }),
  }),
  RESOLVE: stepForm(useResolveComplaintMutation, {
    label: { nl: 'Afhandelen', en: 'Resolve' },
    fields: [
      {
        name: 'measuresTaken',
        type: 'textarea',
        required: true,
        label: { nl: 'Genomen maatregelen', en: 'Measures taken' },
      },
    ],
    input: (v, base) => ({ ...base, measuresTaken: v.required('measuresTaken') }),
  }),
  CLOSE: stepForm(useCloseCaseMutation, {
    label: { nl: 'Sluiten', en: 'Close' },
    fields: [
      { name: 'measureIds', type: 'measures', label: { nl: 'Preventieve maatregel(en)', en: 'Preventive measure(s)' } },
      {
        name: 'noMeasureReason',
        type: 'textarea',
        label: { nl: 'Of: waarom geen maatregel nodig is', en: 'Or: why no measure is needed' },
      },
    ],
    input: (v, base) => ({ ...base, measureIds: v.ids('measureIds'), noMeasureReason: v.optional('noMeasureReason') }),
  }),
  WITHDRAW: stepForm(useWithdrawCaseMutation, {
    label: { nl: 'Intrekken', en: 'Withdraw' },
    fields: [note],
    input: (v, base) => ({ ...base, note: v.optional('note') }),
  }),
  REOPEN: stepForm(useReopenCaseMutation, {
    label: { nl: 'Heropenen', en: 'Reopen' },
    fields: [{ name: 'reason', type: 'textarea', required: true, label: { nl: 'Reden', en: 'Reason' } }],
    input: (v, base) => ({ ...base, reason: v.required('reason') }),
  }),
  RECLASSIFY: stepForm(useReclassifyCaseMutation, {
    label: { nl: 'Anders indelen', en: 'Reclassify' },
    fields: [
      { name: 'complaintTypeId', type: 'complaintType', label: { nl: 'Soort klacht', en: 'Complaint type' } },
      { name: 'serviceId', type: 'service', label: { nl: 'Dienst', en: 'Service' } },
    ],
    input: (v, base) => ({
      ...base,
      complaintTypeId: v.optional('complaintTypeId'),
      serviceId: v.optional('serviceId'),
    }),
  }),
  CONSIDER: stepForm(useConsiderSuggestionMutation, {
    label: { nl: 'In overweging nemen', en: 'Consider' },
    fields: [note],
    input: (v, base) => ({ ...base, note: v.optional('note') }),
  }),
  ADOPT: stepForm(useRespondToSuggestionMutation, {
    label: { nl: 'Overnemen', en: 'Adopt' },
    fields: [suggestionResponse],
    input: (v, base) => ({ ...base, adopt: true, response: v.required('response') }),
  }),
  DECLINE: stepForm(useRespondToSuggestionMutation, {
    label: { nl: 'Afwijzen', en: 'Decline' },
    fields: [suggestionResponse],
    input: (v, base) => ({ ...base, adopt: false, response: v.required('response') }),
  }),
  PASS_ON: stepForm(usePassOnComplimentMutation, {
    label: { nl: 'Doorgeven', en: 'Pass on' },
    fields: [
      {
        name: 'passedOnTo',
        type: 'text',
        required: true,
        label: { nl: 'Doorgegeven aan (team of persoon)', en: 'Passed on to (team or person)' },
      },
    ],
    input: (v, base) => ({ ...base, passedOnTo: v.required('passedOnTo') }),
  }),
};
