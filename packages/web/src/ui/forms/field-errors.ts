import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A GraphQL error as the server formats it (see the server's format-error.ts). */
export interface ServerError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface FieldErrors {
  /** Messages per input field, for inline display next to the control. */
  fields: Record<string, string>;
  /** Messages not tied to a field (forbidden, conflict, network…). */
  general: string[];
  /** The first error code, e.g. BAD_USER_INPUT or CONFLICT. */
  code: string | null;
}

/** No refusal (yet): what a form shows before it is sent and after it went through. */
export const NO_FIELD_ERRORS: FieldErrors = { fields: {}, general: [], code: null };

/** Splits the server's coded errors into per-field messages and general ones. */
export function toFieldErrors(errors: readonly ServerError[]): FieldErrors {
  const result: FieldErrors = { fields: {}, general: [], code: null };
  for (const error of errors) {
    const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : null;
    result.code ??= code;
    const fields = error.extensions?.['fields'];
    if (Array.isArray(fields) && fields.length > 0) {
      for (const field of fields as Array<{ field: string; message: string }>)
        result.fields[field.field] ??= field.message;
    } else {
      result.general.push(error.message);
    }
  }
  return result;
}

/**
 * Whatever a mutation threw, as errors a form can show: the server's coded errors split per
 * field, anything else (the network, a bug) as one general message without a code.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (CombinedGraphQLErrors.is(error)) return toFieldErrors(error.errors);
  return { ...NO_FIELD_ERRORS, general: [error instanceof Error ? error.message : String(error)] };
}
