import type { ApiClient } from './api-client.js';

export interface ConsultationScene {
  consultationId: string;
  briefId: string;
}

/**
 * A consultation with data on every screen, made by one person through the API: convened by
 * `convenorOrganizationId`, with a second organisation of theirs invited (so they may also write),
 * opened, and one submitted brief answering its question.
 */
export async function consultationScene(
  person: ApiClient,
  convenorOrganizationId: string,
): Promise<ConsultationScene> {
  const participantId = await person.createOrganization({
    name: 'Coast Election Monitors',
    kind: 'CIVIL_SOCIETY',
    countryCodes: ['KE'],
  });
  const { createConsultation } = await person.call<{
    createConsultation: { id: string; questions: { id: string }[] };
  }>(
    `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id questions { id } } }`,
    {
      input: {
        convenorOrganizationId,
        title: 'Kenya 2027: risks before the vote',
        description: 'Tell us what you see **before** election day.',
        countryCodes: ['KE'],
        attributionRule: 'CHATHAM_HOUSE',
        briefVisibility: 'CONVENOR_ONLY',
        questions: ['Which regions worry you most?'],
      },
    },
  );
  const consultationId = createConsultation.id;
  await person.call(
    `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
    { id: consultationId, ids: [participantId] },
  );
  await person.call(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, { id: consultationId });
  const { createBrief } = await person.call<{ createBrief: { id: string } }>(
    `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id } }`,
    {
      input: {
        consultationId,
        organizationId: participantId,
        title: 'Coordinated harassment of poll workers',
        summary: 'Poll workers in the north receive threats.',
        body: '## Evidence\n\nMessages in **Swahili**.',
        topics: ['HARASSMENT_OF_OFFICIALS'],
        riskLevel: 'HIGH',
        answers: [{ questionId: createConsultation.questions[0]?.id, text: 'The northern counties' }],
      },
    },
  );
  await person.call(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id: createBrief.id });
  return { consultationId, briefId: createBrief.id };
}
