import { describe, expect, it } from '@jest/globals';
import { saveStateOf } from './save-state';

describe('saveStateOf', () => {
  it('says Saved only once connected, synced and with nothing unacknowledged', () => {
    expect(saveStateOf({ status: 'connected', synced: true, unsynced: 0, everSynced: true })).toBe('saved');
    expect(saveStateOf({ status: 'connected', synced: true, unsynced: 2, everSynced: true })).toBe('saving');
  });

  it('says Offline whenever the socket is down, edits waiting or not', () => {
    expect(saveStateOf({ status: 'disconnected', synced: true, unsynced: 3, everSynced: true })).toBe(
      'offline',
    );
    expect(saveStateOf({ status: 'disconnected', synced: false, unsynced: 0, everSynced: false })).toBe(
      'offline',
    );
  });

  it('says Offline while the provider retries after having been connected', () => {
    expect(saveStateOf({ status: 'connecting', synced: false, unsynced: 2, everSynced: true })).toBe(
      'offline',
    );
    expect(saveStateOf({ status: 'connected', synced: false, unsynced: 2, everSynced: true })).toBe('saving');
  });

  it('is connecting until the first exchange with the server is done', () => {
    expect(saveStateOf({ status: 'connecting', synced: false, unsynced: 0, everSynced: false })).toBe(
      'connecting',
    );
    expect(saveStateOf({ status: 'connected', synced: false, unsynced: 0, everSynced: false })).toBe(
      'connecting',
    );
  });

  it('reports local edits made before the first sync as saving, not saved', () => {
    expect(saveStateOf({ status: 'connecting', synced: false, unsynced: 1, everSynced: false })).toBe(
      'saving',
    );
  });
});
