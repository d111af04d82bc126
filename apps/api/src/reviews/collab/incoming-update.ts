import * as decoding from 'lib0/decoding';
import { MessageType } from '@hocuspocus/server';

/** y-protocols' sync message kinds (inside a Hocuspocus Sync message). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a raw Hocuspocus message carries, or null when it carries none (awareness, auth,
 * sync step 1, stateless...). Decoded the way Hocuspocus' MessageReceiver reads it, so what we store
 * is exactly what it then applies.
 */
export function yjsUpdateOf(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // the document name
  const type = decoding.readVarUint(decoder);
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** An update with no structs and no deletions (what a client with nothing new sends in sync step 2). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2;
}
