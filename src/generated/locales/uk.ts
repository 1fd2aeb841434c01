
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.config': `Цей розділ налаштовано неправильно, тому його не можна показати.`,
'error.data': `Цю інформацію не можна показати, бо у файлі з даними є помилка.`,
'error.http': str`Сервер не зміг надіслати цю інформацію (помилка ${0}). Будь ласка, спробуйте пізніше.`,
'error.network': `Не вдалося завантажити цю інформацію. Перевірте підключення до інтернету і спробуйте ще раз.`,
'error.notFound': `Не вдалося знайти цю інформацію (помилка 404).`,
'error.retry': `Спробувати ще раз`,
'error.timeout': `Завантаження тривало надто довго. Перевірте підключення до інтернету і спробуйте ще раз.`,
'skipped.few': str`Не вдалося показати ${0} записи через помилки в даних.`,
'skipped.many': str`Не вдалося показати ${0} записів через помилки в даних.`,
'skipped.one': str`Не вдалося показати ${0} запис через помилку в даних.`,
'skipped.other': str`Не вдалося показати ${0} запису через помилки в даних.`,
'skipped.two': str`Не вдалося показати ${0} записів через помилки в даних.`,
'skipped.zero': str`Не вдалося показати ${0} записів через помилки в даних.`,
'timeline.category.community': `Громада`,
'timeline.category.council': `Місцева рада`,
'timeline.category.culture': `Мистецтво і культура`,
'timeline.category.education': `Освіта`,
'timeline.category.health': `Здоров’я`,
'timeline.category.housing': `Житло`,
'timeline.category.nhs': `NHS`,
'timeline.category.support': `Підтримка і соціальна допомога`,
'timeline.clearFilters': `Показати всі події`,
'timeline.empty': `Подій поки немає.`,
'timeline.eventCount.few': str`${0} події`,
'timeline.eventCount.many': str`${0} подій`,
'timeline.eventCount.one': str`${0} подія`,
'timeline.eventCount.other': str`${0} події`,
'timeline.eventCount.two': str`${0} подій`,
'timeline.eventCount.zero': str`${0} подій`,
'timeline.filter.allCategories': `Усі категорії`,
'timeline.filter.allPlaces': `Усі місця`,
'timeline.filter.category': `Категорія`,
'timeline.filter.order': `Порядок`,
'timeline.filter.place': `Місце`,
'timeline.label': `Хронологія`,
'timeline.loading': `Завантаження хронології…`,
'timeline.noMatches': `Жодна подія не відповідає цим фільтрам.`,
'timeline.order.newest': `Спочатку новіші`,
'timeline.order.oldest': `Спочатку давніші`,
'timeline.readMore': `Детальніше`,
'timeline.showLess': `Згорнути`,
'timeline.showMore': `Показати повністю`,
'timeline.yearNav': `Перейти до року`,
    };
  