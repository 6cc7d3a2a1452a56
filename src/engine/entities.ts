import type { EntityReport, Store } from '../store/index.js';

/**
 * The report of the entity a name means: an exact name or KB id first, else the most mentioned
 * entity whose name contains it ("Putin" finds "Vladimir Putin"). Undefined when none matches.
 *
 * @example
 * const report = await entityByName(store, 'Putin'); // report?.entity.kbId === 'person:vladimir-putin'
 */
export async function entityByName(store: Store, name: string): Promise<EntityReport | undefined> {
  const [best] = await store.findEntities(name, 1);
  return best ? store.entityReport(best.id) : undefined;
}
