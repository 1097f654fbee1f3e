/**
 * Every sentence the doctor says, in one place for translation (issue 15). The words themselves
 * are messages (messages/doctor/*.json, prefix `doc_`); this table says which message belongs to
 * which cause. Messages are called when advice is made, never here at load time, so the page's
 * language at that moment decides. Placeholders ({port}, {address}, {endpoint}) are filled by
 * advice.ts; nothing else builds prose.
 */
import { m } from '../../generated/paraglide/messages.js';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { DoctorCause } from './types.ts';

/**
 * The values a sentence can name, already written out; '' for what the text did not name.
 * `endpoint` is address and port as one token (10.0.0.5:5432); with no address, the sentences
 * that name the far end have a variant of their own for the lone port.
 */
export interface AdviceValues {
  port: string;
  address: string;
  endpoint: string;
}

/** One sentence, in the current language. */
type Line = () => string;

/** The words for one cause: a one-line summary, why it happens, and what to do, in order. */
export interface CauseText {
  summary: (values: AdviceValues) => string;
  /** Used when the text named no port. */
  summaryNoPort: Line;
  explanation: readonly Line[];
  fixes: readonly Line[];
  /** Replaces `fixes` on these platforms. */
  platformFixes?: Partial<Record<PlatformId, readonly Line[]>>;
}

const checkHolder: Line = () => m.doc_check_holder();

/** The text of every cause. */
export const ADVICE_TEXT: Record<DoctorCause, CauseText> = {
  'in-use': {
    summary: ({ port }) => m.doc_in_use_summary({ port }),
    summaryNoPort: () => m.doc_in_use_summary_no_port(),
    explanation: [() => m.doc_in_use_why_1(), () => m.doc_in_use_why_2()],
    fixes: [checkHolder, () => m.doc_in_use_fix_2(), () => m.doc_in_use_fix_3()],
  },
  airplay: {
    summary: ({ port }) => m.doc_airplay_summary({ port }),
    summaryNoPort: () => m.doc_airplay_summary_no_port(),
    explanation: [() => m.doc_airplay_why_1()],
    fixes: [() => m.doc_airplay_fix_1(), () => m.doc_airplay_fix_2(), () => m.doc_airplay_fix_3()],
  },
  privileged: {
    summary: ({ port }) => m.doc_privileged_summary({ port }),
    summaryNoPort: () => m.doc_privileged_summary_no_port(),
    explanation: [() => m.doc_privileged_why_1()],
    fixes: [
      () => m.doc_privileged_fix_1(),
      () => m.doc_privileged_fix_2(),
      () => m.doc_privileged_fix_3(),
    ],
  },
  'windows-excluded': {
    summary: ({ port }) => m.doc_windows_excluded_summary({ port }),
    summaryNoPort: () => m.doc_windows_excluded_summary_no_port(),
    explanation: [() => m.doc_windows_excluded_why_1(), () => m.doc_windows_excluded_why_2()],
    fixes: [
      () => m.doc_windows_excluded_fix_1(),
      () => m.doc_windows_excluded_fix_2(),
      () => m.doc_windows_excluded_fix_3(),
      () => m.doc_windows_excluded_fix_4(),
    ],
  },
  'access-denied': {
    summary: ({ port }) => m.doc_access_denied_summary({ port }),
    summaryNoPort: () => m.doc_access_denied_summary_no_port(),
    explanation: [() => m.doc_access_denied_why_1()],
    fixes: [() => m.doc_access_denied_fix_1()],
    platformFixes: {
      windows: [
        () => m.doc_access_denied_windows_fix_1(),
        () => m.doc_access_denied_windows_fix_2(),
      ],
    },
  },
  refused: {
    summary: ({ address, port, endpoint }) =>
      address === '' ? m.doc_refused_summary_port({ port }) : m.doc_refused_summary({ endpoint }),
    summaryNoPort: () => m.doc_refused_summary_no_port(),
    explanation: [() => m.doc_refused_why_1()],
    fixes: [() => m.doc_refused_fix_1(), () => m.doc_refused_fix_2(), () => m.doc_refused_fix_3()],
  },
  'timed-out': {
    summary: ({ address, port, endpoint }) =>
      address === ''
        ? m.doc_timed_out_summary_port({ port })
        : m.doc_timed_out_summary({ endpoint }),
    summaryNoPort: () => m.doc_timed_out_summary_no_port(),
    explanation: [() => m.doc_timed_out_why_1()],
    fixes: [
      () => m.doc_timed_out_fix_1(),
      () => m.doc_timed_out_fix_2(),
      () => m.doc_timed_out_fix_3(),
    ],
  },
  'no-route': {
    summary: ({ address, port, endpoint }) =>
      address === '' ? m.doc_no_route_summary_port({ port }) : m.doc_no_route_summary({ endpoint }),
    summaryNoPort: () => m.doc_no_route_summary_no_port(),
    explanation: [() => m.doc_no_route_why_1()],
    fixes: [
      () => m.doc_no_route_fix_1(),
      () => m.doc_no_route_fix_2(),
      () => m.doc_no_route_fix_3(),
    ],
  },
  'addr-not-available': {
    summary: ({ address }) => m.doc_addr_not_available_summary({ address }),
    summaryNoPort: () => m.doc_addr_not_available_summary_no_port(),
    explanation: [() => m.doc_addr_not_available_why_1()],
    fixes: [() => m.doc_addr_not_available_fix_1(), () => m.doc_addr_not_available_fix_2()],
  },
  unknown: {
    summary: () => m.doc_unknown_summary(),
    summaryNoPort: () => m.doc_unknown_summary(),
    explanation: [() => m.doc_unknown_why_1()],
    fixes: [() => m.doc_unknown_fix_1(), () => m.doc_unknown_fix_2()],
  },
};
