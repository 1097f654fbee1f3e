import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  catalogue,
  checkHost,
  quoteFor,
  renderCommand,
} from '../../../../app/core/commands/index.ts';
import type { CommandSpec } from '../../../../app/core/commands/index.ts';

// Characters that mean something to sh, cmd or PowerShell.
const metacharacters = [...';&|<>()$`\'"\\*?[]{}~#!%^,=@+\n\r\t \0'];

const hostLike = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV6().map((address) => `[${address}]`),
  fc.constantFrom('localhost', '::1', '[::1]', '127.0.0.1', '1kb', '0x10'),
);

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(...metacharacters, 'a', '1', '.', '-', ':', 'а', '１', '\u200b'),
    maxLength: 30,
  }),
  fc
    .tuple(hostLike, fc.constantFrom(...metacharacters), fc.string({ maxLength: 10 }))
    .map((parts) => parts.join('')),
  fc
    .tuple(fc.string({ maxLength: 5 }), fc.constantFrom(...metacharacters), hostLike)
    .map((parts) => parts.join('')),
);

const inputs = fc.oneof(hostLike, hostile);

const withHost = catalogue.filter((spec) => spec.template.includes('{{host}}'));
const withoutHost = catalogue.filter((spec) => !spec.template.includes('{{host}}'));

// The rendering with a known-safe host of the same kind (the IPv6 and name templates differ from
// the IPv4 one; the name template names the host twice).
function knownHost(kind: 'ipv4' | 'ipv6' | 'name'): string {
  return kind === 'ipv6' ? '::1' : kind === 'ipv4' ? '192.0.2.1' : 'localhost';
}

function refusedEverywhere(input: string): boolean {
  return withHost.every((spec) => {
    try {
      renderCommand(spec, { port: 8080, protocol: spec.protocols[0] ?? 'tcp', host: input });
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
}

// True when the only text that differs from the safe rendering is the validated host, quoted
// for the spec's shell, and made only of letters, digits, '.', '-' and ':'.
function insertsOnlySafeText(
  spec: CommandSpec,
  input: string,
  host: string,
  kind: 'ipv4' | 'ipv6' | 'name',
): boolean {
  const render = (value: string) =>
    renderCommand(spec, { port: 8080, protocol: spec.protocols[0] ?? 'tcp', host: value });
  const quote = quoteFor(spec.shell);
  const known = knownHost(kind);
  const expected = render(known).split(quote(known)).join(quote(host));
  const inserted = quote(host);
  const unquoted =
    spec.shell === 'powershell' && inserted.startsWith("'") ? inserted.slice(1, -1) : inserted;
  return render(input) === expected && unquoted === host && /^[A-Za-z0-9.:-]+$/.test(host);
}

describe('no generated command carries a metacharacter from the Host field', () => {
  test('every host-taking command, every shell, 10,000 generated inputs', () => {
    expect(new Set(withHost.map((spec) => spec.shell))).toEqual(
      new Set(['sh', 'powershell', 'cmd']),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const checked = checkHost(input);
        if (!checked.ok) return refusedEverywhere(input);
        return withHost.every((spec) =>
          insertsOnlySafeText(spec, input, checked.host, checked.kind),
        );
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('commands without a host ignore the Host field entirely', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        for (const spec of withoutHost) {
          const base = { port: 8080, protocol: spec.protocols[0] ?? 'tcp', pid: 4242 } as const;
          expect(renderCommand(spec, { ...base, host: input })).toBe(renderCommand(spec, base));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a hostile host is refused before it reaches any command', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          hostLike,
          fc.constantFrom(...metacharacters.filter((char) => char !== '[' && char !== ']')),
        ),
        ([host, char]) => {
          expect(checkHost(`${host}${char}x`).ok).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
