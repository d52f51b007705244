import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

export const RELATIONSHIP_MANAGER_SCOPES = ['PORTFOLIO', 'ALL'] as const;
export type RelationshipManagerScope = (typeof RELATIONSHIP_MANAGER_SCOPES)[number];

/** The languages of the web app. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The organisation-wide settings an administrator keeps; exactly one row (id 1). */
@Entity({ tableName: 'organisation_settings' })
@ObjectType({ description: 'Organisation-wide settings the administrator keeps.' })
export class OrganisationSettings {
  [OptionalProps]?:
    | 'liberationDayIsHoliday'
    | 'relationshipManagerScope'
    | 'minimumReportCellSize'
    | 'defaultLanguage'
    | 'askSatisfaction'
    | 'publicUrl';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  /** Whether 5 May is a day off; it differs per employer and year (PROCEDURE.md). */
  @Field(() => Boolean, { description: 'Whether Liberation Day (5 May) is a day off.' })
  @Property({ type: 'boolean' })
  liberationDayIsHoliday: boolean = false;

  /** PORTFOLIO: relationship managers act on cases of their own portfolio; ALL: on any case. */
  @Field(() => String, { description: 'PORTFOLIO: relationship managers act on their own cases; ALL: on any case.' })
  @Enum({ items: [...RELATIONSHIP_MANAGER_SCOPES], type: 'text' })
  relationshipManagerScope: RelationshipManagerScope = 'PORTFOLIO';

  /** Report cells counting fewer cases than this are suppressed (k-anonymity). */
  @Field(() => Int, { description: 'Report cells counting fewer cases than this are suppressed.' })
  @Property({ type: 'integer' })
  minimumReportCellSize: number = 5;

  /** The language the web app starts in until a person picks one. */
  @Field(() => String, { description: 'The web app’s language until a person picks one: `en` or `nl`.' })
  @Enum({ items: [...LANGUAGES], type: 'text' })
  defaultLanguage: Language = 'nl';

  /**
   * Whether the submitter of a complaint is asked, by a link in the outcome message, how satisfied
   * they are with the handling. Off until an administrator turns it on: it needs `publicUrl`, and
   * it sends every complainant a question.
   */
  @Field(() => Boolean, { description: 'Whether complainants are asked their satisfaction in the outcome message.' })
  @Property({ type: 'boolean' })
  askSatisfaction: boolean = false;

  /** Where submitters reach the web app (`https://klankbord.example.nl`): the base of links in messages. */
  @Field(() => String, {
    nullable: true,
    description:
      'The web app’s public address, the base of links in messages to submitters (e.g. the satisfaction link).',
  })
  @Property({ type: 'text', nullable: true })
  publicUrl: string | null = null;
}

/** The values an administrator sets, as a plain object: for the audit trail's before/after and the reference cache. */
export type SettingsValues = Pick<
  OrganisationSettings,
  | 'liberationDayIsHoliday'
  | 'relationshipManagerScope'
  | 'minimumReportCellSize'
  | 'defaultLanguage'
  | 'askSatisfaction'
  | 'publicUrl'
>;

export const settingsValues = (settings: OrganisationSettings): SettingsValues => ({
  liberationDayIsHoliday: settings.liberationDayIsHoliday,
  relationshipManagerScope: settings.relationshipManagerScope,
  minimumReportCellSize: settings.minimumReportCellSize,
  defaultLanguage: settings.defaultLanguage,
  askSatisfaction: settings.askSatisfaction,
  publicUrl: settings.publicUrl,
});
