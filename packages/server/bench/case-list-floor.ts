/**
 * The floor of the case list: the one SQL statement a hand-written service would run for the
 * bench's page — the newest cases with the names of their service, complaint type, unit and
 * relationship manager — sent as a prepared statement via `pg`. `$1` is the page size.
 */
export const CASE_LIST_FLOOR_SQL = `
select c.id, c.registration_number, c.kind, c.status, c.received_at, c.resolution_due_at,
       s.name as service_name, t.name as complaint_type_name, u.name as unit_name,
       p.display_name as relationship_manager_name
  from feedback_case c
  left join service s on s.id = c.service_id
  left join complaint_type t on t.id = c.complaint_type_id
  left join organisation_unit u on u.id = c.organisation_unit_id
  left join person p on p.id = c.relationship_manager_id
 order by c.received_at desc, c.id desc
 limit $1`;

/** The GraphQL page the floor answers, as the bench asks for it (`totalCount` optional). */
export const caseListQuery = (withTotalCount: boolean) => /* GraphQL */ `
  query BenchCaseList {
    cases(first: 50) {
      ${withTotalCount ? 'totalCount' : ''}
      nodes {
        id
        registrationNumber
        kind
        status
        receivedAt
        resolutionDueAt
        service { name }
        complaintType { name }
        organisationUnit { name }
        relationshipManager { displayName }
      }
    }
  }`;
