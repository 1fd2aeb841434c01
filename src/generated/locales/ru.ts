
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.config': `Этот раздел настроен неправильно, поэтому его нельзя показать.`,
'error.data': `Эту информацию нельзя показать, потому что в файле с данными есть ошибка.`,
'error.http': str`Сервер не смог передать эту информацию (ошибка ${0}). Пожалуйста, попробуйте позже.`,
'error.network': `Не удалось загрузить эту информацию. Проверьте подключение к интернету и попробуйте ещё раз.`,
'error.notFound': `Не удалось найти эту информацию (ошибка 404).`,
'error.retry': `Попробовать ещё раз`,
'error.timeout': `Загрузка заняла слишком много времени. Проверьте подключение к интернету и попробуйте ещё раз.`,
'skipped.few': str`Не удалось показать ${0} записи из-за ошибок в данных.`,
'skipped.many': str`Не удалось показать ${0} записей из-за ошибок в данных.`,
'skipped.one': str`Не удалось показать ${0} запись из-за ошибки в данных.`,
'skipped.other': str`Не удалось показать ${0} записи из-за ошибок в данных.`,
'skipped.two': str`Не удалось показать ${0} записей из-за ошибок в данных.`,
'skipped.zero': str`Не удалось показать ${0} записей из-за ошибок в данных.`,
'timeline.category.community': `Сообщество`,
'timeline.category.council': `Местный совет`,
'timeline.category.culture': `Искусство и культура`,
'timeline.category.education': `Образование`,
'timeline.category.health': `Здоровье`,
'timeline.category.housing': `Жильё`,
'timeline.category.nhs': `NHS`,
'timeline.category.support': `Поддержка и социальная помощь`,
'timeline.clearFilters': `Показать все события`,
'timeline.empty': `Пока событий нет.`,
'timeline.eventCount.few': str`${0} события`,
'timeline.eventCount.many': str`${0} событий`,
'timeline.eventCount.one': str`${0} событие`,
'timeline.eventCount.other': str`${0} события`,
'timeline.eventCount.two': str`${0} событий`,
'timeline.eventCount.zero': str`${0} событий`,
'timeline.filter.allCategories': `Все категории`,
'timeline.filter.allPlaces': `Все места`,
'timeline.filter.category': `Категория`,
'timeline.filter.order': `Порядок`,
'timeline.filter.place': `Место`,
'timeline.label': `Хронология`,
'timeline.loading': `Загрузка хронологии…`,
'timeline.noMatches': `Нет событий, которые подходят под эти фильтры.`,
'timeline.order.newest': `Сначала новые`,
'timeline.order.oldest': `Сначала старые`,
'timeline.readMore': `Подробнее`,
'timeline.showLess': `Свернуть`,
'timeline.showMore': `Показать полностью`,
'timeline.yearNav': `Перейти к году`,
    };
  