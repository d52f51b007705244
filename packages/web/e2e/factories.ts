import { graphql } from '../src/gql';
import { signInAs, uniqueSuffix, type Caller } from './api';

/**
 * Factories for the browser tests: each builds, through the API, a case or measure in the state a
 * test starts from. The demo people named here are seeded by the reference data.
 */
export const SUBMITTER = 'Sanne Smit';
/** Sanne Smit's unit (DGB) is in Ruud Jansen's portfolio, so her cases go to him. */
export const RELATIONSHIP_MANAGER = 'Ruud Jansen';
export const HANDLER = 'Hamid Bakker';
export const MANAGEMENT = 'Marit de Boer';
/** The complaint type the tests file under (Dutch name, as the screens show it). */
export const COMPLAINT_TYPE_NL = 'Doorlooptijd';

const E2eComplaintTypesQuery = graphql(`
  query E2eComplaintTypesQuery {
    complaintTypes {
      id
      nameNl
    }
  }
`);

const E2eSubmitComplaintMutation = graphql(`
  mutation E2eSubmitComplaintMutation($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      registrationNumber
      case {
        id
        version
        relationshipManager {
          displayName
        }
      }
    }
  }
`);

const E2eMyCasesQuery = graphql(`
  query E2eMyCasesQuery {
    myCases {
      id
      registrationNumber
    }
  }
`);

const E2eTakeTriageMutation = graphql(`
  mutation E2eTakeTriageMutation($input: CaseStepInput!) {
    takeTriage(input: $input) {
      case {
        version
      }
    }
  }
`);

const E2eDecideComplaintMutation = graphql(`
  mutation E2eDecideComplaintMutation($input: DecideComplaintInput!) {
    decideComplaint(input: $input) {
      case {
        version
      }
    }
  }
`);

const E2eHandlersQuery = graphql(`
  query E2eHandlersQuery {
    people(role: HANDLER) {
      id
      displayName
    }
  }
`);

const E2eAssignHandlerMutation = graphql(`
  mutation E2eAssignHandlerMutation($input: AssignHandlerInput!) {
    assignHandler(input: $input) {
      case {
        version
      }
    }
  }
`);

const E2eProposeMeasureMutation = graphql(`
  mutation E2eProposeMeasureMutation($input: ProposeMeasureInput!) {
    proposeMeasure(input: $input) {
      measure {
        id
        title
      }
    }
  }
`);

/** A complaint as the tests need it: where to find it, and who may see which personal data. */
export interface FiledComplaint {
  id: string;
  registrationNumber: string;
  version: number;
  description: string;
  phone: string;
}

/** The id of a complaint type by its Dutch name. */
export async function complaintTypeId(caller: Caller, nameNl: string): Promise<string> {
  const { complaintTypes } = await caller.request(E2eComplaintTypesQuery, {});
  const type = complaintTypes.find((t) => t.nameNl === nameNl);
  if (!type) throw new Error(`No complaint type named ${nameNl}.`);
  return type.id;
}

/** The registration numbers of the caller's own cases (the "my submissions" list, from the API). */
export async function myCaseNumbers(caller: Caller): Promise<string[]> {
  const { myCases } = await caller.request(E2eMyCasesQuery, {});
  return myCases.map((c) => c.registrationNumber);
}

/**
 * A complaint filed by the submitter (of type Doorlooptijd, with a phone number of its own; the
 * acknowledgement goes to the e-mail address on their profile), received and waiting for triage
 * by the relationship manager.
 */
export async function fileComplaint(baseUrl: string): Promise<FiledComplaint> {
  const submitter = await signInAs(baseUrl, SUBMITTER);
  const suffix = uniqueSuffix();
  const description = `Testklacht ${suffix}: de bestelde monitor is na drie weken nog niet geleverd.`;
  const phone = '+31619283746';
  const { submitFeedback } = await submitter.request(E2eSubmitComplaintMutation, {
    input: {
      kind: 'COMPLAINT',
      description,
      phone,
      complaintTypeId: await complaintTypeId(submitter, COMPLAINT_TYPE_NL),
    },
  });
  const manager = submitFeedback.case.relationshipManager?.displayName;
  if (manager !== RELATIONSHIP_MANAGER)
    throw new Error(
      `The complaint went to ${manager ?? 'no one'}, not ${RELATIONSHIP_MANAGER}: did the demo portfolios change?`,
    );
  return {
    id: submitFeedback.case.id,
    registrationNumber: submitFeedback.registrationNumber,
    version: submitFeedback.case.version,
    description,
    phone,
  };
}

/** A justified complaint assigned to the handler, not started yet (status ASSIGNED). */
export async function complaintAssignedToHandler(baseUrl: string): Promise<FiledComplaint> {
  const complaint = await fileComplaint(baseUrl);
  const manager = await signInAs(baseUrl, RELATIONSHIP_MANAGER);
  const caseId = complaint.id;
  let version = (await manager.request(E2eTakeTriageMutation, { input: { caseId, version: complaint.version } }))
    .takeTriage.case.version;
  version = (
    await manager.request(E2eDecideComplaintMutation, {
      input: { caseId, version, outcome: 'JUSTIFIED', reason: 'De levering is te laat.' },
    })
  ).decideComplaint.case.version;
  const { people } = await manager.request(E2eHandlersQuery, {});
  const handlerId = people.find((p) => p.displayName === HANDLER)?.id;
  if (!handlerId) throw new Error(`No handler named ${HANDLER}.`);
  const { assignHandler } = await manager.request(E2eAssignHandlerMutation, { input: { caseId, version, handlerId } });
  return { ...complaint, version: assignHandler.case.version };
}

/** A measure the handler proposed against Doorlooptijd, with a title of its own. */
export async function proposedMeasure(baseUrl: string): Promise<{ id: string; title: string }> {
  const handler = await signInAs(baseUrl, HANDLER);
  const { proposeMeasure } = await handler.request(E2eProposeMeasureMutation, {
    input: {
      title: `Buffervoorraad laptops ${uniqueSuffix()}`,
      description: 'Veertig geconfigureerde laptops op voorraad.',
      targetComplaintTypeId: await complaintTypeId(handler, COMPLAINT_TYPE_NL),
    },
  });
  return proposeMeasure.measure;
}
