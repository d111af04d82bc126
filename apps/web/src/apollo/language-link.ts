import { ApolloLink } from '@apollo/client';

/**
 * Sends the UI language with every request, so error messages for someone who is not
 * signed in yet (sign-in, sign-up, password reset) come back in the language on screen.
 * Signed-in requests are answered in the profile's locale, which the UI follows anyway.
 */
export function createLanguageLink(currentLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': currentLanguage() },
    }));
    return forward(operation);
  });
}
