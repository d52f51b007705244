import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkingDayCalendar } from '@klankbord/domain';
import { createPersonalDataReadLoader, type PersonalDataReadKey } from '../modules/audit/personal-data-reads.loader.js';
import { loadCalendar } from '../modules/calendar/load-calendar.js';
import type { MeasureEffect } from '../modules/measures/measure-effect.type.js';
import type { MeasureEvent } from '../modules/measures/measure-event.entity.js';
import { createMeasureEffectLoader, createMeasureHistoryLoader } from '../modules/measures/measure.loaders.js';
import type { PreventiveMeasure } from '../modules/measures/preventive-measure.entity.js';
import type { OutboxMessage } from '../modules/outbox/outbox-message.entity.js';
import { createCaseMessagesLoader, createMeasureMessagesLoader } from '../modules/outbox/outbox.loaders.js';
import type { SatisfactionRequest } from '../modules/satisfaction/satisfaction-request.entity.js';
import { createCaseSatisfactionLoader } from '../modules/satisfaction/satisfaction.loaders.js';
import type { OrganisationSettings } from '../modules/settings/organisation-settings.entity.js';
import { loadSettings } from '../modules/settings/load-settings.js';

/**
 * Per-request loaders, made anew for every request context (never shared: they cache what one
 * viewer's request read). References and collections are batched by MikroORM's own dataloader
 * (orm-config.ts); what is read once per request whatever the page size is memoised here; and
 * what a field needs per parent beyond a relation is batched here, one query for all parents.
 */
export interface Loaders {
  settings: () => Promise<OrganisationSettings>;
  calendar: () => Promise<WorkingDayCalendar>;
  /** A measure's before/after effect (one SQL statement for every measure of the request). */
  measureEffect: DataLoader<PreventiveMeasure, MeasureEffect, string>;
  /** A measure's history by measure id, oldest first. */
  measureHistory: DataLoader<string, MeasureEvent[]>;
  /** The outbox messages queued for a case, by case id, oldest first. */
  caseMessages: DataLoader<string, OutboxMessage[]>;
  /** The outbox messages about a measure (to the relationship managers), by measure id, oldest first. */
  measureMessages: DataLoader<string, OutboxMessage[]>;
  /** Records who read a case's personal data: once per reader and case, one insert per batch (audit log). */
  personalDataReads: DataLoader<PersonalDataReadKey, true, string>;
  /** A case's satisfaction question and answer, by case id (null where none was asked). */
  caseSatisfaction: DataLoader<string, SatisfactionRequest | null>;
}

/** The loaders of one request, reading through its EntityManager; `now` is the request's clock. */
export function createLoaders(em: EntityManager, now: () => Date): Loaders {
  return {
    settings: memo(() => loadSettings(em)),
    calendar: memo(() => loadCalendar(em)),
    measureEffect: createMeasureEffectLoader(em, now),
    measureHistory: createMeasureHistoryLoader(em),
    caseMessages: createCaseMessagesLoader(em),
    measureMessages: createMeasureMessagesLoader(em),
    personalDataReads: createPersonalDataReadLoader(em, now),
    caseSatisfaction: createCaseSatisfactionLoader(em),
  };
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}
