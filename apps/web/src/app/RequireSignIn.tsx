import { Navigate, Outlet, useLocation } from 'react-router';
import { ProblemAlert } from '../errors/ProblemAlert';
import { readGraphQLProblem } from '../errors/graphql-problem';
import { signInPath } from '../features/auth/return-path';
import { PageLoader } from '../ui/PageLoader';
import { useViewer } from '../viewer/hooks/useViewer';

/** Screens below this route need an account; others are sent to sign in and brought back. */
export function RequireSignIn() {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();

  if (loading) return <PageLoader />;
  if (viewer) return <Outlet />;
  if (error) return <ProblemAlert problem={readGraphQLProblem(error)} />;
  return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
}
