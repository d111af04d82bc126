import { describe, expect, it } from '@jest/globals';
import { saveStateOf } from './save-state';

describe('saveStateOf', () => {
  it('says Saved only once connected, synced and with nothing unacknowledged', () => {
    expect(saveStateOf({ status: 'connected', synced: true, unsynced: 0 })).toBe('saved');
    expect(saveStateOf({ status: 'connected', synced: true, unsynced: 2 })).toBe('saving');
  });

  it('says Offline whenever the socket is down, edits waiting or not', () => {
    expect(saveStateOf({ status: 'disconnected', synced: true, unsynced: 3 })).toBe('offline');
    expect(saveStateOf({ status: 'disconnected', synced: false, unsynced: 0 })).toBe('offline');
  });

  it('is connecting until the first exchange with the server is done', () => {
    expect(saveStateOf({ status: 'connecting', synced: false, unsynced: 0 })).toBe('connecting');
    expect(saveStateOf({ status: 'connected', synced: false, unsynced: 0 })).toBe('connecting');
  });

  it('reports local edits made before the first sync as saving, not saved', () => {
    expect(saveStateOf({ status: 'connecting', synced: false, unsynced: 1 })).toBe('saving');
  });
});
