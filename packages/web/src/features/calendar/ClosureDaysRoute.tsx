import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { useRemoveClosureDayMutation, useSaveClosureDayMutation } from './useClosureDayMutations';

const ClosureDaysRouteQuery = graphql(`
  query ClosureDaysRouteQuery($year: Int!) {
    daysOff(year: $year) {
      date
      kind
      name
      nameNl
    }
  }
`);

/** A year's days off: public holidays (per the settings) and the closure days administrators add or remove. */
export default function ClosureDaysRoute() {
  const [year, setYear] = useState(() => new Date().getUTCFullYear());
  const { data, loading, error, refetch } = useQuery(ClosureDaysRouteQuery, { variables: { year } });
  const save = useSaveClosureDayMutation();
  const remove = useRemoveClosureDayMutation();
  const { locale } = useLocale();
  const name = useLocalName();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    if (await save.perform({ date: formText(formData, 'date'), name: formText(formData, 'name').trim() })) form.reset();
  }

  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.closureDays" />
      </h1>
      <label>
        <FormattedMessage id="manage.year" />{' '}
        <input
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => setYear(Number(e.target.value) || year)}
        />
      </label>
      <FormProblems errors={remove.errors} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.daysOff.length ? (
        <Empty />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="manage.date" />
              </th>
              <th>
                <FormattedMessage id="manage.name" />
              </th>
              <th>
                <FormattedMessage id="manage.kind" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.daysOff.map((day) => (
              <tr key={`${day.kind}-${day.date}`}>
                <td>{formatDate(day.date, locale)}</td>
                <td>{name(day)}</td>
                <td>
                  <FormattedMessage id={day.kind === 'CLOSURE' ? 'manage.closure' : 'manage.holiday'} />
                </td>
                <td>
                  {day.kind === 'CLOSURE' && (
                    <button
                      type="button"
                      className="link"
                      disabled={remove.loading}
                      onClick={() => void remove.perform(day.date)}
                    >
                      <FormattedMessage id="manage.remove" />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="card" onSubmit={(e) => void add(e)} aria-label="closure day">
        <h2>
          <FormattedMessage id="manage.newClosureDay" />
        </h2>
        <FormProblems errors={save.errors} />
        <TextField label="manage.date" name="date" type="date" required error={save.errors.fields['date']} />
        <TextField label="manage.name" name="name" required error={save.errors.fields['name']} />
        <p>
          <button type="submit" className="primary" disabled={save.loading}>
            <FormattedMessage id="manage.add" />
          </button>
        </p>
      </form>
    </section>
  );
}
