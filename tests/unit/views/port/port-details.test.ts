/** "What this port is" for ports IANA reserves, rendered on the server as the page shows it. */
import { expect, test } from 'vitest';
import { render } from 'svelte/server';
import PortDetails from '../../../../app/views/port/PortDetails.svelte';
import { createKnowledge } from '../../../helpers/knowledge.ts';

const { knowledge } = createKnowledge();

const text = (port: number) =>
  render(PortDetails, { props: { info: knowledge.lookup(port) } })
    .body.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test.each([51, 230, 1015, 1109, 4324, 6567, 8010, 49151])(
  'port %i says it is reserved by IANA, not that it has no assignment',
  (port) => {
    const said = text(port);
    expect(said).toContain(`Port ${port} is reserved by IANA`);
    expect(said).not.toMatch(/no IANA assignment/);
    expect(said).not.toMatch(/range assignment/);
  },
);

test('an unassigned port still says it has no IANA assignment', () => {
  expect(text(81)).toContain('Port 81 has no IANA assignment at the moment');
});
