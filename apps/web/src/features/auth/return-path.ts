import { toInAppPath } from '../../routing/in-app-path';

/** Where to go after signing in: the page that asked for it, or home. */
export function safeReturnPath(next: string | null): string {
  return toInAppPath(next) ?? '/';
}

export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

export function signUpPath(next: string): string {
  return `/sign-up?next=${encodeURIComponent(next)}`;
}
