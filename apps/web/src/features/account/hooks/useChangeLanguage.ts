import { useMutation } from '@apollo/client/react';
import type { SupportedLocale } from '@ecw/domain';
import { useCallback } from 'react';
import { settleMutation } from '../../../errors/settle-mutation';
import { shellLanguage } from '../../../i18n/shell-language';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { updateProfileMutation } from '../graphql/update-profile.mutation';

/** Switches the UI language and, when signed in, remembers it in the profile. */
export function useChangeLanguage(): (language: SupportedLocale) => Promise<void> {
  const { viewer } = useViewer();
  const [updateProfile] = useMutation(updateProfileMutation);
  const signedInLocale = viewer?.locale ?? null;

  return useCallback(
    async (language: SupportedLocale) => {
      await shellLanguage.change(language);
      if (signedInLocale !== null && signedInLocale !== language) {
        await settleMutation(updateProfile({ variables: { input: { locale: language } } }));
      }
    },
    [signedInLocale, updateProfile],
  );
}
