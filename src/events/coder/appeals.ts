import type { CodedEvent } from './types.js';

/**
 * "the council asked Norway to help Chad": an appeal (CAMEO 02) or demand (10) whose object is asked
 * to do something is coded by what is asked, as CAMEO's sub-codes spell out (appeal for aid 023,
 * demand a meeting 106). Keyed by the root of the act asked for.
 */
const APPEAL_FOR: Readonly<Record<string, string>> = { '04': '026', '05': '022', '06': '021', '07': '023', '08': '025' };
const DEMAND_FOR: Readonly<Record<string, string>> = { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105' };

/** The appeal's code refined by the code of the act it asks for, or undefined when it stays. */
export function appealFor(appeal: string, asked: string): string | undefined {
  const table = appeal.startsWith('02') ? APPEAL_FOR : appeal.startsWith('10') ? DEMAND_FOR : undefined;
  return table?.[asked.slice(0, 2)];
}

/**
 * Refines the events of the group before an infinitive ("asking Norway" + "to help Chad") by the
 * act the infinitive at `infinitive` asks for, when the appeal's target stands right before it
 * (the one asked); the asked-for act itself stays as it is (hypothetical: wanted, not done).
 */
export function refineAppeals(appeals: CodedEvent[], asked: string, infinitive: number): CodedEvent[] {
  return appeals.map((e) => {
    const code = e.target?.end === infinitive ? appealFor(e.code, asked) : undefined;
    return code ? { ...e, code } : e;
  });
}
