import type { CaseEventType } from './case-lifecycle.js';

/** What the submitter sees of one kind of event in their case's history. */
export interface SubmitterView {
  /** Whether the event is listed at all: steps that change what the submitter can expect. */
  event: boolean;
  /**
   * Whether its note is meant for the submitter. Most notes are staff notes (the reasons told to
   * the submitter are kept in their own fields: outcome reason, response, extension reason); the
   * exception is the question put to them. A note the submitter wrote themselves (a withdrawal)
   * is theirs to see whatever the type.
   */
  note: boolean;
}

const internal: SubmitterView = { event: false, note: false };
const listed: SubmitterView = { event: true, note: false };

/**
 * The submitter's view of their case's history, per event type. A `Record`: a new event type fails
 * the type check until it is decided whether the submitter sees it and its note.
 */
export const SUBMITTER_VIEW: Record<CaseEventType, SubmitterView> = {
  RECEIVED: listed,
  IMPORTED: listed,
  TAKE_TRIAGE: listed,
  REASSIGN_RELATIONSHIP_MANAGER: internal,
  DECIDE: listed,
  ASSIGN_HANDLER: internal,
  START_WORK: listed,
  REQUEST_INFORMATION: { event: true, note: true },
  RECEIVE_INFORMATION: listed,
  EXTEND_DEADLINE: listed,
  RESOLVE: listed,
  CLOSE: listed,
  WITHDRAW: listed,
  REOPEN: listed,
  RECLASSIFY: internal,
  CONSIDER: listed,
  ADOPT: listed,
  DECLINE: listed,
  PASS_ON: listed,
};
