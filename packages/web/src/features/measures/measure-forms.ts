import type {
  EvaluateMeasureInput,
  ImplementMeasureInput,
  LinkCasesToMeasureInput,
  MeasureStepInput,
  ProposeMeasureInput,
  UpdateMeasureInput,
} from '../../gql/graphql';

/** Which measure, at which version: every change passes it back so a stale one is a CONFLICT. */
export interface MeasureRef {
  id: string;
  version: number;
}

/** Trimmed text, or null when nothing is left (the API's optional fields take null, not ""). */
const text = (value: FormDataEntryValue | null | undefined): string | null => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
};

/** The propose form as ProposeMeasureInput; an empty service or expected effect is left out. */
export function toProposeInput(form: FormData): ProposeMeasureInput {
  return {
    title: text(form.get('title')) ?? '',
    description: text(form.get('description')) ?? '',
    targetComplaintTypeId: text(form.get('targetComplaintTypeId')) ?? '',
    targetServiceId: text(form.get('targetServiceId')),
    expectedEffect: text(form.get('expectedEffect')),
  };
}

/**
 * The edit form as UpdateMeasureInput, sending only what changed: the history then records the
 * edit that was made, and an untouched field is not re-validated. Null when nothing changed.
 * The API cannot clear a field (null means "keep"), so an emptied field is sent as "" and the
 * server's length check explains that it needs text.
 */
export function toUpdateInput(
  measure: MeasureRef & { title: string; description: string; expectedEffect?: string | null },
  form: FormData,
): UpdateMeasureInput | null {
  const input: UpdateMeasureInput = { measureId: measure.id, version: measure.version };
  let changed = false;
  for (const key of ['title', 'description', 'expectedEffect'] as const) {
    const value = text(form.get(key)) ?? '';
    if (value !== (measure[key] ?? '')) {
      input[key] = value;
      changed = true;
    }
  }
  return changed ? input : null;
}

/** The implement form: the date it took effect and, if told already, when the relationship managers were told. */
export function toImplementInput(measure: MeasureRef, form: FormData): ImplementMeasureInput {
  return {
    measureId: measure.id,
    version: measure.version,
    implementedOn: text(form.get('implementedOn')) ?? '',
    communicatedOn: text(form.get('communicatedOn')),
    note: text(form.get('note')),
  };
}

/** The evaluate form: what the evaluation found. */
export function toEvaluateInput(measure: MeasureRef, form: FormData): EvaluateMeasureInput {
  return {
    measureId: measure.id,
    version: measure.version,
    evaluationNote: text(form.get('evaluationNote')) ?? '',
    note: text(form.get('note')),
  };
}

/** Cancelling takes only the measure and an optional note. */
export function toCancelInput(measure: MeasureRef, form: FormData): MeasureStepInput {
  return { measureId: measure.id, version: measure.version, note: text(form.get('note')) };
}

/** The chosen complaints, once each, that are not linked already (linking twice says nothing new). */
export function toLinkInput(
  measure: MeasureRef,
  chosen: readonly string[],
  alreadyLinked: readonly string[],
): LinkCasesToMeasureInput | null {
  const linked = new Set(alreadyLinked);
  const caseIds = [...new Set(chosen)].filter((id) => !linked.has(id));
  return caseIds.length > 0 ? { measureId: measure.id, version: measure.version, caseIds } : null;
}
