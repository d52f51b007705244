import { SATISFACTION_SCORES } from '@klankbord/domain';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { FieldError } from '../../ui/forms/FieldError';
import { FormProblems } from '../../ui/forms/FormProblems';
import type { FieldErrors } from '../../ui/forms/field-errors';
import { TextAreaField } from '../../ui/forms/TextField';
import { COMMENT_MAX, readAnswer, SCORE_LABELS } from './satisfaction-form';

/**
 * The satisfaction question: five labelled choices in a fieldset (arrow keys move between them)
 * and an optional comment. Presentational: the route sends the answer and shows what came back.
 */
export function SatisfactionForm({
  onAnswer,
  errors,
  busy,
}: {
  onAnswer: (answer: { score: number; comment: string | null }) => void;
  errors: FieldErrors;
  busy: boolean;
}) {
  const id = useId();
  const [problem, setProblem] = useState<MessageId | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = readAnswer(new FormData(event.currentTarget));
    setProblem(answer.ok ? null : answer.problem);
    if (answer.ok) onAnswer({ score: answer.score, comment: answer.comment });
  }
  const scoreError = errors.fields['score'];
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h1 id={`${id}-title`}>
        <FormattedMessage id="satisfaction.title" />
      </h1>
      <FormProblems errors={errors} />
      <fieldset aria-describedby={problem || scoreError ? `${id}-score-error` : undefined}>
        <legend>
          <FormattedMessage id="satisfaction.question" />
        </legend>
        {SATISFACTION_SCORES.map((score) => (
          <label key={score} className="choice">
            <input type="radio" name="score" value={score} required />{' '}
            <FormattedMessage id="satisfaction.scoreChoice" values={{ score }} />{' '}
            <FormattedMessage id={SCORE_LABELS[score]} />
          </label>
        ))}
        {problem ? (
          <p id={`${id}-score-error`} className="field-error" role="alert">
            <FormattedMessage id={problem} />
          </p>
        ) : (
          <FieldError id={`${id}-score-error`} message={scoreError} />
        )}
      </fieldset>
      <TextAreaField
        label="satisfaction.comment"
        name="comment"
        rows={4}
        maxLength={COMMENT_MAX}
        aria-describedby={`${id}-comment-help`}
        error={errors.fields['comment']}
      />
      <p className="hint" id={`${id}-comment-help`}>
        <FormattedMessage id="satisfaction.commentHelp" values={{ max: COMMENT_MAX }} />
      </p>
      <p>
        <button type="submit" className="primary" disabled={busy}>
          <FormattedMessage id={busy ? 'satisfaction.sending' : 'satisfaction.send'} />
        </button>
      </p>
    </form>
  );
}
