/**
 * The pages other than home and port, each its own chunk loaded on demand (keeping the first paint
 * small); module-level so that a prerendered page can load its page's code before hydrating.
 */
import { lazy } from '../state/lazy.svelte.ts';

export const rangeView = lazy(() => import('./RangeView.svelte'));
export const searchView = lazy(() => import('./SearchView.svelte'));
export const historyView = lazy(() => import('./HistoryView.svelte'));
export const doctorView = lazy(() => import('./DoctorView.svelte'));
export const notFoundView = lazy(() => import('./NotFoundView.svelte'));
