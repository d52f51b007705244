import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkText, normaliseText, visibleLength } from './clean-text.js';
import { checkDate, requireDate } from './date-window.js';

const description = { min: 10, max: 50, multiline: true };
const name = { min: 1, max: 20 };

describe('checkText', () => {
  it('trims and composes (NFC) before checking, and returns the normalised value', () => {
    expect(checkText('  Cafe\u0301 is closed early  ', description, 'description')).toEqual({
      ok: true,
      value: 'Café is closed early',
    });
    expect(normaliseText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['zero-width characters', '\u200B'.repeat(12)],
    ['word joiners and a byte-order mark around a short word', '\u2060\uFEFFshort\u2060\u00AD\u3164'],
    ['spaced-out letters below ten', 'a b c d e f g h i'],
  ])('does not count %s towards a minimum', (_what, text) => {
    expect(checkText(text, description, 'description')).toEqual({
      ok: false,
      reason: 'TOO_SHORT',
      message: 'description must be at least 10 characters (not counting spaces)',
    });
  });

  it('counts what shows, in code points: ten emoji pass a minimum of ten', () => {
    expect(visibleLength('👍'.repeat(10))).toBe(10);
    expect(checkText('👍'.repeat(10), description, 'description').ok).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['escape', 'a\u001Bb'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control (NEL)', 'a\u0085b'],
    ['a C1 control (CSI)', 'a\u009Bb'],
  ])('refuses %s', (_what, text) => {
    expect(checkText(text, name, 'name')).toMatchObject({
      ok: false,
      reason: 'CONTROL_CHARACTERS',
      message: 'name must not contain control characters',
    });
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control U+%s',
    (char) => {
      expect(checkText(`abc${char}def`, name, 'name')).toMatchObject({ ok: false, reason: 'BIDI_CONTROLS' });
    },
  );

  it('refuses lone surrogates (high or low) but keeps pairs', () => {
    expect(checkText('ab\uD800cd', name, 'name')).toMatchObject({ ok: false, reason: 'BROKEN_CHARACTERS' });
    expect(checkText('ab\uDC00cd', name, 'name')).toMatchObject({ ok: false, reason: 'BROKEN_CHARACTERS' });
    expect(checkText('ab\uD83D\uDC4Dcd', name, 'name')).toEqual({ ok: true, value: 'ab👍cd' });
  });

  it('allows line breaks and tabs only in multi-line texts', () => {
    expect(checkText('first line\n\tsecond line', description, 'note').ok).toBe(true);
    expect(checkText('Jan\nJansen', name, 'name')).toMatchObject({ ok: false, reason: 'LINE_BREAKS' });
    expect(checkText('Jan\tJansen', name, 'name')).toMatchObject({ ok: false, reason: 'LINE_BREAKS' });
  });

  it('measures the maximum after trimming, and says "must be a text" for another type', () => {
    expect(checkText(`   ${'x'.repeat(20)}   `, name, 'name').ok).toBe(true);
    expect(checkText('x'.repeat(21), name, 'name')).toMatchObject({
      reason: 'TOO_LONG',
      message: 'name must be at most 20 characters',
    });
    expect(checkText(42, name, 'name')).toMatchObject({ reason: 'NOT_TEXT', message: 'name must be a text' });
    expect(checkText('   ', name, 'name')).toMatchObject({ reason: 'TOO_SHORT', message: 'name must not be empty' });
  });
});

describe('checkDate', () => {
  it('says "written as YYYY-MM-DD" only for a malformed date', () => {
    for (const text of ['2026-5-1', '01-05-2026', '2026-05-01T00:00', '+02026-05-01', '']) {
      expect(checkDate(text, 'implementedOn')).toMatchObject({
        reason: 'MALFORMED',
        message: 'implementedOn must be written as YYYY-MM-DD',
      });
    }
    expect(checkDate('2026-02-30', 'implementedOn')).toMatchObject({
      reason: 'NOT_A_DATE',
      message: 'implementedOn is not a day of the calendar',
    });
  });

  it('keeps every date within 2000-01-01..2099-12-31 and the field’s own window', () => {
    expect(checkDate('1999-12-31', 'date')).toMatchObject({
      reason: 'TOO_EARLY',
      message: 'date must not be before 2000-01-01',
    });
    expect(checkDate('9999-12-31', 'date')).toMatchObject({
      reason: 'TOO_LATE',
      message: 'date must not be after 2099-12-31',
    });
    expect(checkDate('0000-01-01', 'date')).toMatchObject({ reason: 'TOO_EARLY' });
    const window = { notAfter: { date: '2026-12-02', what: 'today' } };
    expect(checkDate('2026-12-03', 'implementedOn', window)).toMatchObject({
      message: 'implementedOn must not be after today',
    });
    expect(checkDate('2026-12-02', 'implementedOn', window)).toEqual({ ok: true, value: '2026-12-02' });
  });

  it('requireDate throws INVALID_DATE naming the field and the problem', () => {
    expect(() => requireDate('2026-13-01', 'newDueDate')).toThrow(DomainError);
    expect(() => requireDate('2300-01-01', 'newDueDate')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', details: { field: 'newDueDate', problem: 'TOO_LATE' } }),
    );
  });
});
