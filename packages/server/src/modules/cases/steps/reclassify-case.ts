import { PRE_DECISION_STATUSES, resolutionDeadline } from '@klankbord/domain';
import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { ComplaintType, ComplaintTypeVersion } from '../../catalog/complaint-type.entity.js';
import { Service } from '../../catalog/service.entity.js';
import { changeCase } from '../change-case.js';
import type { ReclassifyCaseInput } from './case-step.inputs.js';

/**
 * The relationship manager decides the classification (the submitter only suggested one). The event
 * keeps the old and new values. The deadline rule: while the complaint is received or in triage and
 * no extension was agreed, the resolution deadline is recomputed from receipt with the new type's
 * current lead time; later the deadline stays, because the submitter has been told it — change it
 * with an extension instead.
 */
export function reclassifyCase({ ctx, input }: { ctx: RequestContext; input: ReclassifyCaseInput }) {
  if (!input.complaintTypeId && !input.serviceId) {
    throw new InputError([{ field: 'complaintTypeId', reason: 'REQUIRED', message: 'Give a new complaint type, a new service, or both.' }]);
  }
  return changeCase(ctx, {
    ...input,
    action: 'RECLASSIFY',
    apply: async (c, { em, calendar }) => {
      const data: Record<string, unknown> = {};
      if (input.serviceId) {
        const service = await em.findOne(Service, { id: input.serviceId, active: true });
        if (!service) throw new InputError([{ field: 'serviceId', reason: 'UNKNOWN', message: 'That service does not exist or is no longer in use.' }]);
        data['service'] = { from: c.service?.id ?? null, to: service.id };
        c.service = em.getReference(Service, service.id, { wrapped: true });
      }
      if (input.complaintTypeId) {
        if (c.kind !== 'COMPLAINT') {
          throw new InputError([{ field: 'complaintTypeId', reason: 'NOT_APPLICABLE', message: 'Only complaints have a complaint type.' }]);
        }
        const type = await em.findOne(ComplaintType, { id: input.complaintTypeId, active: true });
        const version = type ? await em.findOne(ComplaintTypeVersion, { complaintType: type, validTo: null }) : null;
        if (!type || !version) {
          throw new InputError([{ field: 'complaintTypeId', reason: 'UNKNOWN', message: 'That complaint type does not exist or is no longer in use.' }]);
        }
        data['complaintType'] = { from: c.complaintType?.id ?? null, to: type.id };
        c.complaintType = em.getReference(ComplaintType, type.id, { wrapped: true });
        c.complaintTypeVersion = em.getReference(ComplaintTypeVersion, version.id, { wrapped: true });
        const extended = (await c.extensions.loadCount()) > 0;
        if (PRE_DECISION_STATUSES.includes(c.status) && !extended && version.leadTimeWorkingDays !== c.leadTimeWorkingDays) {
          const deadline = resolutionDeadline(c.receivedAt, version.leadTimeWorkingDays, await calendar());
          data['resolutionDueAt'] = { from: c.resolutionDueAt.toISOString(), to: deadline.dueAt.toISOString() };
          c.leadTimeWorkingDays = version.leadTimeWorkingDays;
          c.resolutionDueAt = deadline.dueAt;
          c.originalResolutionDueAt = deadline.dueAt;
        }
      }
      return data;
    },
  });
}
