import type { RequestContext } from '../../../graphql/context.js';
import { Person } from '../../people/person.entity.js';
import { changeCase } from '../change-case.js';
import type { ReassignRelationshipManagerInput } from './case-step.inputs.js';
import { requirePersonWithRole } from '../../people/people-checks.js';

/** Hands the case to another relationship manager (holiday cover, portfolio change). */
export function reassignRelationshipManager({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: ReassignRelationshipManagerInput;
}) {
  return changeCase(ctx, {
    ...input,
    action: 'REASSIGN_RELATIONSHIP_MANAGER',
    prepare: async (_c, { em }) => {
      const manager = await requirePersonWithRole(
        em,
        input.relationshipManagerId,
        'RELATIONSHIP_MANAGER',
        'relationshipManagerId',
      );
      return {
        action: 'REASSIGN_RELATIONSHIP_MANAGER',
        relationshipManager: em.getReference(Person, manager.id, { wrapped: true }),
      };
    },
  });
}
