import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124224616_Initial } from './Migration20261124224616_initial.js';
import { Migration20261124225248_ResolutionWorkingDays } from './Migration20261124225248_resolution-working-days.js';
import { Migration20261124230000_CaseHandling } from './Migration20261124230000_case-handling.js';
import { Migration20261124231500_MeasureEvents } from './Migration20261124231500_measure-events.js';
import { Migration20261124234500_InformationPause } from './Migration20261124234500_information-pause.js';
import { Migration20261201220000_CaseRollup } from './Migration20261201220000_case-rollup.js';
import { Migration20261202080000_AdminTrailAndApiKeyExpiry } from './Migration20261202080000_admin-trail-and-api-key-expiry.js';
import { Migration20261202100000_PersonalDataReads } from './Migration20261202100000_personal-data-reads.js';
import { Migration20261202110000_RateLimit } from './Migration20261202110000_rate-limit.js';
import { Migration20261202120000_IdempotencyPerCaller } from './Migration20261202120000_idempotency-per-caller.js';
import { Migration20261202130000_RelationshipManagerLoad } from './Migration20261202130000_relationship-manager-load.js';
import { Migration20261202130100_ReferenceChangeNotify } from './Migration20261202130100_reference-change-notify.js';
import { Migration20261202135000_OutboxDelivery } from './Migration20261202135000_outbox-delivery.js';
import { Migration20261202136000_Satisfaction } from './Migration20261202136000_satisfaction.js';
import { Migration20261202132000_CompactRollups } from './Migration20261202132000_compact-rollups.js';
import { Migration20261202142000_ViewerChangeNotify } from './Migration20261202142000_viewer-change-notify.js';
import { Migration20261202141000_Webhooks } from './Migration20261202141000_webhooks.js';

/** Every migration in order. Add new ones at the end (create them with `pnpm db:migration:create`). */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124224616_initial', class: Migration20261124224616_Initial },
  { name: 'Migration20261124225248_resolution-working-days', class: Migration20261124225248_ResolutionWorkingDays },
  { name: 'Migration20261124230000_case-handling', class: Migration20261124230000_CaseHandling },
  { name: 'Migration20261124231500_measure-events', class: Migration20261124231500_MeasureEvents },
  { name: 'Migration20261124234500_information-pause', class: Migration20261124234500_InformationPause },
  { name: 'Migration20261201220000_case-rollup', class: Migration20261201220000_CaseRollup },
  {
    name: 'Migration20261202080000_admin-trail-and-api-key-expiry',
    class: Migration20261202080000_AdminTrailAndApiKeyExpiry,
  },
  { name: 'Migration20261202100000_personal-data-reads', class: Migration20261202100000_PersonalDataReads },
  { name: 'Migration20261202110000_rate-limit', class: Migration20261202110000_RateLimit },
  { name: 'Migration20261202120000_idempotency-per-caller', class: Migration20261202120000_IdempotencyPerCaller },
  {
    name: 'Migration20261202130000_relationship-manager-load',
    class: Migration20261202130000_RelationshipManagerLoad,
  },
  { name: 'Migration20261202130100_reference-change-notify', class: Migration20261202130100_ReferenceChangeNotify },
  { name: 'Migration20261202135000_outbox-delivery', class: Migration20261202135000_OutboxDelivery },
  { name: 'Migration20261202136000_satisfaction', class: Migration20261202136000_Satisfaction },
  { name: 'Migration20261202132000_compact-rollups', class: Migration20261202132000_CompactRollups },
  { name: 'Migration20261202142000_viewer-change-notify', class: Migration20261202142000_ViewerChangeNotify },
  { name: 'Migration20261202141000_webhooks', class: Migration20261202141000_Webhooks },
];
