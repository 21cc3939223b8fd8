/**
 * The gazetteer akhbar ships: countries (names from CLDR), places, organizations and people of
 * Arabic news, compiled from data/gazetteer/ by scripts/build-data.ts.
 */
import { GAZETTEER_ENTITIES, GAZETTEER_IDS, GAZETTEER_INDEX, GAZETTEER_TITLES, GAZETTEER_TYPES } from '../generated/gazetteer-data.js';
import { trustedGazetteer, type Gazetteer } from './gazetteer.js';

let instance: Gazetteer | undefined;

/**
 * The built-in gazetteer: every country (Arabic and English names from CLDR, with the variants and
 * demonyms news text uses), capitals and the cities, governorates and regions of the Arab world,
 * Iran and Turkey, rivers and seas; international organizations, armed groups, parties,
 * government bodies, armies, media, think tanks, sports clubs and companies; heads of state and
 * government, ministers, military and militant leaders of Middle East news since 2000, and
 * writers, scientists, artists and athletes. Built on the first call and shared; its index and its
 * entities are read as they are needed. Extend it with {@link Gazetteer.with}.
 *
 * @example
 * ```ts
 * import { defaultGazetteer } from 'akhbar/gazetteer';
 * const g = defaultGazetteer();
 * g.find('وصل وفد أميركي إلى بغداد').map((m) => [m.entityId, m.kind]);
 * //=> [['united-states', 'demonym'], ['baghdad', 'name']]
 * g.get('baghdad')?.names.en //=> 'Baghdad'
 * ```
 * @category Gazetteer
 */
export function defaultGazetteer(): Gazetteer {
  // The data was checked when it was built (scripts/build-data.ts runs checkEntity on every row),
  // and its index packed then: reading it costs one Map entry per first word.
  return (instance ??= trustedGazetteer([], GAZETTEER_TITLES.split('\n').filter((t) => t !== ''), {
    packed: GAZETTEER_INDEX,
    table: { lines: GAZETTEER_ENTITIES, types: GAZETTEER_TYPES, ids: GAZETTEER_IDS },
  }));
}
