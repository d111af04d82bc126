import { useMutation } from '@apollo/client/react';
import { CONTACT_IMPORT_LIMITS } from '@ecw/domain';
import { Alert, Button, FileButton, Group, List, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ImportContactPointsMutation } from '../../../gql/graphql';
import { importContactPointsMutation } from '../graphql/import-contact-points.mutation';

type Preview = ImportContactPointsMutation['importContactPoints'];

/**
 * CSV import for the viewer's own side: a preview lists every row with its problems, and the import
 * saves all rows or none (the server refuses a file with any bad row). Imported contacts start Unverified.
 */
export function ImportContactsPanel({
  relationshipId,
  organizationId,
}: {
  relationshipId: string;
  organizationId: string;
}) {
  const { t } = useTranslation('planning');
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [run, { loading, error }] = useMutation(importContactPointsMutation);

  const send = async (commit: boolean) => {
    const result = await settleMutation(
      run({ variables: { input: { relationshipId, organizationId, csv, commit } } }),
    );
    const answer = result?.data?.importContactPoints;
    if (!answer) return;
    if (commit && answer.valid) {
      setImported(answer.imported);
      setPreview(null);
      setCsv('');
    } else {
      setImported(null);
      setPreview(answer);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`import-${organizationId}`}>
      <Title order={3} id={`import-${organizationId}`}>
        {t('planning.import.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('planning.import.hint')}
      </Text>
      <ProblemAlert problem={readGraphQLProblem(error)} />
      <FileButton
        accept=".csv,text/csv"
        onChange={(file) =>
          void file?.text().then((text) => {
            setCsv(text);
            setPreview(null);
          })
        }
      >
        {(props) => (
          <Button variant="default" {...props}>
            {t('planning.import.chooseFile')}
          </Button>
        )}
      </FileButton>
      <Textarea
        label={t('planning.import.csv')}
        dir="ltr"
        autosize
        minRows={3}
        maxRows={10}
        maxLength={CONTACT_IMPORT_LIMITS.textMax}
        value={csv}
        onChange={(e) => {
          setCsv(e.currentTarget.value);
          setPreview(null);
        }}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <Button variant="light" disabled={!csv.trim()} loading={loading} onClick={() => void send(false)}>
          {t('planning.import.preview')}
        </Button>
        {preview?.valid && (
          <Button loading={loading} onClick={() => void send(true)}>
            {t('planning.import.commit', { count: preview.rows.length })}
          </Button>
        )}
      </Group>
      {imported !== null && <Alert color="teal">{t('planning.import.done', { count: imported })}</Alert>}
      {preview && !preview.valid && <Alert color="red">{t('planning.import.invalid')}</Alert>}
      {preview && (
        <Table.ScrollContainer minWidth={320}>
          <Table data-testid="import-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planning.import.line')}</Table.Th>
                <Table.Th>{t('planning.fields.name')}</Table.Th>
                <Table.Th>{t('planning.import.problems')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>
                    {row.problems.length === 0 ? (
                      t('planning.import.rowOk')
                    ) : (
                      <List size="sm" c="red.8">
                        {row.problems.map((problem) => (
                          <List.Item key={`${problem.field}:${problem.message}`}>
                            <span dir="ltr">{problem.field}</span>: {problem.message}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
