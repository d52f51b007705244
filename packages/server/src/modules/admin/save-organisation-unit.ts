import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { requirePersonWithRole } from '../people/people-checks.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import type { SaveOrganisationUnitInput } from './admin.inputs.js';
import { requireAdministrator, withUniqueFields } from './require-administrator.js';

/** Creates or changes an organisation unit and whose portfolio it is in. */
export async function saveOrganisationUnit({ ctx, input }: { ctx: RequestContext; input: SaveOrganisationUnitInput }): Promise<OrganisationUnit> {
  requireAdministrator(ctx);
  return withUniqueFields('code', () =>
    ctx.em.transactional(async (em) => {
      const unit = input.id ? await em.findOne(OrganisationUnit, input.id) : new OrganisationUnit(input);
      if (!unit) throw notFound('The organisation unit');
      const manager = input.relationshipManagerId
        ? await requirePersonWithRole(em, input.relationshipManagerId, 'RELATIONSHIP_MANAGER', 'relationshipManagerId')
        : null;
      Object.assign(unit, { code: input.code, name: input.name, active: input.active ?? true });
      unit.relationshipManager = manager ? em.getReference(Person, manager.id, { wrapped: true }) : null;
      em.persist(unit);
      return unit;
    }),
  );
}
