import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { addContactPointMutation } from '../graphql/add-contact-point.mutation';
import { NEW_CONTACT, contactInput } from '../model/contact-form';
import { addToRegistry } from '../model/registry-cache';
import { ContactFields } from './ContactFields';

/** A new contact on the viewer's own side, with all its fields and channels. */
export function AddContactForm({
  relationshipId,
  organizationId,
}: {
  relationshipId: string;
  organizationId: string;
}) {
  const { t } = useTranslation('planning');
  const [add, { loading, error }] = useMutation(addContactPointMutation, {
    update: (cache, { data }) => {
      if (data) addToRegistry(cache, relationshipId, data.addContactPoint.id);
    },
  });
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm({ initialValues: NEW_CONTACT }, problem);

  const submit = async (values: typeof form.values) => {
    const result = await settleMutation(
      add({ variables: { input: { relationshipId, organizationId, ...contactInput(values) } } }),
    );
    if (result?.data) form.reset();
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={t('planning.add.title')}
    >
      <Stack gap="xs">
        <ProblemAlert problem={problem} formFields={placedFields} />
        <ContactFields form={form} inputProps={inputProps} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('planning.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
