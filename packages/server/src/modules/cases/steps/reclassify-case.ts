import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { ComplaintType, ComplaintTypeVersion } from '../../catalog/complaint-type.entity.js';
import { Service } from '../../catalog/service.entity.js';
import { assertTypeApplies, type NewComplaintType } from '../case-step.js';
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
    throw new InputError([
      { field: 'complaintTypeId', reason: 'REQUIRED', message: 'Give a new complaint type, a new service, or both.' },
    ]);
  }
  return changeCase(ctx, {
    ...input,
    action: 'RECLASSIFY',
    prepare: async (c, { em, calendar }) => {
      let service: Service | null = null;
      if (input.serviceId) {
        service = await em.findOne(Service, { id: input.serviceId, active: true });
        if (!service)
          throw new InputError([
            { field: 'serviceId', reason: 'UNKNOWN', message: 'That service does not exist or is no longer in use.' },
          ]);
      }
      let complaintType: NewComplaintType | null = null;
      if (input.complaintTypeId) {
        assertTypeApplies(c);
        const type = await em.findOne(ComplaintType, { id: input.complaintTypeId, active: true });
        const version = type ? await em.findOne(ComplaintTypeVersion, { complaintType: type, validTo: null }) : null;
        if (!type || !version) {
          throw new InputError([
            {
              field: 'complaintTypeId',
              reason: 'UNKNOWN',
              message: 'That complaint type does not exist or is no longer in use.',
            },
          ]);
        }
        complaintType = {
          type: em.getReference(ComplaintType, type.id, { wrapped: true }),
          version,
          caseWasExtended: (await c.extensions.loadCount()) > 0,
        };
      }
      return {
        action: 'RECLASSIFY',
        service: service ? em.getReference(Service, service.id, { wrapped: true }) : null,
        complaintType,
        calendar: await calendar(),
      };
    },
  });
}
