import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { MeasureEffect_EffectFragment } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { RateRatioChart } from '../../ui/charts/lazy';

graphql(`
  fragment MeasureEffect_effect on MeasureEffect {
    enoughData
    reason
    rateRatio
    lower95
    upper95
    countBefore
    countAfter
    windowDays
    beforeFrom
    afterTo
    interpretation
  }
`);

/**
 * The measure's effect: target complaints in equal windows before and after implementation, the
 * rate ratio with its 95% interval (the dashboard's chart), and the server's correlational wording.
 */
export function MeasureEffect({
  effect,
  title,
  implemented,
}: {
  effect: MeasureEffect_EffectFragment;
  title: string;
  implemented: boolean;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const ratio = (v: number) => formatNumber(v, locale, 2);
  const estimate =
    effect.enoughData && effect.rateRatio != null && effect.lower95 != null && effect.upper95 != null
      ? { ratio: effect.rateRatio, lower: effect.lower95, upper: effect.upper95 }
      : null;
  return (
    <section
      className="card"
      aria-labelledby="measure-effect"
      data-testid="measure-effect"
      data-state={estimate ? 'ready' : 'empty'}
    >
      <h2 id="measure-effect">
        <FormattedMessage id="measures.effect" />
      </h2>
      <p className="note">
        <FormattedMessage id="dashboard.measuresNote" />
      </p>
      <table className="data-table">
        <caption>
          {effect.windowDays > 0 ? (
            <FormattedMessage id="measures.effectTable" values={{ days: effect.windowDays }} />
          ) : (
            <FormattedMessage id="measures.effectTableNoWindow" />
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="dashboard.before" />
            </th>
            <th scope="col">
              <FormattedMessage id="dashboard.after" />
            </th>
            <th scope="col">
              <FormattedMessage id="dashboard.ratio" />
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              {effect.countBefore}
              {effect.beforeFrom && (
                <span className="note">
                  {' '}
                  (<FormattedMessage id="measures.from" values={{ date: formatDate(effect.beforeFrom, locale) }} />)
                </span>
              )}
            </td>
            <td>
              {effect.countAfter}
              {effect.afterTo && (
                <span className="note">
                  {' '}
                  (<FormattedMessage id="measures.until" values={{ date: formatDate(effect.afterTo, locale) }} />)
                </span>
              )}
            </td>
            <td data-testid="rate-ratio">
              {estimate ? `${ratio(estimate.ratio)} (${ratio(estimate.lower)}–${ratio(estimate.upper)})` : '—'}
            </td>
          </tr>
        </tbody>
      </table>
      {estimate ? (
        <figure aria-label={intl.formatMessage({ id: 'measures.effectChart' })}>
          <RateRatioChart rows={[{ key: 'effect', label: title, ...estimate }]} formatNumber={ratio} />
        </figure>
      ) : (
        <p className="state">
          <FormattedMessage id={implemented ? 'measures.effectTooEarly' : 'measures.effectNotImplemented'} />
        </p>
      )}
      {/* The server words its finding in English only; Dutch readers get the same finding from the figures. */}
      <p data-testid="interpretation">
        {estimate ? (
          <FormattedMessage
            id="measures.effectFinding"
            values={{
              before: effect.countBefore,
              after: effect.countAfter,
              days: effect.windowDays,
              ratio: ratio(estimate.ratio),
              lower: ratio(estimate.lower),
              upper: ratio(estimate.upper),
            }}
          />
        ) : null}
        {locale === 'en' && <> {effect.interpretation}</>}
      </p>
      <p className="note">
        <FormattedMessage id="measures.correlational" />
      </p>
    </section>
  );
}
