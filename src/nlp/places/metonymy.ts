import type { Token } from '../../doc/index.js';

/**
 * Verbs (and modals) whose subject acts, speaks or decides: a place name as their subject stands
 * for its government or people ("Washington said", "Moscow must keep talking", "Texas sued").
 * Copulas and "has" are left out on purpose: "Paris is beautiful", "Texas has 30 million people"
 * are about the place.
 */
const ACTOR_VERBS: ReadonlySet<string> = new Set(
  ('said says say told tells announced announces warned warns accused accuses denied denies urged urges wants want wanted ' +
    'demanded demands rejected rejects agreed agrees signed signs launched launches imposed imposes threatened threatens ' +
    'insisted insists refused refuses condemned condemns called calls vowed vows pledged pledges plans planned hopes hoped ' +
    'believes believed claims claimed responded responds retaliated sanctioned expelled recognized recognised supports ' +
    'supported backed backs blamed blames must should could cannot may might sent sends deployed deploys ordered orders ' +
    'approved approves criticized criticised criticizes criticises welcomed welcomes praised asked asks sought seeks decided ' +
    'declined confirmed confirms dismissed argued argues maintains maintained suggested proposed offered promised opposes ' +
    'opposed struck attacked bombed invaded annexed sued sues negotiated accepted acknowledged admitted objected protested ' +
    'reacted retaliates announced vetoed voted').split(' '),
);

/** Words that may stand between the subject and its verb: "Moscow has also said", "Washington now wants". */
const BETWEEN: ReadonlySet<string> = new Set('has have had also now still already again repeatedly previously reportedly officially quickly firmly'.split(' '));

const JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/**
 * Whether the toponym ending at token `end` is the subject of an acting verb, through a list
 * of other names ("Berlin and Moscow must keep talking"), so it stands for a government or a
 * people rather than for a location.
 */
export function isActorSubject(text: string, tokens: readonly Token[], end: number): boolean {
  const word = (i: number): string => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : '';
  };
  let i = end;
  while (JOINERS.has(word(i)) && /^\p{Lu}/u.test(word(i + 1))) {
    i += 1;
    while (/^\p{Lu}/u.test(word(i))) i += 1;
  }
  for (let skipped = 0; skipped < 2 && BETWEEN.has(word(i).toLowerCase()); skipped++) i += 1;
  return ACTOR_VERBS.has(word(i).toLowerCase());
}
