import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export const RELATIONSHIP_MANAGER_SCOPES = ['PORTFOLIO', 'ALL'] as const;
export type RelationshipManagerScope = (typeof RELATIONSHIP_MANAGER_SCOPES)[number];

/** The organisation-wide settings an administrator keeps; exactly one row (id 1). */
@Entity({ tableName: 'organisation_settings' })
export class OrganisationSettings {
  [OptionalProps]?: 'liberationDayIsHoliday' | 'relationshipManagerScope' | 'minimumReportCellSize';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  /** Whether 5 May is a day off; it differs per employer and year (PROCEDURE.md). */
  @Property({ type: 'boolean' })
  liberationDayIsHoliday: boolean = false;

  /** PORTFOLIO: relationship managers act on cases of their own portfolio; ALL: on any case. */
  @Enum({ items: [...RELATIONSHIP_MANAGER_SCOPES], type: 'text' })
  relationshipManagerScope: RelationshipManagerScope = 'PORTFOLIO';

  /** Report cells counting fewer cases than this are suppressed (k-anonymity). */
  @Property({ type: 'integer' })
  minimumReportCellSize: number = 5;
}
