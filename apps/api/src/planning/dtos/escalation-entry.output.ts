import { Field, ObjectType } from '@nestjs/graphql';
import { type ContactPointEntity } from '../contacts/contact-point.entity.js';
import { ContactChannelOutput, ContactPointOutput, toContactPointOutput } from './contact-point.output.js';

/** One CRITICAL contact on the escalation view, with what a duty officer needs at a glance. */
@ObjectType('EscalationEntry')
export class EscalationEntryOutput {
  @Field(() => ContactPointOutput) contact!: ContactPointOutput;
  @Field(() => ContactChannelOutput) preferredChannel!: ContactChannelOutput;
  @Field(() => String, { description: 'The contact’s zone, else the election’s' }) contactTimeZone!: string;
  @Field(() => String, { description: 'Time now in the contact’s zone, HH:mm' }) contactLocalTime!: string;
  @Field(() => String) viewerTimeZone!: string;
  @Field(() => String, { description: 'Time now in the viewer’s zone, HH:mm' }) viewerLocalTime!: string;
}

const clock = (timeZone: string, now: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    now,
  );

export function toEscalationEntryOutput(
  contact: ContactPointEntity,
  staleAfterDays: number,
  zones: { election: string; viewer: string },
  now: Date,
): EscalationEntryOutput {
  const output = toContactPointOutput(contact, staleAfterDays, now);
  // Exactly one channel is preferred (the rules see to it); the first stands in for rows older than them.
  const preferredChannel = output.channels.find((channel) => channel.preferred) ?? output.channels[0];
  if (!preferredChannel) throw new Error(`contact ${contact.id} has no channel`);
  const contactTimeZone = contact.timeZone ?? zones.election;
  return {
    contact: output,
    preferredChannel,
    contactTimeZone,
    contactLocalTime: clock(contactTimeZone, now),
    viewerTimeZone: zones.viewer,
    viewerLocalTime: clock(zones.viewer, now),
  };
}
