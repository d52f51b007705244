import type { RequestContext } from '../../graphql/context.js';
import { InputError } from '../../shared/errors.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import { invalidateReferences } from '../../shared/cached-reference.js';
import { OrganisationSettings, settingsValues } from './organisation-settings.entity.js';
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
  try {
    return await ctx.em.transactional(async (em) => {
      const settings = (await em.findOne(OrganisationSettings, { id: 1 })) ?? new OrganisationSettings();
      const before = settingsValues(settings);
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
      const changes = changedFields(before, settingsValues(settings));
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
  } finally {
    // Deadlines computed next on this instance use the new Liberation Day setting; the others hear
    // of it through the database's notification.
    invalidateReferences(ctx.em);
  }
}
