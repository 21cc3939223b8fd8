/**
 * The built-in sample that `npm run demo` and the benchmarks use when the shared corpus is absent.
 * Written for akhbar: a short, invented news report that exercises what the tokenizer and normalizer
 * must handle (a title line, diacritics and tatweel, Arabic-Indic and western numbers with separators,
 * guillemets and straight quotes, a tatweel-joined preposition, a hashtag, a link, an abbreviation,
 * Latin words, a hard-wrapped paragraph and a non-breaking space).
 */
export const SAMPLE_TEXT = `اجتماع وزاري في عمّان لبحث مستقبل التحالف الدولي

عمّان – عقد وزراء خارجية ١٢ دولة اجتماعاً مغلقاً، يوم الثلاثاء، لمناقشة حصيلة الحملة الجوية التي تجاوزت كلفتها 2,254 مليون دولار. وقال المتحدث باسم الخارجية الأردنية لـ"وكالة الأنباء" إن نسبة المناطق المستعادة بلغت ٦٨٫٥٪ حتى الآن.

وأضاف د. سامر الخطيب، الباحث في مركز الدراسات الاستراتيجية، أن «النتائج العسكريـــة
وحدها لا تكفي لإنهاء خطر التنظيم، ما لم تُعالَج جذور الأزمة في المدن التي دُمّرت
خلال سنوات الحرب». وتساءل: «هل يملك التحالف خطة لما بعد المعركة؟» قبل أن يجيب
بأن الإجابة ما زالت غامضة.

من جهتها، نشرت صحيفة The Guardian تقريراً بعنوان "الحرب المنسية"، وتداول ناشطون الوسم #إعادة_الإعمار على نطاق واسع. التفاصيل الكاملة على الموقع https://example.org/news/2024?id=15 .

وفي ختام الاجتماع، أكّد الوزراء التزامهم بتقديم 500 مليون دولار إضافية للعام المقبل، على أن تُصرف عبر الأمم المتحدة.`;

/**
 * A short text written for akhbar with the errors of scraped news that repair() fixes: merged
 * words, Egyptian final ya throughout, hamza on hamzat al-wasl, a missing madda, guillemets the
 * wrong way round, a line wrapped inside a sentence, a full stop displaced before a number, and
 * stray spaces.
 */
export const REPAIR_SAMPLE =
  'أعلنت الولاياتالمتحدة إستمرار الغارات علي مواقع التنظيم في العراقوسوريا ، وقال مسؤول إن  \n' +
  'التحالف يسعي إلي إنهاء وجود»داعش»في المنطقة حتي نهاية العام .2015 \n' +
  'وأضاف أن دولا من أسيا ستنضم إلي الإتحاد الدولي لدعم القوات العراقية علي الأرض.\n';
