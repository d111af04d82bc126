import { useSearchParams } from 'react-router';
import { safeReturnPath } from '../return-path';

/** The in-app path the visitor was on before being asked to sign in. */
export function useReturnPath(): string {
  const [params] = useSearchParams();
  return safeReturnPath(params.get('next'));
}
