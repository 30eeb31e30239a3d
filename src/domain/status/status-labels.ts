// Short names of status codes and colours in Danish and English, for
// explanations, pages and letters. The Open SDG names follow Open SDG's own
// English wording ("On track", "Progress made but acceleration needed").

import type { Lang } from '../number-format.js';
import type { StatusCode, StatusColour } from './types.js';

const STATUS_LABELS: Record<Lang, Record<StatusCode, string>> = {
  da: {
    progress: 'fremgang',
    unchanged: 'uændret',
    regress: 'tilbagegang',
    target_reached: 'målet er nået',
    no_data: 'ingen data',
    on_course: 'på rette kurs',
    too_slow: 'fremgang, men for langsom',
    off_course: 'ude af kurs',
    target_achieved: 'målet er nået',
    substantial_progress: 'på rette spor',
    moderate_progress: 'fremskridt, men tempoet skal op',
    limited_progress: 'begrænset fremskridt',
    deterioration: 'forværring',
    not_available: 'kan ikke vurderes',
  },
  en: {
    progress: 'progress',
    unchanged: 'unchanged',
    regress: 'regress',
    target_reached: 'target reached',
    no_data: 'no data',
    on_course: 'on course',
    too_slow: 'progress, but too slow',
    off_course: 'off course',
    target_achieved: 'target achieved',
    substantial_progress: 'on track',
    moderate_progress: 'progress made but acceleration needed',
    limited_progress: 'limited progress',
    deterioration: 'deterioration',
    not_available: 'not available',
  },
};

const COLOUR_LABELS: Record<Lang, Record<StatusColour, string>> = {
  da: { green: 'grøn', yellow: 'gul', orange: 'orange', red: 'rød', grey: 'grå' },
  en: { green: 'green', yellow: 'yellow', orange: 'orange', red: 'red', grey: 'grey' },
};

export function statusLabel(status: StatusCode, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

export function colourLabel(colour: StatusColour, lang: Lang): string {
  return COLOUR_LABELS[lang][colour];
}
