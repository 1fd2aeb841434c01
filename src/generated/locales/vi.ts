
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.retry': `Try again`,
'error.notFound': `This information could not be found (error 404).`,
'error.http': str`The server could not send this information (error ${0}). Please try again later.`,
'error.network': `This information could not be loaded. Check your internet connection and try again.`,
'error.timeout': `Loading took too long. Check your internet connection and try again.`,
'error.config': `This section is not set up correctly, so it cannot be shown.`,
'error.data': `This information cannot be shown because its data file has a mistake in it.`,
'skipped.zero': str`${0} entries could not be shown because of mistakes in the data.`,
'skipped.one': str`${0} entry could not be shown because of a mistake in the data.`,
'skipped.two': str`${0} entries could not be shown because of mistakes in the data.`,
'skipped.few': str`${0} entries could not be shown because of mistakes in the data.`,
'skipped.many': str`${0} entries could not be shown because of mistakes in the data.`,
'skipped.other': str`${0} entries could not be shown because of mistakes in the data.`,
'timeline.category.council': `Council`,
'timeline.category.health': `Health`,
'timeline.category.nhs': `NHS`,
'timeline.category.housing': `Housing`,
'timeline.category.education': `Education`,
'timeline.category.community': `Community`,
'timeline.category.culture': `Arts and culture`,
'timeline.category.support': `Support and welfare`,
'timeline.eventCount.zero': str`${0} events`,
'timeline.eventCount.one': str`${0} event`,
'timeline.eventCount.two': str`${0} events`,
'timeline.eventCount.few': str`${0} events`,
'timeline.eventCount.many': str`${0} events`,
'timeline.eventCount.other': str`${0} events`,
'timeline.label': `Timeline`,
'timeline.loading': `Loading the timeline…`,
'timeline.empty': `There are no events to show yet.`,
'timeline.noMatches': `No events match these filters.`,
'timeline.clearFilters': `Show all events`,
'timeline.filter.category': `Category`,
'timeline.filter.allCategories': `All categories`,
'timeline.filter.place': `Place`,
'timeline.filter.allPlaces': `All places`,
'timeline.filter.order': `Order`,
'timeline.order.oldest': `Oldest first`,
'timeline.order.newest': `Newest first`,
'timeline.yearNav': `Jump to year`,
'timeline.readMore': `Read more`,
'timeline.showLess': `Show less`,
'timeline.showMore': `Show more`,
    };
  