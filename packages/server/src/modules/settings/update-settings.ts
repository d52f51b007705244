import type { RequestContext } from '../../graphql/context.js';
import { InputError } from '../../shared/errors.js';
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
    if (input.publicUrl != null) settings.publicUrl = input.publicUrl === '' ? null : new URL(input.publicUrl).origin;
    if (input.askSatisfaction != null) settings.askSatisfaction = input.askSatisfaction;
    if (settings.askSatisfaction && !settings.publicUrl) {
      throw new InputError([
        {
          field: 'publicUrl',
          reason: 'REQUIRED',
          message: 'Set the web app’s public address first: the satisfaction link is built on it.',
        },
      ]);
    }
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
  askSatisfaction: settings.askSatisfaction,
  publicUrl: settings.publicUrl,
});
