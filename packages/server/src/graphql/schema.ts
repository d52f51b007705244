import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import { AdminEventsResolver } from '../modules/admin-events/admin-events.resolver.js';
import { ApiKeysResolver } from '../modules/api-keys/api-keys.resolver.js';
import { PersonalDataReadsResolver } from '../modules/audit/personal-data-reads.resolver.js';
import { DevAuthResolver } from '../modules/auth/dev-auth.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { CaseEventResolver } from '../modules/cases/case-event.resolver.js';
import { CaseStepsResolver } from '../modules/cases/case-steps.resolver.js';
import { CaseResolver } from '../modules/cases/case.resolver.js';
import { DeadlineExtensionResolver } from '../modules/cases/deadline-extension.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import { IntakeResolver } from '../modules/intake/intake.resolver.js';
import { MeasuresResolver } from '../modules/measures/measures.resolver.js';
import { OutboxResolver } from '../modules/outbox/outbox.resolver.js';
import { LeadTimeRowResolver } from '../modules/reports/acknowledgement-delivery.js';
import { ReportsResolver } from '../modules/reports/reports.resolver.js';
import { OrganisationUnitResolver } from '../modules/people/organisation-unit.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { SatisfactionReportResolver } from '../modules/reports/satisfaction-report.resolver.js';
import { SatisfactionResolver } from '../modules/satisfaction/satisfaction.resolver.js';
import { SettingsResolver } from '../modules/settings/settings.resolver.js';
import { WebhooksResolver } from '../modules/webhooks/webhooks.resolver.js';
import { authChecker } from './auth-checker.js';
import { readRoutingMiddleware } from './read-routing.js';

/** Every resolver of the API, one per feature. */
const resolvers = [
  AdminEventsResolver,
  ApiKeysResolver,
  CalendarResolver,
  CaseEventResolver,
  CaseResolver,
  CaseStepsResolver,
  CatalogResolver,
  DeadlineExtensionResolver,
  DevAuthResolver,
  IntakeResolver,
  MeasuresResolver,
  OrganisationUnitResolver,
  OutboxResolver,
  PersonResolver,
  PersonalDataReadsResolver,
  LeadTimeRowResolver,
  ReportsResolver,
  SatisfactionReportResolver,
  SatisfactionResolver,
  SettingsResolver,
  WebhooksResolver,
] as const;

/** What type-graphql's own class-validator call uses (missing properties skipped, unknown values allowed), and ours. */
const VALIDATOR_OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};
const isValidated = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validates an argument (an input object or a list of them) as type-graphql's default does, with
 * class-validator imported once: the default imports it anew for every argument of every request,
 * a round trip through the module loader (and through its hooks, under tsx) each time.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!isValidated(value)) return;
  try {
    await Promise.all(
      (Array.isArray(value) ? value.filter(isValidated) : [value]).map((item) =>
        validateOrReject(item, VALIDATOR_OPTIONS),
      ),
    );
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/** Builds the executable schema; input classes are validated with class-validator. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [readRoutingMiddleware],
    validateFn: validateArgument,
  });
}

/** The SDL committed as `schema.graphql`, sorted so that diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
