/**
 * The gazetteer akhbar ships: countries (names from CLDR), places, organizations and people of
 * Arabic news, compiled from data/gazetteer/ by scripts/build-data.ts.
 */
import { GAZETTEER_JSON } from '../generated/gazetteer-data.js';
import { Gazetteer } from './gazetteer.js';

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
  return (instance ??= Gazetteer.fromJSON(GAZETTEER_JSON));
}
