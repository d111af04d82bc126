import {
  EmailProperty,
  FNProperty,
  IMPPProperty,
  IntegerType,
  LangProperty,
  LanguageTagType,
  NoteProperty,
  PrefParameter,
  TelProperty,
  TextType,
  TitleProperty,
  TypeParameter,
  TzProperty,
  UIDProperty,
  URIType,
  URLProperty,
  ParameterValueType,
  VCARD,
} from 'vcard4';
import { ChannelKind } from '@ecw/domain';
import { type ContactPointEntity, type StoredChannel } from './contact-point.entity.js';

type CardProperty = ConstructorParameters<typeof VCARD>[0][number];

/** PREF=1 on the preferred channel, so a phone book offers it first. */
const prefOf = (channel: StoredChannel) => (channel.preferred ? [new PrefParameter(new IntegerType(1))] : []);

/** Messaging apps as the links they publish for a number or handle (IMPP takes a URI). */
function messengerUri(channel: StoredChannel): string {
  switch (channel.kind) {
    case ChannelKind.SIGNAL:
      return `https://signal.me/#p/${channel.value}`;
    case ChannelKind.WHATSAPP:
      return `https://wa.me/${channel.value.replace(/^\+/, '')}`;
    default:
      return `https://t.me/${channel.value.replace(/^@/, '')}`;
  }
}

function channelProperty(channel: StoredChannel): CardProperty {
  switch (channel.kind) {
    case ChannelKind.PHONE:
      return new TelProperty(
        [new TypeParameter('TelProperty', new ParameterValueType('voice')), ...prefOf(channel)],
        new URIType(`tel:${channel.value}`),
      );
    case ChannelKind.SMS:
      return new TelProperty(
        [new TypeParameter('TelProperty', new ParameterValueType('text')), ...prefOf(channel)],
        new URIType(`tel:${channel.value}`),
      );
    case ChannelKind.EMAIL:
      return new EmailProperty(prefOf(channel), new TextType(channel.value));
    case ChannelKind.SIGNAL:
    case ChannelKind.WHATSAPP:
    case ChannelKind.TELEGRAM:
      return new IMPPProperty(prefOf(channel), new URIType(messengerUri(channel)));
    case ChannelKind.SECURE_PORTAL:
      return new URLProperty(prefOf(channel), new URIType(channel.value));
    default:
      return new NoteProperty([], new TextType(`${channel.kind}: ${channel.value}`));
  }
}

/** One contact point as a vCard 4.0 (RFC 6350): only the contract's fields, nothing else about the person. */
export function toVCard(contact: ContactPointEntity): string {
  const properties: CardProperty[] = [
    new FNProperty([], new TextType(contact.name)),
    new UIDProperty([], new URIType(`urn:uuid:${contact.id}`)),
  ];
  if (contact.title) properties.push(new TitleProperty([], new TextType(contact.title)));
  properties.push(...contact.channels.map(channelProperty));
  contact.languages.forEach((language, index) =>
    properties.push(
      new LangProperty([new PrefParameter(new IntegerType(index + 1))], new LanguageTagType(language)),
    ),
  );
  if (contact.timeZone) properties.push(new TzProperty([], new TextType(contact.timeZone)));
  if (contact.availability) properties.push(new NoteProperty([], new TextType(contact.availability)));
  return new VCARD(properties).repr();
}
