/**
 * Where the port page's code is split, in one place: what each chunk holds and (in PortView) when
 * it is fetched. Each loader starts once and is shared by the sections that render it.
 */
import { lazy } from '../../state/lazy.svelte.ts';

/** "What this port is" once the data is there: its IANA assignments, or what having none means. */
export const whatItIsDetails = lazy(() => import('./PortDetails.svelte'));
/** The range explainer, fetched once the page has painted (it is the same for every port in a range). */
export const rangeExplainer = lazy(() => import('./RangeExplainer.svelte'));
/** The sections below the ephemeral table, built once the data is there and the reader is near. */
export const belowTheFold = lazy(() => import('./below-the-fold.ts'));
