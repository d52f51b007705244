import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import type { MessageId } from '../../i18n/messages';
import { ErrorState, Loading } from '../../ui/Status';
import { linkProblem } from './satisfaction-form';
import { SatisfactionForm } from './SatisfactionForm';
import { useAnswerSatisfactionMutation } from './useAnswerSatisfactionMutation';

const SatisfactionRouteQuery = graphql(`
  query SatisfactionRouteQuery($token: String!) {
    satisfactionLink(token: $token) {
      state
    }
  }
`);

/**
 * The page the satisfaction link in an outcome message opens: no sign-in, the token in the path.
 * It says straight away when the link was answered, has expired or is not valid; otherwise it asks.
 */
export default function SatisfactionRoute() {
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SatisfactionRouteQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const { perform, errors, loading: sending } = useAnswerSatisfactionMutation();
  const [answered, setAnswered] = useState(false);

  if (answered) return <Notice id="satisfaction.thanks" />;
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error ?? { message: '' }} retry={() => void refetch()} />;
  // A refusal of the answer itself (answered elsewhere meanwhile, expired while typing) wins over the look-up.
  const problem = linkProblem(errors.code) ?? linkProblem(data.satisfactionLink.state);
  if (problem) return <Notice id={problem} />;
  return (
    <SatisfactionForm
      errors={errors}
      busy={sending}
      onAnswer={(answer) => void perform({ token, ...answer }).then(setAnswered)}
    />
  );
}

/** One sentence in place of the form: thanks, or why the link cannot be answered. */
function Notice({ id }: { id: MessageId }) {
  return (
    <section className="card" role="status">
      <h1>
        <FormattedMessage id="satisfaction.title" />
      </h1>
      <p>
        <FormattedMessage id={id} />
      </p>
    </section>
  );
}
