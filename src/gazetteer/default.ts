/**
 * The gazetteer akhbar ships: countries (names from CLDR), places, organizations and people of
 * Arabic news, compiled from data/gazetteer/ by scripts/build-data.ts.
 */
import { GAZETTEER_FOLDED, GAZETTEER_JSON } from '../generated/gazetteer-data.js';
import type { Entity } from './entity.js';
import { trustedGazetteer, type Gazetteer } from './gazetteer.js';

let instance: Gazetteer | undefined;

/**
 * The built-in gazetteer: every country (Arabic and English names from CLDR, with the variants and
 * demonyms news text uses), capitals and the cities, governorates and regions of the Arab world,
 * Iran and Turkey, rivers and seas; international organizations, armed groups, parties,
 * government bodies, media and think tanks; heads of state and government, ministers, military
 * and militant leaders of Middle East news since 2000. Built on the first call and shared.
 * Extend it with {@link Gazetteer.with}.
 *
 * @example
 * ```ts
 * import { defaultGazetteer } from 'akhbar/gazetteer';
 * const g = defaultGazetteer();
 * g.find('وصل وفد أميركي إلى بغداد').map((m) => [m.entityId, m.kind]);
 * //=> [['united-states', 'demonym'], ['baghdad', 'name']]
 * ```
 * @category Gazetteer
 */
export function defaultGazetteer(): Gazetteer {
  if (instance) return instance;
  // The data was checked when it was built (scripts/build-data.ts runs checkEntity on every row).
  const data = JSON.parse(GAZETTEER_JSON) as { entities: Entity[]; titles: string[] };
  // One line per entity: its folded names (see FoldedNames) separated by '|'; then the titles.
  const lines = GAZETTEER_FOLDED.split('\n');
  const split = (line: string | undefined): string[] => (line ? line.split('|') : []);
  const names = data.entities.map((_, i) => split(lines[i]));
  const titles = split(lines[data.entities.length]);
  instance = trustedGazetteer(data.entities, data.titles, { names, titles });
  return instance;
}
