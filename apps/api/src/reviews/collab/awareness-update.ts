import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '@hocuspocus/server';

/** One client's entry in a y-protocols awareness update; `state` null means the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** The awareness update a raw Hocuspocus message carries, decoded; null for any other message. */
export function awarenessEntriesOf(message: Uint8Array): AwarenessEntry[] | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // the document name
  if (decoding.readVarUint(decoder) !== MessageType.Awareness) return null;
  // The layout of y-protocols' encodeAwarenessUpdate: a count, then (client id, clock, JSON state).
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const entries: AwarenessEntry[] = [];
  for (let count = decoding.readVarUint(update); count > 0; count -= 1) {
    const clientId = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(update)) as unknown });
  }
  return entries;
}

/** `entries` as y-protocols' `applyAwarenessUpdate` reads them. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
