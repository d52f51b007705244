import type { RequestContext } from '../../graphql/context.js';
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
    if (input.liberationDayIsHoliday != null) settings.liberationDayIsHoliday = input.liberationDayIsHoliday;
    if (input.relationshipManagerScope != null) settings.relationshipManagerScope = input.relationshipManagerScope;
    if (input.minimumReportCellSize != null) settings.minimumReportCellSize = input.minimumReportCellSize;
    em.persist(settings);
    return settings;
  });
}
