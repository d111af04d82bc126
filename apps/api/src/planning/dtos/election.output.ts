import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { dateIn, electionPhase } from '@ecw/domain';
import { connectionOf } from '../../core/graphql/connection.js';
import { type ElectionEntity } from '../elections/election.entity.js';
import { ElectionPhase, ElectionType } from './planning-enums.js';

/**
 * An election as every signed-in account sees it (the public calendar). `authority`, `milestones`,
 * `blackoutWindows` and `engagements` are resolved fields; `authorityOrganizationId` is carried for
 * them and is not part of the GraphQL type.
 */
@ObjectType('Election')
export class ElectionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2' }) countryCode!: string;
  @Field(() => ElectionType) type!: ElectionType;
  @Field(() => GraphQLLocalDate) electionDay!: string;
  @Field(() => String, { description: 'IANA time zone the dates are in' }) timeZone!: string;
  @Field(() => ElectionPhase, {
    description: 'Computed from the milestones and today in the election’s time zone',
  })
  phase!: ElectionPhase;
  authorityOrganizationId!: string | null;
}

export const ElectionConnection = connectionOf(ElectionOutput, 'Election');
export type ElectionConnection = InstanceType<typeof ElectionConnection>;

/** `now` decides the phase: today is the calendar date at `now` in the election's own time zone. */
export function toElectionOutput(election: ElectionEntity, now: Date): ElectionOutput {
  const today = dateIn(election.timeZone, now);
  return {
    id: election.id,
    name: election.name,
    countryCode: election.countryCode,
    type: election.type,
    electionDay: election.electionDay,
    timeZone: election.timeZone,
    phase: electionPhase({ startsOn: election.periodStartsOn, endsOn: election.periodEndsOn }, today),
    authorityOrganizationId: election.authorityOrganizationId,
  };
}
