import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import type { SaveServiceInput } from './catalog.inputs.js';
import { canManageCatalog } from './catalog.policy.js';
import { Service } from './service.entity.js';

/** Creates or changes a service. */
export async function saveService({ ctx, input }: { ctx: RequestContext; input: SaveServiceInput }): Promise<Service> {
  authorize(ctx.viewer, canManageCatalog, 'manage services and complaint types');
  return withUniqueFields('code', () =>
    ctx.em.transactional(async (em) => {
      const service = input.id ? await em.findOne(Service, input.id) : new Service(input);
      if (!service) throw notFound('The service');
      const before = input.id ? snapshotService(service) : null;
      Object.assign(service, {
        code: input.code,
        name: input.name,
        nameNl: input.nameNl,
        active: input.active ?? true,
      });
      em.persist(service);
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'SERVICE',
        entityId: service.id,
        action: before ? 'CHANGED' : 'CREATED',
        changes: changedFields(before, snapshotService(service)),
        occurredAt: ctx.services.now(),
      });
      return service;
    }),
  );
}

const snapshotService = (service: Service) => ({
  code: service.code,
  name: service.name,
  nameNl: service.nameNl,
  active: service.active,
});
