/**
 * The playground's built-in texts: short news items written for akhbar, each with errors of web
 * news text that akhbar repairs and entities of its gazetteer.
 */

/** A built-in sample text. */
export interface Sample {
  /** Stable id, used by the page's buttons (data-sample) and the browser test. */
  readonly id: string;
  /** The button's label. */
  readonly label: string;
  /** What it shows off. */
  readonly note: string;
  /** The Arabic text. */
  readonly text: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'coalition',
    label: 'التحالف الدولي',
    note: 'Hamza on hamzat al-wasl (إنتهاء), a paragraph break, and a text critical of the coalition.',
    text:
      'أعلن التحالف الدولي ضد تنظيم «داعش» إنتهاء المرحلة الأولى من عملياته العسكرية غرب العراق، وقال المتحدث باسم التحالف إن الضربات الجوية حققت نجاحا كبيرا في إضعاف التنظيم.\n' +
      'لكن مصادر طبية في بغداد أكدت أن الغارات أوقعت عشرات القتلى من المدنيين. وتكشف هذه الحصيلة الفشل الذريع للتحالف الدولي في حماية السكان، بينما دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى فتح تحقيق مستقل.',
  },
  {
    id: 'talks',
    label: 'الإتحاد الأوروبي',
    note: 'Hamzat al-wasl (الإتحاد, بإستئناف), a run-on word (الولاياتالمتحدة), and a favourable text.',
    text:
      'رحب الإتحاد الأوروبي بإستئناف المفاوضات بين الحكومة العراقية وحكومة إقليم كردستان، وأكد في بيان أن الحوار هو السبيل الوحيد للحفاظ على الاستقرار. ' +
      'ويمثل الاتفاق إنجازا واضحا للاتحاد الأوروبي الذي نجح في تقريب وجهات النظر بعد أشهر من الجمود. ' +
      'وأشادت الأمم المتحدة بالتقدم الملموس، فيما عبرت الولاياتالمتحدة عن دعمها الكامل للاتفاق.',
  },
  {
    id: 'visit',
    label: 'زيارة بغداد',
    note: 'Egyptian final ya throughout (إلي, علي, حتي), repaired to alef maqsura.',
    text:
      'وصل وزير الخارجية المصري بدر عبد العاطي إلي بغداد علي رأس وفد رفيع، واجتمع مع نظيره العراقي فؤاد حسين في أول زيارة من نوعها منذ سنوات. ' +
      'وقال الوزير في مؤتمر صحفي إن القاهرة تدعم جهود الحكومة العراقية في مكافحة الإرهاب، مشيرا إلي أن التعاون بين البلدين سيمتد حتي نهاية العام في مجالات الطاقة والتجارة.',
  },
];
