import type { RequestContext } from '../../../graphql/context.js';
import { PreventiveMeasure } from '../../measures/preventive-measure.entity.js';
import { changeCase } from '../change-case.js';
import type { CloseCaseInput } from './case-step.inputs.js';

/**
 * Closes a case. A complaint is closed after evaluation (step 5): it links one or more preventive
 * measures, or records why no measure is needed — exactly one of the two (checked by `takeStep`).
 */
export function closeCase({ ctx, input }: { ctx: RequestContext; input: CloseCaseInput }) {
  return changeCase(ctx, {
    ...input,
    action: 'CLOSE',
    prepare: async (c, { em }) => {
      const measureIds = [...new Set(input.measureIds ?? [])];
      // Measures are only looked up where they can count (the step refuses them on other kinds).
      const lookUp = measureIds.length > 0 && c.kind === 'COMPLAINT' && !input.noMeasureReason;
      const measures = lookUp
        ? await em.find(PreventiveMeasure, { id: { $in: measureIds }, status: { $ne: 'CANCELLED' } })
        : [];
      return { action: 'CLOSE', measureIds, measures, noMeasureReason: input.noMeasureReason ?? null };
    },
  });
}
