import { Arg, Int } from 'type-graphql';
import { InputError } from './errors.js';

/**
 * How many items a list field without paging (`first`, no `after`) returns: the default when the
 * client leaves `first` out, and the most it may ask for. The cost limit multiplies a list's
 * selection by this `first`, so `measures { linkedCases { measures … } } }` is priced as the
 * fan-out it is and refused before it runs.
 */
export const LIST_SIZE = { default: 50, max: 500 } as const;

/**
 * The `first` argument of a capped list field: 1 to LIST_SIZE.max items, `defaultValue` (else
 * LIST_SIZE.default) when left out.
 */
export const FirstArg = (defaultValue: number = LIST_SIZE.default): ReturnType<typeof Arg> =>
  Arg('first', () => Int, {
    defaultValue,
    description: `At most this many items, in the list’s order (1–${LIST_SIZE.max}).`,
  });

/** The first `first` items, after checking `first` is 1 to LIST_SIZE.max. */
export function firstItems<T>(items: readonly T[], first: number): T[] {
  assertListSize(first);
  return items.slice(0, first);
}

/** Refuses a `first` outside 1 to LIST_SIZE.max with BAD_USER_INPUT (before anything is loaded). */
export function assertListSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > LIST_SIZE.max) {
    throw new InputError([{ field: 'first', reason: 'OUT_OF_RANGE', message: `Ask for 1 to ${LIST_SIZE.max} items.` }]);
  }
}
