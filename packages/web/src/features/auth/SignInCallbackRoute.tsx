import { use, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { completeSignIn } from '../../app/oidc';
import { signInConfigOrError } from '../../app/sign-in-config';
import { ErrorState, Loading } from '../../ui/Status';
import { useFinishSignIn } from './useFinishSignIn';

/**
 * The provider sends the browser back here with an authorization code: exchange it (with the PKCE
 * verifier), then open the page the person was on their way to (carried in the OIDC state).
 */
export default function SignInCallbackRoute() {
  const config = use(signInConfigOrError());
  const finishSignIn = useFinishSignIn();
  const [failure, setFailure] = useState<Error | null>(null);
  const oidc = config instanceof Error ? null : config.oidc;

  useEffect(() => {
    if (!oidc) return;
    let current = true;
    completeSignIn(oidc)
      .then(({ user, returnTo }) => finishSignIn(user.access_token, returnTo, () => current))
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error : new Error(String(error)));
      });
    return () => {
      current = false;
    };
  }, [oidc, finishSignIn]);

  const problem = config instanceof Error ? config : !oidc ? new Error('No identity provider is configured.') : failure;
  if (!problem) return <Loading />;
  return (
    <>
      <h1>
        <FormattedMessage id="signIn.failed" />
      </h1>
      <ErrorState error={problem} />
      <p>
        <Link to="/sign-in">
          <FormattedMessage id="signIn.again" />
        </Link>
      </p>
    </>
  );
}
