import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { updateContactPointMutation } from '../graphql/update-contact-point.mutation';
import { contactFormValues, contactInput } from '../model/contact-form';
import { ContactFields } from './ContactFields';

/** Every field the form edits: it starts from them, and sends them all back. */
const EditContactFormFragment = graphql(`
  fragment EditContactForm_contact on ContactPoint {
    id
    name
    title
    escalationTier
    availability
    languages
    timeZone
    validFrom
    validUntil
    channels {
      kind
      value
      preferred
    }
  }
`);

/** Edits a contact of the viewer's own side, prefilled; an emptied optional field is cleared. */
export function EditContactForm({
  onDone,
  ...props
}: {
  contact: FragmentType<typeof EditContactFormFragment>;
  onDone: () => void;
}) {
  const contact = getFragmentData(EditContactFormFragment, props.contact);
  const { t } = useTranslation('planning');
  // Returns the card's fields, so the card (and its history) updates from the cache.
  const [update, { loading, error }] = useMutation(updateContactPointMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: contactFormValues(contact) },
    problem,
  );

  const submit = async (values: typeof form.values) => {
    const result = await settleMutation(
      update({ variables: { input: { id: contact.id, ...contactInput(values) } } }),
    );
    if (result?.data) onDone();
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={t('planning.edit.title', { name: contact.name })}
    >
      <Stack gap="xs">
        <ProblemAlert problem={problem} formFields={placedFields} />
        <ContactFields form={form} inputProps={inputProps} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('planning.edit.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('planning.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
