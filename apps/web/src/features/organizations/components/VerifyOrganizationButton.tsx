import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { verifyOrganizationMutation } from '../graphql/verify-organization.mutation';

interface VerifyOrganizationButtonProps {
  organizationId: string;
  organizationName: string;
  verified: boolean;
}

/** Platform admins vouch for an organisation; the returned `verified` updates every view of it. */
export function VerifyOrganizationButton({
  organizationId,
  organizationName,
  verified,
}: VerifyOrganizationButtonProps) {
  const { t } = useTranslation('organizations');
  const { viewer } = useViewer();
  const [verify, { loading, error }] = useMutation(verifyOrganizationMutation);

  if (!viewer?.isPlatformAdmin || verified) return null;
  return (
    <>
      <Button
        size="xs"
        variant="outline"
        loading={loading}
        aria-label={t('organizations.verify.named', { name: organizationName })}
        onClick={() => void settleMutation(verify({ variables: { id: organizationId } }))}
      >
        {t('organizations.verify.button')}
      </Button>
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </>
  );
}
