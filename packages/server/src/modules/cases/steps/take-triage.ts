import type { RequestContext } from '../../../graphql/context.js';
import { Person } from '../../people/person.entity.js';
import { changeCase } from '../change-case.js';
import type { CaseStepInput } from './case-step.inputs.js';

/** A relationship manager takes a received complaint into triage; an unassigned case becomes theirs. */
export function takeTriage({ ctx, input }: { ctx: RequestContext; input: CaseStepInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'TAKE_TRIAGE',
    apply: (c, { em }) => {
      if (!c.relationshipManager && ctx.viewer.personId) {
        c.relationshipManager = em.getReference(Person, ctx.viewer.personId, { wrapped: true });
        return { relationshipManagerId: ctx.viewer.personId };
      }
    },
  });
}
