// The traffic-light colour of each status code, as METHODS.md assigns them.
// The codes of the three methods never disagree on a colour where they
// share a name (target reached, no data), so one table serves all three.

import type { StatusCode, StatusColour } from './types.js';

const COLOUR_OF: Record<StatusCode, StatusColour> = {
  progress: 'green',
  unchanged: 'yellow',
  regress: 'red',
  target_reached: 'green',
  no_data: 'grey',
  on_course: 'green',
  too_slow: 'yellow',
  off_course: 'red',
  target_achieved: 'green',
  substantial_progress: 'green',
  moderate_progress: 'yellow',
  limited_progress: 'orange',
  deterioration: 'red',
  not_available: 'grey',
};

export function colourOfStatus(status: StatusCode): StatusColour {
  return COLOUR_OF[status];
}
