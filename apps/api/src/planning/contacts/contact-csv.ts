import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ChannelKind } from '@ecw/domain';
import { type ContactPointEntity } from './contact-point.entity.js';

/** The columns of export and import, in this order; channel columns hold `;`-separated values. */
const CSV_COLUMNS = [
  'name',
  'title',
  'escalationTier',
  'preferred',
  'email',
  'phone',
  'sms',
  'signal',
  'whatsapp',
  'telegram',
  'securePortal',
  'other',
  'languages',
  'timeZone',
  'availability',
  'validFrom',
  'validUntil',
] as const;

const CHANNEL_COLUMNS: Record<ChannelKind, (typeof CSV_COLUMNS)[number]> = {
  [ChannelKind.EMAIL]: 'email',
  [ChannelKind.PHONE]: 'phone',
  [ChannelKind.SMS]: 'sms',
  [ChannelKind.SIGNAL]: 'signal',
  [ChannelKind.WHATSAPP]: 'whatsapp',
  [ChannelKind.TELEGRAM]: 'telegram',
  [ChannelKind.SECURE_PORTAL]: 'securePortal',
  [ChannelKind.OTHER]: 'other',
};

/** Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes a spreadsheet show the cell as text; import removes it again. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Contacts as CSV, every cell safe to open in a spreadsheet. */
export function toCsv(contacts: readonly ContactPointEntity[]): string {
  const rows = contacts.map((contact) => {
    const byColumn: Record<string, string> = {
      name: contact.name,
      title: contact.title ?? '',
      escalationTier: contact.escalationTier,
      preferred: contact.channels.find((channel) => channel.preferred)?.kind ?? '',
      languages: contact.languages.join(' '),
      timeZone: contact.timeZone ?? '',
      availability: contact.availability ?? '',
      validFrom: contact.validFrom ?? '',
      validUntil: contact.validUntil ?? '',
    };
    for (const channel of contact.channels) {
      const column = CHANNEL_COLUMNS[channel.kind];
      byColumn[column] = byColumn[column] ? `${byColumn[column]};${channel.value}` : channel.value;
    }
    return CSV_COLUMNS.map((column) => neutraliseFormula(byColumn[column] ?? ''));
  });
  return stringify([[...CSV_COLUMNS], ...rows]);
}

/** One CSV row as the fields of addContactPoint (unchecked: the same rules as a hand entry judge it). */
export interface CsvContact {
  name: string;
  title: string | null;
  escalationTier: string;
  channels: { kind: ChannelKind; value: string; preferred: boolean }[];
  languages: string[];
  timeZone: string | null;
  availability: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** Rows by header name; unknown columns are ignored, missing ones are empty. Throws on malformed CSV. */
export function fromCsv(text: string, maxRows: number): CsvContact[] {
  const records = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    to: maxRows + 1,
  }) as Record<string, string | undefined>[];
  return records.map((record) => {
    const cell = (column: (typeof CSV_COLUMNS)[number]) => restoreCell(record[column] ?? '');
    const preferred = cell('preferred').toUpperCase();
    const channels = (
      Object.entries(CHANNEL_COLUMNS) as [ChannelKind, (typeof CSV_COLUMNS)[number]][]
    ).flatMap(([kind, column]) =>
      cell(column)
        .split(';')
        .map((value) => value.trim())
        .filter((value) => value.length > 0)
        .map((value) => ({ kind, value, preferred: false })),
    );
    const first = channels.find((channel) => channel.kind === preferred);
    if (first) first.preferred = true;
    const optional = (column: (typeof CSV_COLUMNS)[number]) => cell(column) || null;
    return {
      name: cell('name'),
      title: optional('title'),
      escalationTier: cell('escalationTier').toUpperCase(),
      channels,
      languages: cell('languages')
        .split(/[\s,;]+/)
        .filter(Boolean),
      timeZone: optional('timeZone'),
      availability: optional('availability'),
      validFrom: optional('validFrom'),
      validUntil: optional('validUntil'),
    };
  });
}
