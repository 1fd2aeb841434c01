
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.config': `Den här delen är inte rätt inställd och kan därför inte visas.`,
'error.data': `Den här informationen kan inte visas eftersom det finns ett fel i datafilen.`,
'error.http': str`Servern kunde inte skicka den här informationen (fel ${0}). Försök igen senare.`,
'error.network': `Den här informationen kunde inte laddas. Kontrollera din internetanslutning och försök igen.`,
'error.notFound': `Den här informationen kunde inte hittas (fel 404).`,
'error.retry': `Försök igen`,
'error.timeout': `Det tog för lång tid att ladda. Kontrollera din internetanslutning och försök igen.`,
'skipped.few': str`${0} poster kunde inte visas eftersom uppgifterna innehåller fel.`,
'skipped.many': str`${0} poster kunde inte visas eftersom uppgifterna innehåller fel.`,
'skipped.one': str`${0} post kunde inte visas eftersom uppgifterna innehåller ett fel.`,
'skipped.other': str`${0} poster kunde inte visas eftersom uppgifterna innehåller fel.`,
'skipped.two': str`${0} poster kunde inte visas eftersom uppgifterna innehåller fel.`,
'skipped.zero': str`${0} poster kunde inte visas eftersom uppgifterna innehåller fel.`,
'timeline.category.community': `Lokalsamhälle`,
'timeline.category.council': `Kommun`,
'timeline.category.culture': `Konst och kultur`,
'timeline.category.education': `Utbildning`,
'timeline.category.health': `Hälsa`,
'timeline.category.housing': `Boende`,
'timeline.category.nhs': `NHS`,
'timeline.category.support': `Stöd och välfärd`,
'timeline.clearFilters': `Visa alla händelser`,
'timeline.empty': `Det finns inga händelser att visa ännu.`,
'timeline.eventCount.few': str`${0} händelser`,
'timeline.eventCount.many': str`${0} händelser`,
'timeline.eventCount.one': str`${0} händelse`,
'timeline.eventCount.other': str`${0} händelser`,
'timeline.eventCount.two': str`${0} händelser`,
'timeline.eventCount.zero': str`${0} händelser`,
'timeline.filter.allCategories': `Alla kategorier`,
'timeline.filter.allPlaces': `Alla platser`,
'timeline.filter.category': `Kategori`,
'timeline.filter.order': `Ordning`,
'timeline.filter.place': `Plats`,
'timeline.label': `Tidslinje`,
'timeline.loading': `Laddar tidslinjen…`,
'timeline.noMatches': `Inga händelser matchar de här filtren.`,
'timeline.order.newest': `Nyast först`,
'timeline.order.oldest': `Äldst först`,
'timeline.readMore': `Läs mer`,
'timeline.showLess': `Visa mindre`,
'timeline.showMore': `Visa mer`,
'timeline.yearNav': `Gå till år`,
    };
  