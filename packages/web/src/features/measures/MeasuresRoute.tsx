import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { graphql } from '../../gql';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { RateRatioChart } from '../../ui/charts/RateRatioChart';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { useSession } from '../../ui/Layout';

const MeasuresRouteQuery = graphql(`
  query MeasuresRouteQuery {
    measures {
      id version title description status proposedAt implementedOn evaluatedOn expectedEffect
      targetComplaintType { id name nameNl }
      targetService { id name nameNl }
      owner { id displayName }
      viewerCan { implement evaluate cancel }
      effect { enoughData reason rateRatio lower95 upper95 countBefore countAfter windowDays interpretation }
    }
    complaintTypes { id name nameNl active }
  }
`);

const ProposeMeasureMutation = graphql(`
  mutation ProposeMeasureMutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id } } }
`);
const ImplementMeasureMutation = graphql(`
  mutation ImplementMeasureMutation($input: ImplementMeasureInput!) { implementMeasure(input: $input) { measure { id version status implementedOn } } }
`);
const EvaluateMeasureMutation = graphql(`
  mutation EvaluateMeasureMutation($input: EvaluateMeasureInput!) { evaluateMeasure(input: $input) { measure { id version status evaluatedOn } } }
`);

/** The preventive measure register (step 5): handlers log measures, everyone sees their effect. */
export default function MeasuresRoute() {
  const { locale } = useLocale();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(MeasuresRouteQuery);
  const [propose, { loading: proposing }] = useMutation(ProposeMeasureMutation, { refetchQueries: ['MeasuresRouteQuery'] });
  const [implement] = useMutation(ImplementMeasureMutation, { refetchQueries: ['MeasuresRouteQuery'] });
  const [evaluate] = useMutation(EvaluateMeasureMutation, { refetchQueries: ['MeasuresRouteQuery'] });
  const [problem, setProblem] = useState<string | null>(null);
  const name = (x: { name: string; nameNl: string } | null | undefined) => (x ? (locale === 'nl' ? x.nameNl : x.name) : '—');
  const today = new Date().toISOString().slice(0, 10);

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (e) {
      setProblem(CombinedGraphQLErrors.is(e) ? e.errors.map((x) => x.message).join(' ') : String(e));
    }
  }

  async function onPropose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    await run(async () => {
      await propose({
        variables: {
          input: {
            title: String(form.get('title')),
            description: String(form.get('description')),
            targetComplaintTypeId: String(form.get('targetComplaintTypeId')),
            expectedEffect: String(form.get('expectedEffect') ?? '') || null,
          },
        },
      });
      target.reset();
    });
  }

  return (
    <>
      <h1>
        <FormattedMessage id="measures.title" />
      </h1>
      {problem && <div className="banner warn" role="alert">{problem}</div>}
      {session?.roles.includes('HANDLER') && data && (
        <form className="card" onSubmit={(e) => void onPropose(e)}>
          <h2><FormattedMessage id="measures.propose" /></h2>
          <label htmlFor="m-title">{locale === 'nl' ? 'Titel' : 'Title'}</label>
          <input id="m-title" name="title" required />
          <label htmlFor="m-description">{locale === 'nl' ? 'Wat en waarom' : 'What and why'}</label>
          <textarea id="m-description" name="description" required />
          <label htmlFor="m-type">{locale === 'nl' ? 'Soort klacht' : 'Complaint type'}</label>
          <select id="m-type" name="targetComplaintTypeId" required defaultValue="">
            <option value="">—</option>
            {data.complaintTypes.filter((t) => t.active).map((t) => <option key={t.id} value={t.id}>{name(t)}</option>)}
          </select>
          <label htmlFor="m-effect">{locale === 'nl' ? 'Verwacht effect' : 'Expected effect'}</label>
          <input id="m-effect" name="expectedEffect" />
          <p><button type="submit" className="primary" disabled={proposing}><FormattedMessage id="measures.propose" /></button></p>
        </form>
      )}
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.measures.length === 0 && <Empty />}
      {data?.measures.map((m) => (
        <section className="card" key={m.id} aria-labelledby={`m-${m.id}`} data-testid="measure">
          <header className="card-header">
            <h2 id={`m-${m.id}`}>{m.title}</h2>
            <span className="badge"><FormattedMessage id={`measureStatus.${m.status}` as MessageId} /></span>
          </header>
          <p>{m.description}</p>
          <p className="note">
            {name(m.targetComplaintType)}{m.targetService && ` · ${name(m.targetService)}`} · {m.owner.displayName}
            {m.implementedOn && ` · ${locale === 'nl' ? 'ingevoerd' : 'implemented'} ${formatDate(m.implementedOn, locale)}`}
          </p>
          <h3><FormattedMessage id="measures.effect" /></h3>
          {m.effect.enoughData && m.effect.rateRatio != null && m.effect.lower95 != null && m.effect.upper95 != null ? (
            <>
              <figure aria-label={m.effect.interpretation}>
                <RateRatioChart rows={[{ key: m.id, label: `${m.effect.countBefore} → ${m.effect.countAfter}`, ratio: m.effect.rateRatio, lower: m.effect.lower95, upper: m.effect.upper95 }]} formatNumber={(v) => formatNumber(v, locale, 2)} />
              </figure>
              <p>{m.effect.interpretation}</p>
            </>
          ) : (
            <p className="note">{m.effect.reason}</p>
          )}
          <div className="card-tools">
            {m.viewerCan.implement && (
              <button type="button" onClick={() => void run(() => implement({ variables: { input: { measureId: m.id, version: m.version, implementedOn: today, communicatedOn: today } } }))}>
                {locale === 'nl' ? 'Ingevoerd (vandaag)' : 'Implemented (today)'}
              </button>
            )}
            {m.viewerCan.evaluate && (
              <button type="button" onClick={() => void run(() => evaluate({ variables: { input: { measureId: m.id, version: m.version, evaluationNote: m.effect.interpretation } } }))}>
                {locale === 'nl' ? 'Evalueren' : 'Evaluate'}
              </button>
            )}
          </div>
        </section>
      ))}
    </>
  );
}
