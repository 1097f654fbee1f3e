import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inetAtonAddress } from '../../../../app/core/commands/numeric-host.ts';

/** What the WHATWG URL parser (Node's, as in browsers) makes of a host, or undefined if it fails. */
function urlHost(input: string): string | undefined {
  try {
    return new URL(`http://${input}/`).hostname;
  } catch {
    return undefined;
  }
}

describe('inetAtonAddress reads an address as the WHATWG URL parser does', () => {
  test.each([
    ['0x7f000001', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['10.0.1', '10.0.0.1'],
    ['0x', '0.0.0.0'],
    ['1.2.3.4', '1.2.3.4'],
  ])('%s → %s', (input, address) => {
    expect(inetAtonAddress(input)).toBe(address);
    expect(urlHost(input)).toBe(address);
  });

  test.each(['1e3', '08.0.0.1', '0x100.1', '4294967296', '1.2.3.4.5', '', 'a.1'])(
    '%s is no address',
    (input) => {
      expect(inetAtonAddress(input)).toBeUndefined();
    },
  );

  test('agrees with new URL() on 5,000 strings of digits, hex, x and dots', () => {
    const part = fc.string({
      unit: fc.constantFrom(...'0123456789abfxX'),
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const input = parts.join('.');
        const parsed = urlHost(input);
        const address = inetAtonAddress(input);
        if (address !== undefined) return parsed === address;
        return parsed === undefined || !/^[0-9.]+$/.test(parsed);
      }),
      { numRuns: 5_000 },
    );
  });
});
