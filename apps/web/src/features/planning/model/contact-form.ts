import { ChannelKind, EscalationTier } from '@ecw/domain';
import type {
  ChannelKind as ChannelKindValue,
  EscalationTier as EscalationTierValue,
} from '../../../gql/graphql';

interface ContactChannelValues {
  kind: ChannelKindValue;
  value: string;
  preferred: boolean;
}

/**
 * What the add and edit forms hold, shaped like the mutations' inputs so the server's field paths
 * (`channels.1.value`, `languages.0`, `validUntil`) land on the inputs that show them.
 */
export interface ContactFormValues {
  name: string;
  title: string;
  escalationTier: EscalationTierValue;
  availability: string;
  languages: string[];
  timeZone: string;
  validFrom: string;
  validUntil: string;
  channels: ContactChannelValues[];
}

/** The fields of a saved contact the edit form starts from. */
interface SavedContact {
  name: string;
  title: string | null;
  escalationTier: EscalationTierValue;
  availability: string | null;
  languages: readonly string[];
  timeZone: string | null;
  validFrom: string | null;
  validUntil: string | null;
  channels: readonly ContactChannelValues[];
}

export const NEW_CONTACT: ContactFormValues = {
  name: '',
  title: '',
  escalationTier: EscalationTier.URGENT,
  availability: '',
  languages: [],
  timeZone: '',
  validFrom: '',
  validUntil: '',
  channels: [{ kind: ChannelKind.EMAIL, value: '', preferred: true }],
};

export function contactFormValues(contact: SavedContact): ContactFormValues {
  return {
    name: contact.name,
    title: contact.title ?? '',
    escalationTier: contact.escalationTier,
    availability: contact.availability ?? '',
    languages: [...contact.languages],
    timeZone: contact.timeZone ?? '',
    validFrom: contact.validFrom ?? '',
    validUntil: contact.validUntil ?? '',
    channels: contact.channels.map(({ kind, value, preferred }) => ({ kind, value, preferred })),
  };
}

/** The fields both mutations take: an emptied optional field is sent as null, which clears it. */
export function contactInput(values: ContactFormValues) {
  return {
    name: values.name,
    title: values.title || null,
    escalationTier: values.escalationTier,
    availability: values.availability || null,
    languages: values.languages,
    timeZone: values.timeZone.trim() || null,
    validFrom: values.validFrom || null,
    validUntil: values.validUntil || null,
    channels: values.channels,
  };
}

/** The channels with the one at `index` preferred and no other. */
export function preferChannel(channels: readonly ContactChannelValues[], index: number) {
  return channels.map((channel, at) => ({ ...channel, preferred: at === index }));
}

/** The channels without the one at `index`; removing the preferred one hands the preference to the first left. */
export function withoutChannel(channels: readonly ContactChannelValues[], index: number) {
  const rest = channels.filter((_, at) => at !== index);
  return rest.some((channel) => channel.preferred) ? rest : preferChannel(rest, 0);
}
