import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
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
      Object.assign(service, {
        code: input.code,
        name: input.name,
        nameNl: input.nameNl,
        active: input.active ?? true,
      });
      em.persist(service);
      return service;
    }),
  );
}
