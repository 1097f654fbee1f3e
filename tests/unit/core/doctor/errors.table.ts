/**
 * The doctor's table of real error messages (tests/fixtures/doctor/errors.json), typed. Each row has
 * the URL where that exact text appears and what `diagnose` must read from it; a missing address or
 * protocol means the text names none. The JSON is shared with the bench (scripts/bench/doctor.js).
 */
import rows from '../../../fixtures/doctor/errors.json';
import type {
  DiagnoseContext,
  DoctorCause,
  DoctorSource,
} from '../../../../app/core/doctor/index.ts';
import type { PlatformId } from '../../../../app/core/platform/platform-ids.ts';
import type { Protocol } from '../../../../app/core/protocol.ts';

/** One real-world error text and the expected reading. */
export interface ErrorRow {
  id: string;
  /** Where the text appears: an issue, a question, a docs page or a source file. */
  source: string;
  text: string;
  /** The user's platform, for rows that depend on it (5000 on a Mac). */
  context?: DiagnoseContext;
  expect: {
    cause: DoctorCause;
    family: DoctorSource | null;
    port: number | null;
    address?: string;
    protocol?: Protocol;
    /** Checked when present: the platforms the text implies, in any order. */
    platforms?: PlatformId[];
  };
}

/** Every row of the table. */
export const errorTable = rows as ErrorRow[];
