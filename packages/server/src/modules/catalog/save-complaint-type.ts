import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import type { SaveComplaintTypeInput } from './catalog.inputs.js';
import { canManageCatalog } from './catalog.policy.js';
import { ComplaintType, ComplaintTypeVersion } from './complaint-type.entity.js';

/**
 * Creates or changes a complaint type. A different lead time or clock rule closes the current version and opens
 * the next one from now: cases received earlier keep the version (and deadline) valid at intake.
 */
export async function saveComplaintType({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: SaveComplaintTypeInput;
}): Promise<ComplaintType> {
  authorize(ctx.viewer, canManageCatalog, 'manage services and complaint types');
  const now = ctx.services.now();
  return withUniqueFields('code', () =>
    ctx.em.transactional(async (em) => {
      const type = input.id ? await em.findOne(ComplaintType, input.id) : new ComplaintType(input);
      if (!type) throw notFound('The complaint type');
      const isNew = !input.id;
      const before = { code: type.code, name: type.name, nameNl: type.nameNl, active: type.active };
      Object.assign(type, { code: input.code, name: input.name, nameNl: input.nameNl, active: input.active ?? true });
      em.persist(type);
      const versions = input.id
        ? await em.find(ComplaintTypeVersion, { complaintType: type }, { orderBy: { version: 'desc' } })
        : [];
      const current = versions.find((v) => v.validTo === null);
      const pauses = input.pausesClockOnInformationRequest ?? false;
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'COMPLAINT_TYPE',
        entityId: type.id,
        action: isNew ? 'CREATED' : 'CHANGED',
        changes: changedFields(
          isNew
            ? null
            : {
                ...before,
                leadTimeWorkingDays: current?.leadTimeWorkingDays ?? null,
                pausesClockOnInformationRequest: current?.pausesClockOnInformationRequest ?? null,
              },
          {
            code: type.code,
            name: type.name,
            nameNl: type.nameNl,
            active: type.active,
            leadTimeWorkingDays: input.leadTimeWorkingDays,
            pausesClockOnInformationRequest: pauses,
          },
        ),
        occurredAt: now,
      });
      if (
        current?.leadTimeWorkingDays !== input.leadTimeWorkingDays ||
        current.pausesClockOnInformationRequest !== pauses
      ) {
        if (current) current.validTo = now;
        const next = new ComplaintTypeVersion({
          complaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
          version: (versions[0]?.version ?? 0) + 1,
          leadTimeWorkingDays: input.leadTimeWorkingDays,
          validFrom: now,
        });
        next.pausesClockOnInformationRequest = pauses;
        em.persist(next);
      }
      return type;
    }),
  );
}
