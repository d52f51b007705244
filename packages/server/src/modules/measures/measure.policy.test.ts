import { randomUUID } from 'node:crypto';
import type { MeasureStatus } from '@klankbord/domain';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { personViewer } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Person } from '../people/person.entity.js';
import { measurePermissions } from './measure.policy.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

const db = setupTestDatabase();
const ownerId = randomUUID();
const owner = personViewer(ownerId, ['HANDLER']);
const otherHandler = personViewer(randomUUID(), ['HANDLER']);
const administrator = personViewer(randomUUID(), ['ADMINISTRATOR']);

/** A measure in `status`, owned by `ownerId`; never stored (the policy reads only the entity). */
function measureIn(status: MeasureStatus): PreventiveMeasure {
  const em = db.orm.em.fork();
  const measure = new PreventiveMeasure({
    title: 'Terugbelservice',
    description: 'Wie lang wacht, wordt teruggebeld.',
    targetComplaintType: em.getReference(ComplaintType, randomUUID(), { wrapped: true }),
    owner: em.getReference(Person, ownerId, { wrapped: true }),
    proposedAt: new Date('2026-03-02T09:00:00Z'),
  });
  measure.status = status;
  return measure;
}

describe('what a viewer may do with a measure (viewerCan)', () => {
  it.each([
    ['PROPOSED', { update: true, implement: true, evaluate: false, cancel: true }],
    ['IMPLEMENTED', { update: true, implement: false, evaluate: true, cancel: true }],
    ['EVALUATED', { update: true, implement: false, evaluate: false, cancel: false }],
    ['CANCELLED', { update: false, implement: false, evaluate: false, cancel: false }],
  ] as const)('the owner of a %s measure: the steps of the domain lifecycle', (status, expected) => {
    expect(measurePermissions(owner, measureIn(status))).toEqual(expected);
    expect(measurePermissions(administrator, measureIn(status))).toEqual(expected);
  });

  it('another handler may do nothing with it', () => {
    expect(measurePermissions(otherHandler, measureIn('PROPOSED'))).toEqual({
      update: false,
      implement: false,
      evaluate: false,
      cancel: false,
    });
  });
});
