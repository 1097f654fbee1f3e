/** The words for what is wrong with an address or a typed port (routes.ts gives the code). */
import type { Problem } from '../routes.ts';
import { m } from '../generated/paraglide/messages.js';

/** The sentence that explains a problem, in the page's language. */
export function problemText(problem: Problem): string {
  switch (problem.kind) {
    case 'port-not-number':
      return m.pg_port_not_number({ text: problem.text });
    case 'port-missing':
      return m.pg_port_missing();
    case 'port-too-large':
      return m.pg_port_too_large({ number: problem.number });
    case 'port-too-large-long':
      return m.pg_port_too_large_long();
    case 'no-page':
      return m.pg_no_page();
    case 'range-shape':
      return m.pg_range_shape();
    case 'range-ends':
      return m.pg_range_ends();
  }
}
