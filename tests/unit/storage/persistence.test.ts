import { describe, expect, test } from 'vitest';
import { persistenceState, requestPersistence } from '../../../app/storage/persistence.ts';
import type { PersistenceManager } from '../../../app/storage/persistence.ts';

/** A stand-in for navigator.storage that records whether persist() was asked. */
function manager(persisted: boolean | 'throws', grants: boolean | 'throws') {
  const calls: string[] = [];
  const answer = (value: boolean | 'throws') => () => {
    if (value === 'throws') return Promise.reject(new Error('denied'));
    return Promise.resolve(value);
  };
  const stub: PersistenceManager = {
    persisted: () => {
      calls.push('persisted');
      return answer(persisted)();
    },
    persist: () => {
      calls.push('persist');
      return answer(grants)();
    },
  };
  return { stub, calls };
}

describe('requestPersistence', () => {
  test.each<[string, boolean | 'throws', boolean | 'throws', string, string[]]>([
    ['already persisted', true, false, 'persisted', ['persisted']],
    ['granted', false, true, 'persisted', ['persisted', 'persist']],
    ['refused', false, false, 'not-persisted', ['persisted', 'persist']],
    ['throws', false, 'throws', 'unsupported', ['persisted', 'persist']],
  ])('%s → %s', async (_name, persisted, grants, expected, calls) => {
    const fake = manager(persisted, grants);
    expect(await requestPersistence(fake.stub)).toBe(expected);
    expect(fake.calls).toEqual(calls);
  });

  test('no navigator.storage → unsupported', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
  });
});

describe('persistenceState', () => {
  test.each<[boolean | 'throws', string]>([
    [true, 'persisted'],
    [false, 'not-persisted'],
    ['throws', 'unsupported'],
  ])('persisted() → %s gives %s, without asking', async (persisted, expected) => {
    const fake = manager(persisted, true);
    expect(await persistenceState(fake.stub)).toBe(expected);
    expect(fake.calls).toEqual(['persisted']);
  });

  test('no navigator.storage → unsupported', async () => {
    expect(await persistenceState(undefined)).toBe('unsupported');
  });
});
