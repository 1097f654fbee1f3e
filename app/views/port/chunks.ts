/**
 * Where the port page's code is split, in one place: what each chunk holds and (in PortView) when
 * it is fetched. Each loader starts once and is shared by the sections that render it.
 */
import { lazy } from '../../state/lazy.svelte.ts';

/** "What's using it?" (the commands and the answer reader) and the ephemeral table: fetched once
 * the page has painted; none of it needs the port data. */
export const checking = lazy(() => import('./checking.ts'));
/** The output reader (the parsers, the verdict and how it is shown): fetched when the paste box is
 * first focused or typed in, so the commands arrive without it. */
export const reader = lazy(() => import('./reader.ts'));
/** "Other ways to check": the rest of the catalogue (sockets, remote, firewall, container checks). */
export const otherChecks = lazy(() => import('./OtherChecks.svelte'));
/** "What this port is" once the data is there: its IANA assignments, or what having none means. */
export const whatItIsDetails = lazy(() => import('./PortDetails.svelte'));
/** The range explainer, fetched once the page has painted (it is the same for every port in a range). */
export const rangeExplainer = lazy(() => import('./RangeExplainer.svelte'));
/** Uses, notes, feedback and nearby ports: built once the data is there and the reader is near. */
export const belowTheFold = lazy(() => import('./below-the-fold.ts'));
