// A gap indicator's chart in two panels: the gap, which is the headline
// the status is judged on, with the baseline and the target line; and the
// groups it is the difference of. On one value axis the groups' levels
// (grades 5–7, say) set the scale and the gap (−1.5) is a flat line at the
// bottom; each panel gets an axis fitted to its own figures instead. Every
// other chart stays one panel. Pure, so what goes where is tested as data.
import type { ChartModel } from './chart-model.js';

export type ChartPanelKind = 'gap' | 'groups' | 'single';

export interface ChartPanelModel {
  readonly kind: ChartPanelKind;
  readonly model: ChartModel;
}

/** The panels to draw, headline first; a chart without both a gap line and a group line is one panel. */
export function chartPanels(model: ChartModel): ChartPanelModel[] {
  const gap = model.lines.filter((line) => line.kind === 'gap');
  const groups = model.lines.filter((line) => line.kind === 'group');
  if (gap.length === 0 || groups.length === 0) return [{ kind: 'single', model }];
  return [
    { kind: 'gap', model: { ...model, lines: gap } },
    // The target is a value of the gap, so it is drawn only beside the gap.
    { kind: 'groups', model: { ...model, lines: groups, target: null } },
  ];
}
