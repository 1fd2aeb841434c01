
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.config': `هذا القسم غير مُعدّ بشكل صحيح، لذلك لا يمكن عرضه.`,
'error.data': `لا يمكن عرض هذه المعلومات لأن ملف البيانات فيه خطأ.`,
'error.http': str`لم يتمكن الخادم من إرسال هذه المعلومات (خطأ ${0}). يُرجى المحاولة مرة أخرى لاحقًا.`,
'error.network': `تعذّر تحميل هذه المعلومات. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.`,
'error.notFound': `تعذّر العثور على هذه المعلومات (خطأ 404).`,
'error.retry': `حاول مرة أخرى`,
'error.timeout': `استغرق التحميل وقتًا طويلًا جدًا. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.`,
'skipped.few': str`تعذّر عرض ${0} سجلات بسبب أخطاء في البيانات.`,
'skipped.many': str`تعذّر عرض ${0} سجلًا بسبب أخطاء في البيانات.`,
'skipped.one': str`تعذّر عرض ${0} سجل بسبب خطأ في البيانات.`,
'skipped.other': str`تعذّر عرض ${0} سجل بسبب أخطاء في البيانات.`,
'skipped.two': str`تعذّر عرض ${0} سجل بسبب أخطاء في البيانات.`,
'skipped.zero': str`تعذّر عرض ${0} سجلات بسبب أخطاء في البيانات.`,
'timeline.category.community': `المجتمع`,
'timeline.category.council': `المجلس المحلي`,
'timeline.category.culture': `الفنون والثقافة`,
'timeline.category.education': `التعليم`,
'timeline.category.health': `الصحة`,
'timeline.category.housing': `السكن`,
'timeline.category.nhs': `NHS`,
'timeline.category.support': `الدعم والرعاية الاجتماعية`,
'timeline.clearFilters': `عرض جميع الأحداث`,
'timeline.empty': `لا توجد أحداث لعرضها بعد.`,
'timeline.eventCount.few': str`${0} أحداث`,
'timeline.eventCount.many': str`${0} حدثًا`,
'timeline.eventCount.one': str`${0} حدث`,
'timeline.eventCount.other': str`${0} حدث`,
'timeline.eventCount.two': str`${0} حدث`,
'timeline.eventCount.zero': str`${0} أحداث`,
'timeline.filter.allCategories': `جميع الفئات`,
'timeline.filter.allPlaces': `جميع الأماكن`,
'timeline.filter.category': `الفئة`,
'timeline.filter.order': `الترتيب`,
'timeline.filter.place': `المكان`,
'timeline.label': `الخط الزمني`,
'timeline.loading': `جارٍ تحميل الخط الزمني…`,
'timeline.noMatches': `لا توجد أحداث تطابق هذه الاختيارات.`,
'timeline.order.newest': `الأحدث أولًا`,
'timeline.order.oldest': `الأقدم أولًا`,
'timeline.readMore': `اقرأ المزيد`,
'timeline.showLess': `عرض أقل`,
'timeline.showMore': `عرض المزيد`,
'timeline.yearNav': `الانتقال إلى سنة`,
    };
  