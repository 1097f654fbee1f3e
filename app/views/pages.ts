/**
 * The pages other than the port page, each its own chunk loaded on demand (keeping the first paint
 * small); module-level so that a prerendered page can load its page's code before hydrating.
 */
import { lazy } from '../state/lazy.svelte.ts';

// Home is prerendered (index.html) and built in the browser only from the app shell: it need not
// be on the shell's first paint.
export const homeView = lazy(() => import('./HomeView.svelte'));
export const rangeView = lazy(() => import('./RangeView.svelte'));
export const searchView = lazy(() => import('./SearchView.svelte'));
export const historyView = lazy(() => import('./HistoryView.svelte'));
export const doctorView = lazy(() => import('./DoctorView.svelte'));
export const notFoundView = lazy(() => import('./NotFoundView.svelte'));
/** The header's language menu: in every page's HTML, but not needed for the shell's first paint. */
export const languageMenu = lazy(() => import('../components/LanguageMenu.svelte'));
