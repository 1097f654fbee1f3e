import { describe, expect, test } from 'vitest';
import {
  quoteCmd,
  quoteFor,
  quotePosix,
  quotePowerShell,
} from '../../../../app/core/commands/index.ts';

describe('quotePosix', () => {
  test.each([
    ['localhost', 'localhost'],
    ['8080', '8080'],
    ['::1', '::1'],
    ['[::1]', "'[::1]'"],
    ['', "''"],
    ['a b', "'a b'"],
    ['$(id)', "'$(id)'"],
    ["it's", "'it'\\''s'"],
    ['~root', "'~root'"],
    ['*', "'*'"],
  ])('%j → %s', (value, expected) => {
    expect(quotePosix(value)).toBe(expected);
  });

  test('refuses NUL, which no shell word can hold', () => {
    expect(() => quotePosix('a\0b')).toThrow(TypeError);
  });
});

describe('quoteCmd', () => {
  test.each([
    ['localhost', 'localhost'],
    ['8080', '8080'],
    ['::1', '::1'],
    ['a b', '"a b"'],
    ['a&b', '"a&b"'],
    ['a|b', '"a|b"'],
    ['a^b', '"a^b"'],
    ['a>b', '"a>b"'],
  ])('%j → %s', (value, expected) => {
    expect(quoteCmd(value)).toBe(expected);
  });

  test.each(['a"b', '%PATH%', '!x!', 'a\nb', 'a\rb', 'a\0b'])(
    'refuses %j, which cmd expands even inside quotes',
    (value) => {
      expect(() => quoteCmd(value)).toThrow(TypeError);
    },
  );
});

describe('quotePowerShell', () => {
  test.each([
    ['localhost', 'localhost'],
    ['example.com', 'example.com'],
    ['8080', '8080'],
    ['127.0.0.1', '127.0.0.1'],
    ['::1', "'::1'"],
    ['1kb', "'1kb'"],
    ['0x10', "'0x10'"],
    ['1e3', "'1e3'"],
    ['a b', "'a b'"],
    ['$env:PATH', "'$env:PATH'"],
    ["it's", "'it''s'"],
    ['it\u2019s', "'it\u2019\u2019s'"],
    ['`n', "'`n'"],
  ])('%j → %s', (value, expected) => {
    expect(quotePowerShell(value)).toBe(expected);
  });
});

describe('quoteFor', () => {
  test.each([
    ['sh', quotePosix],
    ['cmd', quoteCmd],
    ['powershell', quotePowerShell],
  ] as const)('%s', (shell, fn) => {
    expect(quoteFor(shell)).toBe(fn);
  });
});
