import type { RequestContext } from '../../../graphql/context.js';
import { InputError } from '../../../shared/errors.js';
import { PreventiveMeasure } from '../../measures/preventive-measure.entity.js';
import { changeCase } from '../change-case.js';
import type { CloseCaseInput } from './case-step.inputs.js';

/**
 * Closes a case. A complaint is closed after evaluation (step 5): it links one or more preventive
 * measures, or records why no measure is needed — exactly one of the two.
 */
export function closeCase({ ctx, input }: { ctx: RequestContext; input: CloseCaseInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'CLOSE',
    apply: async (c, { em, now }) => {
      const measureIds = [...new Set(input.measureIds ?? [])];
      if (c.kind === 'COMPLAINT') {
        if ((measureIds.length > 0) === Boolean(input.noMeasureReason)) {
          throw new InputError([
            { field: 'measureIds', reason: 'ONE_OF', message: 'Link at least one preventive measure, or say why no measure is needed — not both.' },
          ]);
        }
      } else if (measureIds.length > 0 || input.noMeasureReason) {
        throw new InputError([{ field: 'measureIds', reason: 'NOT_APPLICABLE', message: 'Only complaints are evaluated for preventive measures.' }]);
      }
      const measures = measureIds.length > 0 ? await em.find(PreventiveMeasure, { id: { $in: measureIds }, status: { $ne: 'CANCELLED' } }) : [];
      if (measures.length !== measureIds.length) {
        throw new InputError([{ field: 'measureIds', reason: 'UNKNOWN', message: 'One of the measures does not exist or was cancelled.' }]);
      }
      for (const measure of measures) measure.linkedCases.add(c);
      c.noMeasureReason = input.noMeasureReason ?? null;
      c.closedAt = now;
      return measureIds.length > 0 ? { measureIds } : input.noMeasureReason ? { noMeasureNeeded: true } : {};
    },
  });
}
