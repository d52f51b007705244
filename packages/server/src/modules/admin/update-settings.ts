import type { RequestContext } from '../../graphql/context.js';
import { OrganisationSettings } from '../settings/organisation-settings.entity.js';
import type { UpdateSettingsInput } from './admin.inputs.js';
import { requireAdministrator } from './require-administrator.js';

/** Changes the organisation settings; fields left out keep their value. */
export async function updateSettings({ ctx, input }: { ctx: RequestContext; input: UpdateSettingsInput }): Promise<OrganisationSettings> {
  requireAdministrator(ctx);
  return ctx.em.transactional(async (em) => {
    const settings = (await em.findOne(OrganisationSettings, { id: 1 })) ?? new OrganisationSettings();
    if (input.liberationDayIsHoliday != null) settings.liberationDayIsHoliday = input.liberationDayIsHoliday;
    if (input.relationshipManagerScope != null) settings.relationshipManagerScope = input.relationshipManagerScope;
    if (input.minimumReportCellSize != null) settings.minimumReportCellSize = input.minimumReportCellSize;
    em.persist(settings);
    return settings;
  });
}
