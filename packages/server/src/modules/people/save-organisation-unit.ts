import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import { OrganisationUnit } from './organisation-unit.entity.js';
import { requirePersonWithRole } from './people-checks.js';
import type { SaveOrganisationUnitInput } from './people.inputs.js';
import { Person } from './person.entity.js';
import { canManagePeople } from './person.policy.js';

/** Creates or changes an organisation unit and whose portfolio it is in. */
export async function saveOrganisationUnit({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: SaveOrganisationUnitInput;
}): Promise<OrganisationUnit> {
  authorize(ctx.viewer, canManagePeople, 'manage people and organisation units');
  return withUniqueFields('code', () =>
    ctx.em.transactional(async (em) => {
      const unit = input.id ? await em.findOne(OrganisationUnit, input.id) : new OrganisationUnit(input);
      if (!unit) throw notFound('The organisation unit');
      const before = input.id ? snapshotUnit(unit) : null;
      const manager = input.relationshipManagerId
        ? await requirePersonWithRole(em, input.relationshipManagerId, 'RELATIONSHIP_MANAGER', 'relationshipManagerId')
        : null;
      Object.assign(unit, { code: input.code, name: input.name, active: input.active ?? true });
      unit.relationshipManager = manager ? em.getReference(Person, manager.id, { wrapped: true }) : null;
      em.persist(unit);
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'ORGANISATION_UNIT',
        entityId: unit.id,
        action: before ? 'CHANGED' : 'CREATED',
        changes: changedFields(before, snapshotUnit(unit)),
        occurredAt: ctx.services.now(),
      });
      return unit;
    }),
  );
}

const snapshotUnit = (unit: OrganisationUnit) => ({
  code: unit.code,
  name: unit.name,
  active: unit.active,
  relationshipManagerId: unit.relationshipManager?.id ?? null,
});
