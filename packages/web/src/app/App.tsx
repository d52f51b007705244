import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { Layout, useSession } from '../ui/Layout';
import { Loading } from '../ui/Status';
import type { SignInLocationState } from '../features/auth/SignInRoute';
import { createApolloClient } from './apollo';

// Routes load on demand: a submitter never downloads the charts.
const SignInRoute = lazy(() => import('../features/auth/SignInRoute'));
const SignInCallbackRoute = lazy(() => import('../features/auth/SignInCallbackRoute'));
const IntakeRoute = lazy(() => import('../features/intake/IntakeRoute'));
const MySubmissionsRoute = lazy(() => import('../features/intake/MySubmissionsRoute'));
const QueueRoute = lazy(() => import('../features/cases/QueueRoute'));
const CaseDetailRoute = lazy(() => import('../features/cases/CaseDetailRoute'));
const CasesRoute = lazy(() => import('../features/cases/CasesRoute'));
const DashboardRoute = lazy(() => import('../features/dashboard/DashboardRoute'));
const MeasuresRoute = lazy(() => import('../features/measures/MeasuresRoute'));
const MeasureDetailRoute = lazy(() => import('../features/measures/MeasureDetailRoute'));
const AnnualReportRoute = lazy(() => import('../features/reports/AnnualReportRoute'));
const SatisfactionRoute = lazy(() => import('../features/satisfaction/SatisfactionRoute'));
// Administration: one route per screen, each in its feature folder.
const MANAGE_ROUTES = [
  ['services', lazy(() => import('../features/catalog/ServicesRoute'))],
  ['complaint-types', lazy(() => import('../features/catalog/ComplaintTypesRoute'))],
  ['units', lazy(() => import('../features/people/UnitsRoute'))],
  ['people', lazy(() => import('../features/people/PeopleRoute'))],
  ['closure-days', lazy(() => import('../features/calendar/ClosureDaysRoute'))],
  ['settings', lazy(() => import('../features/settings/SettingsRoute'))],
  ['api-keys', lazy(() => import('../features/api-keys/ApiKeysRoute'))],
  ['import', lazy(() => import('../features/import/ImportRoute'))],
  ['messages', lazy(() => import('../features/outbox/OutboxRoute'))],
  ['mailbox', lazy(() => import('../features/outbox/MailboxRoute'))],
  ['trail', lazy(() => import('../features/trail/TrailRoute'))],
] as const;

const STAFF = ['MANAGEMENT', 'ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER'];

/** Sends people who are not signed in to the sign-in page, and submitters to the form. */
function Home() {
  const session = useSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (session.roles.some((r) => STAFF.includes(r))) return <DashboardRoute />;
  return <Navigate to="/submit" replace />;
}

/** Pages for signed-in people; a deep link opened signed out comes back here after sign-in. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const { pathname, search, hash } = useLocation();
  if (session) return <>{children}</>;
  const state: SignInLocationState = { returnTo: pathname + search + hash };
  return <Navigate to="/sign-in" replace state={state} />;
}

/** The whole app: Apollo, language, router and the page frame. */
export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider>
        <BrowserRouter>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<Home />} />
                <Route path="/sign-in" element={<SignInRoute />} />
                <Route path="/auth/callback" element={<SignInCallbackRoute />} />
                {/* The satisfaction link from an outcome message: its token is the authority, no sign-in. */}
                <Route path="/tevredenheid/:token" element={<SatisfactionRoute />} />
                <Route
                  path="/submit"
                  element={
                    <RequireSession>
                      <IntakeRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/mine"
                  element={
                    <RequireSession>
                      <MySubmissionsRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/queue"
                  element={
                    <RequireSession>
                      <QueueRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/cases"
                  element={
                    <RequireSession>
                      <CasesRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/cases/:id"
                  element={
                    <RequireSession>
                      <CaseDetailRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/measures"
                  element={
                    <RequireSession>
                      <MeasuresRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/measures/:id"
                  element={
                    <RequireSession>
                      <MeasureDetailRoute />
                    </RequireSession>
                  }
                />
                <Route
                  path="/annual-report"
                  element={
                    <RequireSession>
                      <AnnualReportRoute />
                    </RequireSession>
                  }
                />
                {MANAGE_ROUTES.map(([path, Screen]) => (
                  <Route
                    key={path}
                    path={`/manage/${path}`}
                    element={
                      <RequireSession>
                        <Screen />
                      </RequireSession>
                    }
                  />
                ))}
                <Route path="/manage" element={<Navigate to="/manage/services" replace />} />
                <Route path="*" element={<Navigate to="/" replace />} />
              </Routes>
            </Suspense>
          </Layout>
        </BrowserRouter>
      </LocaleProvider>
    </ApolloProvider>
  );
}
