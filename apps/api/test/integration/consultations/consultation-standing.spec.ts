import { ConsultationStanding, MembershipRole } from '@ecw/domain';
import {
  ConsultationFactory,
  consultationCast,
  openConsultation,
  type ConsultationCast,
} from '../../factories/consultation.factory.js';
import { signUpPerson } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { type TestClient } from '../../support/test-client.js';

const LIST = `query ($filter: ConsultationFilter) {
  consultations(first: 50, filter: $filter) { totalCount edges { node { id } } } }`;

interface Listed {
  consultations: { totalCount: number; edges: { node: { id: string } }[] };
}

describe('consultations: the list by the viewer’s standing (convening, invited, both)', () => {
  let t: TestApi;
  let cast: ConsultationCast;

  beforeAll(async () => {
    t = await startTestApi();
    cast = await consultationCast(t, await signUpPerson(t));
  });
  afterAll(() => t.close());

  const member = (team: keyof ConsultationCast) => cast[team].withRole(MembershipRole.MEMBER).client;
  const listed = async (client: TestClient, standing: ConsultationStanding | null) => {
    const { consultations } = await client.ok<Listed>(LIST, { filter: standing ? { standing } : null });
    expect(consultations.totalCount).toBe(consultations.edges.length);
    return consultations.edges.map(({ node }) => node.id).sort();
  };

  it('splits what each organisation’s members convene from what they are invited to, and widens nobody’s scope', async () => {
    // The convenor convenes `ours` (alpha and beta invited); alpha convenes `theirs` and invites the convenor.
    const ours = await openConsultation(cast);
    const theirs = await ConsultationFactory.create().createBy(member('alpha'), cast.alpha.organization.id);
    await member('alpha').ok(
      `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
      { id: theirs.id, ids: [cast.convenor.organization.id] },
    );

    const convenor = member('convenor');
    expect(await listed(convenor, null)).toEqual([ours.id, theirs.id].sort());
    expect(await listed(convenor, ConsultationStanding.CONVENING)).toEqual([ours.id]);
    expect(await listed(convenor, ConsultationStanding.INVITED)).toEqual([theirs.id]);

    // A VIEWER is a member too: standing follows membership, not role.
    const alphaViewer = cast.alpha.withRole(MembershipRole.VIEWER).client;
    expect(await listed(alphaViewer, ConsultationStanding.CONVENING)).toEqual([theirs.id]);
    expect(await listed(alphaViewer, ConsultationStanding.INVITED)).toEqual([ours.id]);

    // beta is invited to `ours` only, and convenes nothing; `theirs` stays out of its sight either way.
    expect(await listed(member('beta'), ConsultationStanding.CONVENING)).toEqual([]);
    expect(await listed(member('beta'), ConsultationStanding.INVITED)).toEqual([ours.id]);

    // Someone in no organisation finds nothing under any standing.
    const outsider = (await signUpPerson(t)).client;
    expect(await listed(outsider, ConsultationStanding.CONVENING)).toEqual([]);
    expect(await listed(outsider, ConsultationStanding.INVITED)).toEqual([]);
  });
});
