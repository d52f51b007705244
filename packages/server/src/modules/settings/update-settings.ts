import type { RequestContext } from '../../graphql/context.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import { OrganisationSettings } from './organisation-settings.entity.js';
import { canChangeSettings } from './settings.policy.js';
import type { UpdateSettingsInput } from './update-settings.input.js';

/** Changes the organisation settings; fields left out keep their value. */
export async function updateSettings({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: UpdateSettingsInput;
}): Promise<OrganisationSettings> {
  authorize(ctx.viewer, canChangeSettings, 'change the organisation settings');
  return ctx.em.transactional(async (em) => {
    const settings = (await em.findOne(OrganisationSettings, { id: 1 })) ?? new OrganisationSettings();
    const before = snapshotSettings(settings);
    if (input.liberationDayIsHoliday != null) settings.liberationDayIsHoliday = input.liberationDayIsHoliday;
    if (input.relationshipManagerScope != null) settings.relationshipManagerScope = input.relationshipManagerScope;
    if (input.minimumReportCellSize != null) settings.minimumReportCellSize = input.minimumReportCellSize;
    if (input.defaultLanguage != null) settings.defaultLanguage = input.defaultLanguage;
    em.persist(settings);
    const changes = changedFields(before, snapshotSettings(settings));
    if (changes.length > 0) {
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'SETTINGS',
        entityId: String(settings.id),
        action: 'CHANGED',
        changes,
        occurredAt: ctx.services.now(),
      });
    }
    return settings;
  });
}

const snapshotSettings = (settings: OrganisationSettings) => ({
  liberationDayIsHoliday: settings.liberationDayIsHoliday,
  relationshipManagerScope: settings.relationshipManagerScope,
  minimumReportCellSize: settings.minimumReportCellSize,
  defaultLanguage: settings.defaultLanguage,
});
