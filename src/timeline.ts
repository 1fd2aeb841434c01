/** Registers <sanctuary-timeline>. Import this module (or `sanctuary-widgets/timeline`) once. */
import { defineElement } from './core/define.js';
import { SanctuaryTimeline } from './timeline/sanctuary-timeline.js';

defineElement('sanctuary-timeline', SanctuaryTimeline);

export { SanctuaryTimeline };
