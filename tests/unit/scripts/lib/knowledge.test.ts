import { describe, expect, test } from 'vitest';
import { buildKnowledge } from '../../../../scripts/lib/knowledge.js';

const source = { source: 'https://example.org/doc', sourceTitle: 'Example documentation' };
const base = {
  extras: { source: 'https://www.iana.org/', aliases: {}, references: {}, ranges: [] },
  services: [],
  unofficial: [],
  security: [],
  blocked: { ports: [1], source: 'https://fetch.spec.whatwg.org/', sourceTitle: 'Fetch' },
};
const portNumbers: Record<string, [string, string]> = { '6443/tcp': ['sun-sr-https', 'Service'] };
const build = (curated: object) => buildKnowledge(portNumbers, '1.0.0', { ...base, ...curated });

describe('buildKnowledge: display names and search aliases', () => {
  test('writes display names by port and the aliases search needs, without their sources', () => {
    const data = build({
      display: [
        { port: 6443, name: 'Kubernetes API server', ...source },
        { port: 3000, name: 'development servers', ...source },
      ],
      aliases: {
        words: [{ alias: 'k8s', means: 'kubernetes', ...source }],
        ports: [{ port: 6443, name: 'kube-apiserver', ...source }],
      },
      popular: { ports: [{ port: 22, label: 'SSH' }] },
    });
    expect(data.display).toEqual([
      [3000, 'development servers', source.source, source.sourceTitle],
      [6443, 'Kubernetes API server', source.source, source.sourceTitle],
    ]);
    expect(data.wordAliases).toEqual([['k8s', 'kubernetes']]);
    expect(data.portAliases).toEqual([[6443, 'kube-apiserver']]);
    expect(data.popular).toEqual([22]);
  });

  test('without display names or aliases the lists are empty', () => {
    const data = build({});
    expect([data.display, data.wordAliases, data.portAliases, data.popular]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  test.each([
    [
      'a port with two display names',
      {
        display: [
          { port: 1, name: 'A', ...source },
          { port: 1, name: 'B', ...source },
        ],
      },
      /two display names/,
    ],
    [
      'a display name without a source',
      { display: [{ port: 1, name: 'A', source: 'http://x', sourceTitle: 'X' }] },
      /https URL/,
    ],
    [
      'a display name without a source title',
      { display: [{ port: 1, name: 'A', source: 'https://x' }] },
      /sourceTitle/,
    ],
    [
      'a long display name',
      { display: [{ port: 1, name: 'x'.repeat(51), ...source }] },
      /longer than 50/,
    ],
    ['an untrimmed display name', { display: [{ port: 1, name: ' A', ...source }] }, /untrimmed/],
    ['a bad port', { display: [{ port: 70000, name: 'A', ...source }] }, /bad port/],
    [
      'a word alias of two words',
      { aliases: { words: [{ alias: 'k 8s', means: 'kubernetes', ...source }], ports: [] } },
      /one lower-case word/,
    ],
    [
      'a word alias in capitals',
      { aliases: { words: [{ alias: 'K8s', means: 'kubernetes', ...source }], ports: [] } },
      /one lower-case word/,
    ],
    [
      'a word alias that means itself',
      { aliases: { words: [{ alias: 'pg', means: 'pg', ...source }], ports: [] } },
      /one other lower-case word/,
    ],
    [
      'a word alias listed twice',
      {
        aliases: {
          words: [
            { alias: 'pg', means: 'postgresql', ...source },
            { alias: 'pg', means: 'postgres', ...source },
          ],
          ports: [],
        },
      },
      /listed twice/,
    ],
    [
      'a word alias without a source',
      { aliases: { words: [{ alias: 'pg', means: 'postgresql' }], ports: [] } },
      /https URL/,
    ],
    [
      'a port alias without a name',
      { aliases: { words: [], ports: [{ port: 1, name: '', ...source }] } },
      /missing name/,
    ],
  ])('refuses %s', (_, curated, message) => {
    expect(() => build(curated)).toThrow(message);
  });
});
