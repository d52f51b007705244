/**
 * The case list as a client reads it: the 50 newest cases with the names of their service,
 * complaint type, organisation unit and relationship manager — with and without `totalCount` —
 * and its floor, one prepared statement through `pg` returning the same rows and columns.
 */

const NODE_FIELDS = `id registrationNumber kind status receivedAt
      service { name } complaintType { name } organisationUnit { name } relationshipManager { displayName }`;

export const CASE_LIST = `query BenchCaseList { cases(first: 50) { nodes { ${NODE_FIELDS} } hasNextPage endCursor } }`;
export const CASE_LIST_WITH_COUNT = `query BenchCaseListCount { cases(first: 50) { nodes { ${NODE_FIELDS} } hasNextPage endCursor totalCount } }`;

const PAGE = `select c.id, c.registration_number, c.kind, c.status, c.received_at,
       s.name as service_name, t.name as complaint_type_name, u.name as unit_name, p.display_name as relationship_manager_name
  from feedback_case c
  left join service s on s.id = c.service_id
  left join complaint_type t on t.id = c.complaint_type_id
  left join organisation_unit u on u.id = c.organisation_unit_id
  left join person p on p.id = c.relationship_manager_id
 order by c.received_at desc, c.id desc
 limit 51`;

/** Prepared statements (a name makes `pg` prepare once per connection). 51 rows: the 51st says whether a next page exists. */
export const CASE_LIST_FLOOR = { name: 'bench_case_list', text: PAGE };
export const CASE_LIST_WITH_COUNT_FLOOR = {
  name: 'bench_case_list_count',
  text: `select page.*, (select count(*) from feedback_case) as total_count from (${PAGE}) page`,
};

/** PostGraphile 5's connection for the same page (its default inflection, Node plugin on). */
export const PEER_CASE_LIST = `query PeerCaseList { allFeedbackCases(first: 50, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC]) {
  nodes { rowId registrationNumber kind status receivedAt
    serviceByServiceId { name } complaintTypeByComplaintTypeId { name }
    organisationUnitByOrganisationUnitId { name } personByRelationshipManagerId { displayName } }
  pageInfo { hasNextPage endCursor } } }`;

type Data = Record<string, unknown>;
/** The case ids of a page as each side answers it, to check that all sides return the same page. */
export const pageIds = {
  ours: (data: Data) => (data['cases'] as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id),
  peer: (data: Data) => (data['allFeedbackCases'] as { nodes: Array<{ rowId: string }> }).nodes.map((n) => n.rowId),
  floor: (rows: Array<{ id: string }>) => rows.slice(0, 50).map((r) => r.id),
};
