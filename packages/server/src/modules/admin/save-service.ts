import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { Service } from '../catalog/service.entity.js';
import type { SaveServiceInput } from './admin.inputs.js';
import { requireAdministrator, withUniqueFields } from './require-administrator.js';

/** Creates or changes a service. */
export async function saveService({ ctx, input }: { ctx: RequestContext; input: SaveServiceInput }): Promise<Service> {
  requireAdministrator(ctx);
  return withUniqueFields('code', () =>
    ctx.em.transactional(async (em) => {
      const service = input.id ? await em.findOne(Service, input.id) : new Service(input);
      if (!service) throw notFound('The service');
      Object.assign(service, { code: input.code, name: input.name, nameNl: input.nameNl, active: input.active ?? true });
      em.persist(service);
      return service;
    }),
  );
}
