import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { canReadDescription } from './case.policy.js';
import { DeadlineExtension } from './deadline-extension.entity.js';

@Resolver(() => DeadlineExtension)
export class DeadlineExtensionResolver {
  /** Staff write the reason as they tell it to the submitter; like the outcome reason, it can name people. */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the lead time could not be met; null for viewers who may not read the case’s description.',
  })
  async reason(@Root() extension: DeadlineExtension, @Ctx() ctx: RequestContext): Promise<string | null> {
    return canReadDescription(ctx.viewer, await extension.case.loadOrFail()) ? extension.reason : null;
  }
}
