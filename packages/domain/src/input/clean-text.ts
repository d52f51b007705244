/**
 * One normalisation and one set of character rules for every text a person types, so the server's
 * validation, the import and the web form agree on what a text is.
 */

/** How one text field is checked. */
export interface TextRules {
  /** Fewest visible characters: spaces and invisible characters do not count. */
  min?: number;
  /** Most characters (Unicode code points, as PostgreSQL counts them) after normalisation. */
  max: number;
  /** Whether line breaks and tabs are allowed (descriptions, notes); names and titles are one line. */
  multiline?: boolean;
}

/** Why a text was refused; stable codes for clients. */
export type TextProblemReason =
  'NOT_TEXT' | 'CONTROL_CHARACTERS' | 'LINE_BREAKS' | 'BIDI_CONTROLS' | 'BROKEN_CHARACTERS' | 'TOO_SHORT' | 'TOO_LONG';

/** A text after normalisation, or why it is refused (the message never repeats the text). */
export type TextCheck = { ok: true; value: string } | { ok: false; reason: TextProblemReason; message: string };

// C0 controls, DEL and the C1 block. Tab and line feed are handled by the multi-line rule.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Tab, line feed and the Unicode line and paragraph separators: only in multi-line texts.
const LINE_BREAK = /[\t\n\u2028\u2029]/;
// Embeddings, overrides (U+202A–202E) and isolates (U+2066–2069) can make a text display as
// something else than it says ("Trojan Source"); the implicit marks (LRM, RLM, ALM) stay allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// A high surrogate without its low half, or a low one without its high half (not valid UTF-16,
// and PostgreSQL would store a replacement character instead).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What does not show: spaces of any kind and default-ignorable characters (zero-width space and
// joiners, soft hyphen, word joiner, byte-order mark, Hangul fillers, variation selectors).
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;

/** Trimmed, Unicode NFC, with Windows and old-Mac line ends turned into `\n`. */
export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/** How many characters of a text show: what counts towards a minimum length. */
export function visibleLength(text: string): number {
  return [...text.replace(INVISIBLE, '')].length;
}

/**
 * Normalises `raw` and checks it against `rules`. The checks run on the normalised value, so
 * twelve spaces are an empty text and zero-width characters do not make a description long enough.
 * `label` names the field in the message ("description must not contain control characters").
 */
export function checkText(raw: unknown, rules: TextRules, label: string): TextCheck {
  const refuse = (reason: TextProblemReason, message: string): TextCheck => ({
    ok: false,
    reason,
    message: `${label} ${message}`,
  });
  if (typeof raw !== 'string') return refuse('NOT_TEXT', 'must be a text');
  // Surrogates first: normalize() would keep them, and the other checks would miscount.
  if (LONE_SURROGATE.test(raw)) return refuse('BROKEN_CHARACTERS', 'contains a broken character (a lone surrogate)');
  const value = normaliseText(raw);
  if (CONTROL.test(value)) return refuse('CONTROL_CHARACTERS', 'must not contain control characters');
  if (!rules.multiline && LINE_BREAK.test(value))
    return refuse('LINE_BREAKS', 'must be on one line (no tabs or line breaks)');
  if (BIDI_CONTROL.test(value))
    return refuse('BIDI_CONTROLS', 'must not contain text-direction override or isolate characters');
  const min = rules.min ?? 0;
  if (visibleLength(value) < min) {
    return refuse(
      'TOO_SHORT',
      min === 1 ? 'must not be empty' : `must be at least ${min} characters (not counting spaces)`,
    );
  }
  if ([...value].length > rules.max) return refuse('TOO_LONG', `must be at most ${rules.max} characters`);
  return { ok: true, value };
}
