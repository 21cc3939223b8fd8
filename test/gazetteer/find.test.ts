/**
 * Gazetteer.find on sentences written for these tests, with a small gazetteer of their own: each
 * kind of mention, clitics, folding, fuzzy matching, titles, coreference, weak aliases, overlaps,
 * options and the checks on user data.
 */
import { describe, expect, it } from 'vitest';
import { defaultGazetteer, Gazetteer, type Entity, type Mention } from '../../src/gazetteer/index.js';

const ENTITIES: Entity[] = [
  { id: 'syria', type: 'location', subtype: 'country', names: { ar: 'سوريا', en: 'Syria' }, aliases: ['سورية', 'الجمهورية العربية السورية'], demonyms: ['سوري'] },
  { id: 'iraq', type: 'location', subtype: 'country', names: { ar: 'العراق', en: 'Iraq' }, aliases: [], demonyms: ['عراقي'] },
  { id: 'united-states', type: 'location', subtype: 'country', names: { ar: 'الولايات المتحدة', en: 'United States' }, aliases: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية'], demonyms: ['أمريكي', 'أميركي'] },
  { id: 'kobani', type: 'location', subtype: 'city', names: { ar: 'كوباني', en: 'Kobani' }, aliases: ['عين العرب'] },
  { id: 'bashar-al-assad', type: 'person', names: { ar: 'بشار الأسد', en: 'Bashar al-Assad' }, aliases: ['~الأسد'], titles: ['الرئيس السوري'] },
  { id: 'jack-keane', type: 'person', names: { ar: 'جاك كين', en: 'Jack Keane' }, aliases: [] },
  { id: 'antony-blinken', type: 'person', names: { ar: 'أنتوني بلينكن', en: 'Antony Blinken' }, aliases: ['بلينكن', 'بلنكن'] },
  { id: 'al-araby-al-jadeed', type: 'organization', subtype: 'media-outlet', names: { ar: 'العربي الجديد', en: 'The New Arab' }, aliases: [] },
  { id: 'nato', type: 'organization', subtype: 'international-org', names: { ar: 'حلف شمال الأطلسي', en: 'NATO' }, aliases: ['الناتو', 'الحلف الأطلسي'] },
  { id: 'hamas', type: 'organization', subtype: 'armed-group', names: { ar: 'حماس', en: 'Hamas' }, aliases: ['حركة حماس', 'حركة المقاومة الإسلامية'] },
  { id: 'pyd', type: 'organization', subtype: 'political-party', names: { ar: 'حزب الاتحاد الديمقراطي', en: 'PYD' }, aliases: ['~الاتحاد الديمقراطي'] },
  { id: 'mali', type: 'location', subtype: 'country', names: { ar: 'مالي', en: 'Mali' }, aliases: [], demonyms: ['~مالي'] },
  { id: 'ankara', type: 'location', subtype: 'capital', names: { ar: 'أنقرة', en: 'Ankara' }, aliases: [] },
  { id: 'oman', type: 'location', subtype: 'country', names: { ar: 'عمان', en: 'Oman' }, aliases: ['سلطنة عمان'] },
  { id: 'amman', type: 'location', subtype: 'capital', names: { ar: 'عمان', en: 'Amman' }, aliases: ['عمّان'] },
  { id: 'dilma-rousseff', type: 'person', names: { ar: 'ديلما روسيف', en: 'Dilma Rousseff' }, aliases: ['روسيف'] },
];
const g = new Gazetteer(ENTITIES, ['الرئيس', 'الجنرال', 'وزير الخارجية']);

const show = (text: string, ms: Mention[]): string[] => ms.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}/${m.kind}${m.fuzzy ? '~' + m.fuzzy.distance : ''}`);
const run = (text: string, options?: Parameters<Gazetteer['find']>[1]): string[] => show(text, g.find(text, options));

describe('Gazetteer.find', () => {
  it('finds names, aliases and demonyms, with offsets into the text', () => {
    const text = 'قال مسؤولون سوريون إن القوات الأميركية انسحبت من شمال سورية.';
    const ms = g.find(text);
    expect(show(text, ms)).toEqual(['سوريون=syria/demonym', 'الأميركية=united-states/demonym', 'سورية=syria/alias']);
    expect(ms[0]).toEqual({ entityId: 'syria', type: 'location', start: 12, end: 18, surface: 'سوريون', kind: 'demonym' });
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('matches behind proclitics and leaves them out of the span', () => {
    expect(run('عادت القوات إلى سوريا وبالعراق وللعراق وكالعراق')).toEqual(['سوريا=syria/name', 'العراق=iraq/name', 'لعراق=iraq/name', 'العراق=iraq/name']);
    expect(run('في رسالة للولايات المتحدة')).toEqual(['لولايات المتحدة=united-states/name']);
    expect(run('قال لـ"العربي الجديد" إن')).toEqual(['العربي الجديد=al-araby-al-jadeed/name']);
  });

  it('matches folded and diacritized spellings', () => {
    expect(run('اعلنت امريكا والعِراقُ ذلك')).toEqual(['امريكا=united-states/alias', 'العِراقُ=iraq/name']);
    expect(run('الولايات المتحدة الأميركيّة')).toEqual(['الولايات المتحدة=united-states/name', 'الأميركيّة=united-states/demonym']);
  });

  it('prefers the longest name', () => {
    expect(run('زار الوفد الولايات المتحدة الأمريكية أمس')).toEqual(['الولايات المتحدة الأمريكية=united-states/alias']);
    expect(run('اجتماع حلف شمال الأطلسي وقمة الناتو')).toEqual(['حلف شمال الأطلسي=nato/name', 'الناتو=nato/alias']);
  });

  it('does not join words across punctuation or lines', () => {
    expect(run('الولايات، المتحدة')).toEqual([]);
    expect(run('عين\nالعرب')).toEqual([]);
  });

  it('matches a name one edit away, not a word of the language', () => {
    expect(run('قال بلينكين إن')).toEqual(['بلينكين=antony-blinken/alias~1']);
    expect(run('قال بلينكين إن', { fuzzy: false })).toEqual([]);
    expect(run('سورين كوبان')).toEqual([]);
  });

  it('needs a title or an earlier mention for a weak alias', () => {
    expect(run('الأسد في حديقة الحيوان')).toEqual([]);
    expect(run('استقبل الرئيس الأسد الوفد')).toEqual(['الأسد=bashar-al-assad/title-person']);
    expect(run('قال بشار الأسد أمس إن الأسد باق')).toEqual(['بشار الأسد=bashar-al-assad/name', 'الأسد=bashar-al-assad/coreference']);
    expect(run('استقبل الرئيس الأسد الوفد', { titles: false })).toEqual([]);
  });

  it('picks, among people who share a weak alias, the one whose own title is written before it', () => {
    const g = defaultGazetteer();
    const ids = (t: string) => g.find(t, { types: ['person'] }).map((m) => `${m.entityId}/${m.kind}`);
    expect(ids('وقال الرئيس السوري الراحل الأسد في خطابه')).toEqual(['hafez-al-assad/title-person']);
    expect(ids('وقال الرئيس السوري الأسد في خطابه')).toEqual(['bashar-al-assad/title-person']);
    expect(ids('وزارت عقيلة الرئيس السوري الأسد المستشفى')).toEqual(['asma-al-assad/title-person']);
    expect(ids('وأمر قائد الفرقة الرابعة الأسد بسحب الوحدات')).toEqual(['maher-al-assad/title-person']);
    // A title no one of them has: the first of them in the data (the current president).
    expect(ids('استقبل الرئيس الأسد الوفد')).toEqual(['bashar-al-assad/title-person']);
  });

  it('links a later last name to the person mentioned in full', () => {
    expect(run('وقال الجنرال المتقاعد جاك كين إن كين يرى ذلك')).toEqual(['جاك كين=jack-keane/name', 'كين=jack-keane/coreference']);
    expect(run('إن كين يرى ذلك')).toEqual([]);
    expect(run('جاك كين ثم كين', { coreference: false })).toEqual(['جاك كين=jack-keane/name']);
  });

  it('takes the unknown words after a title as a person', () => {
    expect(run('وصرح الجنرال جوزيف فوتيل بأن القوات باقية')).toEqual(['جوزيف فوتيل=unknown:جوزيف فوتيل/title-person']);
    expect(run('وقال الرئيس إن القوات باقية')).toEqual([]);
  });

  it('takes a given name and the name words after it for a person the gazetteer lacks', () => {
    expect(run('وقال محمد الشمري إن القوات باقية')).toEqual(['محمد الشمري=unknown:محمد الشمري/given-name']);
    expect(run('التقى الوفد نجيب محفوظ قبل أن يتحدث محفوظ')).toEqual(['نجيب محفوظ=unknown:نجيب محفوظ/given-name', 'محفوظ=unknown:نجيب محفوظ/coreference']);
    // Through particles and proclitics, and no further than a word of the language.
    expect(run('وصل ومحمد بن عبد الكريم الخطابي إلى المدينة')).toEqual(['محمد بن عبد الكريم الخطابي=unknown:محمد بن عبد الكريم الخطابي/given-name']);
    // A given name alone, a common word that is also a name, a particle spelt like one: no person.
    expect(run('قال محمد إن القوات باقية')).toEqual([]);
    expect(run('يبقى الأمل قائما وأمل كبير')).toEqual([]);
    expect(run('أكد الوزير على أن القوات باقية')).toEqual([]);
    expect(run('دليل على وجود قوات')).toEqual([]);
    expect(run('قال محمد الشمري', { givenNames: false })).toEqual([]);
    // علي is a name before a name, and the Egyptian spelling of على before anything else.
    expect(run('قال علي حسين إن')).toEqual(['علي حسين=unknown:علي حسين/given-name']);
    expect(run('أكد علي أن القوات باقية')).toEqual([]);
    // After a foreign given name, the next word is its family name even when it is also a word.
    expect(run('قال جون سميث إن')).toEqual(['جون سميث=unknown:جون سميث/given-name']);
  });

  it('leaves a class noun before a name out of the mention, and lets it support a weak alias', () => {
    expect(run('أعلنت حركة حماس ثم حماس')).toEqual(['حماس=hamas/name', 'حماس=hamas/name']);
    expect(run('أعلنت حركة المقاومة الإسلامية')).toEqual(['حركة المقاومة الإسلامية=hamas/alias']);
    expect(run('قوات تابعة لحزب "الاتحاد الديمقراطي"')).toEqual(['الاتحاد الديمقراطي=pyd/alias']);
    expect(run('قوات تابعة للاتحاد الديمقراطي')).toEqual([]);
  });

  it('lets quotation marks support a weak alias', () => {
    expect(run('بحسب «الاتحاد الديمقراطي» فإن')).toEqual(['الاتحاد الديمقراطي=pyd/alias']);
  });

  it('needs an earlier mention for a weak demonym', () => {
    expect(run('الوضع المالي صعب')).toEqual([]);
    expect(run('في مالي قال الجيش المالي إن')).toEqual(['مالي=mali/name', 'المالي=mali/demonym']);
  });

  it('tells apart names that fold alike by the harakat the text writes', () => {
    expect(run('وصل الوفد إلى عمّان ثم إلى عمان')).toEqual(['عمّان=amman/name', 'عمان=oman/name']);
  });

  it('does not find a name without the article behind the article', () => {
    expect(run('السوريا والأنقرة')).toEqual([]);
  });

  it('matches misspelt names only where it is safe', () => {
    // One letter off inside a foreign name: a misspelling.
    expect(run('قالت ديلما روسيف إن روسييف')).toEqual(['ديلما روسيف=dilma-rousseff/name', 'روسييف=dilma-rousseff/alias~1']);
    // The first or the last letter changed: another name.
    expect(run('قال غوسيف إن')).toEqual([]);
    expect(run('قال روسيفا إن')).toEqual([]);
    // With the article: an Arabic word.
    expect(run('قال الانقرة')).toEqual([]);
    // A word of the language, its hamza left out: not a name (انقرض is a verb, ankara is 5 letters).
    expect(run('انقرض النوع')).toEqual([]);
  });

  it('skips a nisba after a title to the name', () => {
    expect(run('وقال وزير الخارجية الأميركي جون فلانيتسكي')).toEqual(['الأميركي=united-states/demonym', 'جون فلانيتسكي=unknown:جون فلانيتسكي/title-person']);
  });

  it('keeps to the types asked for', () => {
    expect(run('قال بشار الأسد في سوريا', { types: ['location'] })).toEqual(['سوريا=syria/name']);
  });

  it('gives mentions in order, within bounds, never overlapping', () => {
    const text = 'وصل وفد أمريكي إلى سوريا ثم العراق، وقال بلينكن لـ"العربي الجديد" إن الناتو سيجتمع.';
    const ms = g.find(text);
    expect(ms.length).toBe(6);
    for (let i = 0; i < ms.length; i++) {
      expect(ms[i]!.start).toBeLessThan(ms[i]!.end);
      if (i > 0) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    }
  });

  it('returns nothing for empty text, and throws on what is not a string or a bad option', () => {
    expect(g.find('')).toEqual([]);
    expect(() => g.find(3 as unknown as string)).toThrow(new TypeError('find: argument "text" must be a string, got number 3'));
    expect(() => g.find('x', { fuzz: true } as never)).toThrow(RangeError);
    expect(() => g.find('x', { types: ['place'] } as never)).toThrow(/option "types" may hold person, location, organization/);
    expect(() => g.find('x', { fuzzy: 'yes' } as never)).toThrow(TypeError);
  });
});

describe('Gazetteer', () => {
  it('is immutable: with() returns an extended gazetteer', () => {
    const more = g.with([{ id: 'raqqa', type: 'location', subtype: 'city', names: { ar: 'الرقة', en: 'Raqqa' }, aliases: [] }]);
    expect(more.size).toBe(g.size + 1);
    expect(g.get('raqqa')).toBeUndefined();
    expect(more.find('في الرقة وسوريا').map((m) => m.entityId)).toEqual(['raqqa', 'syria']);
    expect(Object.isFrozen(g.entities())).toBe(true);
  });

  it('replaces an entity given again with with()', () => {
    const more = g.with([{ id: 'kobani', type: 'location', names: { ar: 'كوباني', en: 'Kobanî' }, aliases: ['عين عرب'] }]);
    expect(more.size).toBe(g.size);
    expect(more.find('عين عرب').map((m) => m.entityId)).toEqual(['kobani']);
  });

  it('round-trips through JSON', () => {
    const back = Gazetteer.fromJSON(JSON.stringify(g));
    expect(back.entities()).toEqual(g.entities());
    const text = 'قال الرئيس الأسد إن سوريا والعراق';
    expect(back.find(text)).toEqual(g.find(text));
    expect(() => Gazetteer.fromJSON({ entities: [] })).toThrow(TypeError);
    expect(() => Gazetteer.fromJSON('prefix')).toThrow(new TypeError('Gazetteer.fromJSON: argument "json" is a string but not JSON (Unexpected token \'p\', "prefix" is not valid JSON)'));
  });

  it('checks user entities and names the entry and the field', () => {
    const base: Entity = { id: 'x', type: 'location', names: { ar: 'س', en: 'X' }, aliases: [] };
    expect(() => new Gazetteer([{ ...base, id: undefined } as never])).toThrow(/entity 0, field "id": must be a lowercase slug/);
    expect(() => new Gazetteer([{ ...base, aliases: ['ب', ' '] }])).toThrow(/entity 0 \("x"\), field "aliases\[1\]": must not be empty/);
    expect(() => new Gazetteer([{ ...base, type: 'place' } as never])).toThrow(/field "type": must be one of person, location, organization/);
    expect(() => new Gazetteer([JSON.parse('{"id":"x","type":"location","names":{"ar":"س","en":"X"},"aliases":[],"__proto__":{"polluted":true}}')])).toThrow(/field "__proto__": is not a field of an entity/);
    expect(() => new Gazetteer([base, base] as never)).toThrow(new RangeError('Gazetteer: entity 1: the id "x" is already used by entity 0'));
    expect(() => new Gazetteer([{ ...base, wikidata: 'Q0' }])).toThrow(/field "wikidata"/);
    expect(() => new Gazetteer(42 as never)).toThrow(TypeError);
    expect(() => new Gazetteer([{ ...base, aliases: Array.from({ length: 1001 }, (_, i) => `س${i}`) }])).toThrow(new RangeError('Gazetteer: entity 0 ("x"), field "aliases": has 1001 entries; at most 1000 are allowed'));
    expect(() => new Gazetteer([JSON.parse('{"id":"x","type":"location","names":{"ar":"س","en":"X","constructor":"y"},"aliases":[]}')])).toThrow(/field "names": has an unknown key "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('defaultGazetteer', () => {
  const text = 'وقال وزير الخارجية الأميركي جون كيري في بغداد إن حركة حماس وتنظيم "داعش" والرئيس الأسد';

  it('reads its entities as they are needed, and gives them all when asked', () => {
    const d = defaultGazetteer();
    expect(d.get('syria')?.names.en).toBe('Syria');
    expect(d.get('no-such-entity')).toBeUndefined();
    expect(d.size).toBeGreaterThan(1500);
    expect(d.entities().length).toBe(d.size);
    expect(Object.isFrozen(d.get('baghdad'))).toBe(true);
    expect(d.entities().filter((e) => e.id === 'syria').length).toBe(1);
  });

  it('extends with() and keeps finding what it found', () => {
    const d = defaultGazetteer();
    const more = d.with([{ id: 'saraqib-council', type: 'organization', names: { ar: 'المجلس المحلي في سراقب', en: 'Saraqib Local Council' }, aliases: ['مجلس سراقب المحلي'] }]);
    expect(more.size).toBe(d.size + 1);
    expect(more.find(text)).toEqual(d.find(text));
    expect(more.find('أعلن مجلس سراقب المحلي').map((m) => m.entityId)).toEqual(['saraqib-council']);
    // Replacing an entity: its old names go with it.
    const replaced = d.with([{ id: 'baghdad', type: 'location', names: { ar: 'مدينة السلام', en: 'Baghdad' }, aliases: [] }]);
    expect(replaced.size).toBe(d.size);
    expect(replaced.find('في بغداد ومدينة السلام').map((m) => m.surface)).toEqual(['مدينة السلام']);
  });

  it('round-trips through JSON', () => {
    const d = defaultGazetteer();
    const back = Gazetteer.fromJSON(JSON.stringify(d));
    expect(back.size).toBe(d.size);
    expect(back.find(text)).toEqual(d.find(text));
  });
});
