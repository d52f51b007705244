import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrganisationSettings } from './organisation-settings.entity.js';
import { UpdateSettingsInput } from './update-settings.input.js';
import { updateSettings } from './update-settings.js';

/** The organisation settings: read by everyone signed in, changed by administrators. */
@Resolver(() => OrganisationSettings)
export class SettingsResolver {
  @Authorized()
  @Query(() => OrganisationSettings, { description: 'The organisation settings.' })
  settings(@Ctx() ctx: RequestContext): Promise<OrganisationSettings> {
    return ctx.loaders.settings();
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => OrganisationSettings, { description: 'Changes the organisation settings (administrators).' })
  updateSettings(
    @Arg('input', () => UpdateSettingsInput) input: UpdateSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationSettings> {
    return updateSettings({ ctx, input });
  }
}
