import { SATISFACTION_SCORES } from '@klankbord/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type Locale } from '../../i18n/messages';
import { NO_FIELD_ERRORS, type FieldErrors } from '../../ui/forms/field-errors';
import { COMMENT_MAX, linkProblem, readAnswer, SCORE_LABELS } from './satisfaction-form';
import { SatisfactionForm } from './SatisfactionForm';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

describe('reading the answer', () => {
  it('takes a score of 1 to 5 and an optional comment, trimmed (empty is none)', () => {
    expect(readAnswer(form({ score: '4', comment: '  Quick.  ' }))).toEqual({ ok: true, score: 4, comment: 'Quick.' });
    expect(readAnswer(form({ score: '1', comment: '   ' }))).toEqual({ ok: true, score: 1, comment: null });
    expect(readAnswer(form({ score: '5' }))).toEqual({ ok: true, score: 5, comment: null });
  });

  it('asks for a score when none or another number is picked', () => {
    const tries: Array<Record<string, string>> = [
      {},
      { score: '0' },
      { score: '6' },
      { score: '2.5' },
      { score: 'five' },
    ];
    for (const entries of tries) {
      expect(readAnswer(form(entries))).toEqual({ ok: false, problem: 'satisfaction.pickScore' });
    }
  });
});

describe('a link that cannot be answered', () => {
  it('is told apart by the link state and by the refusal codes of the server', () => {
    expect(linkProblem('ANSWERED')).toBe('satisfaction.alreadyAnswered');
    expect(linkProblem('ALREADY_ANSWERED')).toBe('satisfaction.alreadyAnswered');
    expect(linkProblem('EXPIRED')).toBe('satisfaction.expired');
    expect(linkProblem('LINK_EXPIRED')).toBe('satisfaction.expired');
    expect(linkProblem('INVALID')).toBe('satisfaction.invalid');
    expect(linkProblem('LINK_INVALID')).toBe('satisfaction.invalid');
    // An open link, a validation refusal or no error at all leave the form on screen.
    for (const other of ['OPEN', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS', null, undefined]) {
      expect(linkProblem(other)).toBeNull();
    }
  });
});

/** One attribute's value from the attributes of a rendered tag. */
const attribute = (attributes: string, name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attributes)?.[1];

const render = (locale: Locale, errors: FieldErrors = NO_FIELD_ERRORS) =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale, messages: MESSAGES[locale] },
      createElement(SatisfactionForm, { onAnswer: () => undefined, errors, busy: false }),
    ),
  );

describe('the form', () => {
  it.each(['nl', 'en'] as const)(
    'in %s: five labelled choices in a fieldset with a legend, and a labelled comment',
    (locale) => {
      const html = render(locale);
      expect(html).toContain(`<legend>${MESSAGES[locale]['satisfaction.question']}</legend>`);
      // Each choice is an input inside its label, so the words name the radio button.
      const choices = [...html.matchAll(/<label class="choice"><input ([^>]*)\/>([^<]*)<\/label>/g)];
      expect(choices.map((c) => attribute(c[1]!, 'value'))).toEqual(SATISFACTION_SCORES.map(String));
      expect(choices.every((c) => attribute(c[1]!, 'type') === 'radio' && attribute(c[1]!, 'name') === 'score')).toBe(
        true,
      );
      SATISFACTION_SCORES.forEach((score, i) =>
        expect(choices[i]![2]).toContain(MESSAGES[locale][SCORE_LABELS[score]]),
      );
      const textarea = /<textarea ([^>]*)>/.exec(html)![1]!;
      expect(attribute(textarea, 'maxLength')).toBe(String(COMMENT_MAX));
      expect(html).toContain(
        `<label for="${attribute(textarea, 'id')}">${MESSAGES[locale]['satisfaction.comment']}</label>`,
      );
    },
  );

  it('ties the server’s message for the comment to the text area', () => {
    const html = render('en', {
      ...NO_FIELD_ERRORS,
      code: 'BAD_USER_INPUT',
      fields: { comment: 'comment is too long' },
    });
    const textarea = /<textarea ([^>]*)>/.exec(html)![1]!;
    expect(attribute(textarea, 'aria-invalid')).toBe('true');
    expect(html).toContain(
      `<span class="field-error" id="${attribute(textarea, 'aria-describedby')}">comment is too long</span>`,
    );
  });
});
