import type { RequestContext } from '../../graphql/context.js';
import { forbidden, InputError, unauthenticated } from '../../shared/errors.js';
import { isAuthenticated } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { Person } from '../people/person.entity.js';
import { loadComplaints } from './change-measure.js';
import type { ProposeMeasureInput } from './measure.inputs.js';
import { canProposeMeasure } from './measure.policy.js';
import { MeasureEvent } from './measure-event.entity.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

/** A handler proposes a preventive measure against a complaint type (step 5), linking the complaints that prompted it. */
export async function proposeMeasure({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: ProposeMeasureInput;
}): Promise<PreventiveMeasure> {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  if (!canProposeMeasure(ctx.viewer)) throw forbidden('log preventive measures');
  const ownerId = ctx.viewer.personId!;
  return ctx.em.transactional(async (em) => {
    const [type, service] = await Promise.all([
      em.findOne(ComplaintType, { id: input.targetComplaintTypeId }),
      input.targetServiceId ? em.findOne(Service, { id: input.targetServiceId }) : null,
    ]);
    if (!type)
      throw new InputError([
        { field: 'targetComplaintTypeId', reason: 'UNKNOWN', message: 'That complaint type does not exist.' },
      ]);
    if (input.targetServiceId && !service)
      throw new InputError([{ field: 'targetServiceId', reason: 'UNKNOWN', message: 'That service does not exist.' }]);
    const now = ctx.services.now();
    const measure = new PreventiveMeasure({
      title: input.title,
      description: input.description,
      targetComplaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
      owner: em.getReference(Person, ownerId, { wrapped: true }),
      proposedAt: now,
    });
    measure.targetService = service ? em.getReference(Service, service.id, { wrapped: true }) : null;
    measure.expectedEffect = input.expectedEffect ?? null;
    for (const c of await loadComplaints(em, ctx.viewer, input.caseIds ?? [])) measure.linkedCases.add(c);
    em.persist(measure);
    em.persist(
      new MeasureEvent({
        measure: em.getReference(PreventiveMeasure, measure.id, { wrapped: true }),
        actor: em.getReference(Person, ownerId, { wrapped: true }),
        type: 'PROPOSE',
        fromStatus: null,
        toStatus: measure.status,
        data: { caseIds: input.caseIds ?? [] },
        occurredAt: now,
      }),
    );
    return measure;
  });
}
