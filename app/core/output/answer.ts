/** The output reader as the page uses it: parse, judge, advise. It never throws. */
import { m } from '../../generated/paraglide/messages.js';
import type { PlatformId } from '../platform/platform-ids.ts';
import { outputPlatform } from './hints.ts';
import { parseOutput } from './parse-output.ts';
import { startResult } from './result.ts';
import { stopAdvice, type StopAdvice } from './stop-advice.ts';
import type { ParsedOutput, Protocol, ToolId, Verdict } from './types.ts';
import { judgeOutput } from './verdict.ts';

/** What the page shows for a paste: what was read, the verdict, and what to do about the holder. */
export interface Answer {
  parsed: ParsedOutput;
  verdict: Verdict;
  /** The platform the output came from (the stop commands are for it, not for the picker). */
  platform: PlatformId;
  stop?: StopAdvice;
}

/** What the page knows besides the pasted text. */
export interface AnswerQuestion {
  port: number;
  protocol: Protocol;
  /** The platform the user picked: used only where the output does not tell. */
  platform: PlatformId;
  hint?: ToolId;
}

/** Reads pasted output into an answer; any failure inside still gives a verdict, never an exception. */
export function readAnswer(text: string, question: AnswerQuestion): Answer {
  const { port, protocol, platform: picked } = question;
  try {
    const parsed = parseOutput(text, question.hint);
    const verdict = judgeOutput(parsed, port, { protocol, platform: picked });
    const platform = outputPlatform(parsed.tool, picked);
    const answer: Answer = { parsed, verdict, platform };
    if (verdict.pid !== undefined) {
      answer.stop = stopAdvice(verdict.pid, platform, port, protocol, verdict.process);
    }
    return answer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      parsed: startResult(null),
      verdict: {
        kind: 'not-recognised',
        sentence: m.vd_answer_failed(),
        warnings: [m.vd_answer_failed_reason({ message: message.slice(0, 200) })],
        rows: [],
      },
      platform: picked,
    };
  }
}
