import type { RequestContext } from '../../../graphql/context.js';
import { Person } from '../../people/person.entity.js';
import { changeCase } from '../change-case.js';
import type { AssignHandlerInput } from './case-step.inputs.js';
import { requirePersonWithRole } from '../../people/people-checks.js';

/** Assigns a justified complaint to a handler, or hands it to another one later. */
export function assignHandler({ ctx, input }: { ctx: RequestContext; input: AssignHandlerInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'ASSIGN_HANDLER',
    prepare: async (_c, { em }) => {
      const handler = await requirePersonWithRole(em, input.handlerId, 'HANDLER', 'handlerId');
      return { action: 'ASSIGN_HANDLER', handler: em.getReference(Person, handler.id, { wrapped: true }) };
    },
  });
}
