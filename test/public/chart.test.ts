// The indicator chart: what it shows (the model, tested as data) and how it
// is drawn (golden SVG files in test/golden/charts, rewritten with
// UPDATE_GOLDEN=1 after a deliberate change; review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axisPeriods, toChartModel } from '../../src/views/charts/chart-model.js';
import type { ChartInput } from '../../src/views/charts/chart-model.js';
import { chartPanels } from '../../src/views/charts/chart-panels.js';
import { renderChartPanels } from '../../src/views/charts/indicator-chart.js';
import { periodLabelStep, renderChartSvg } from '../../src/views/charts/render-chart-svg.js';

const GOLDEN = new URL('../golden/charts/', import.meta.url);

const point = (period: string, value: number, provisional = false) => ({ period, value, provisional });

/** An exam-grade gap indicator: two groups, the gap, a provisional figure, a target in 2014. */
const GAP_CHART: ChartInput = {
  lang: 'da',
  precision: 1,
  lines: [
    { name: 'Tosprogede elever', kind: 'group', points: [point('2010', 5.5), point('2011', 5.6, true), point('2012', 5.8)] },
    { name: 'Etsprogede elever', kind: 'group', points: [point('2010', 7.0), point('2011', 7.0), point('2012', 7.1)] },
    { name: 'Forskel', kind: 'gap', points: [point('2010', -1.5), point('2011', -1.4, true), point('2012', -1.3)] },
  ],
  baseline: { period: '2010', value: -1.5 },
  target: { period: '2014', value: -0.8 },
  labels: { baseline: 'Startmåling', target: 'Målsætning' },
};

/** Quarterly figures in English, no target, text that must be escaped. */
const QUARTERLY_CHART: ChartInput = {
  lang: 'en',
  precision: 0,
  lines: [{ name: 'Residents <aged> 16-64 & "over"', kind: 'group', points: [point('2013 Q1', 1200), point('2013 Q2', 1234), point('2013 Q4', 1290, true)] }],
  baseline: { period: '2013 Q1', value: 1200 },
  target: null,
  labels: { baseline: 'Baseline <&> "start"', target: 'Target' },
};

function expectGolden(name: string, svg: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, `${svg}\n`);
  expect(svg).toBe(readFileSync(file, 'utf8').trimEnd());
}

describe('the chart model', () => {
  it('runs the axis over every year from the first figure to the target year', () => {
    const model = toChartModel(GAP_CHART);
    expect(model.categories).toEqual(['2010', '2011', '2012', '2013', '2014']);
    expect(model.lines[0]!.values).toEqual([5.5, 5.6, 5.8, null, null]);
    expect(model.lines[0]!.provisional).toEqual([false, true, false, false, false]);
    expect(model.baseline).toEqual({ index: 0, label: 'Startmåling' });
    expect(model.target).toEqual({ fromIndex: 0, fromValue: -1.5, toIndex: 4, toValue: -0.8, label: 'Målsætning' });
  });

  it('fills in missing quarters, labels them in the language, and has no target line without a target', () => {
    const model = toChartModel({ ...QUARTERLY_CHART, lang: 'da' });
    expect(model.categories).toEqual(['2013 K1', '2013 K2', '2013 K3', '2013 K4']);
    expect(model.lines[0]!.values).toEqual([1200, 1234, null, 1290]);
    expect(model.target).toBeNull();
  });

  it('fills in years, school years and months across a year end, but not mixed kinds', () => {
    const labels = (input: string[]) => axisPeriods(input).map((p) => p.label);
    expect(labels(['2012', 'not a period', '2010'])).toEqual(['2010', '2011', '2012']);
    expect(labels(['2010/11', '2012/13'])).toEqual(['2010/11', '2011/12', '2012/13']);
    expect(labels(['2012-11', '2013-02'])).toEqual(['2012-11', '2012-12', '2013-01', '2013-02']);
    expect(labels(['2012 Q4', '2013 Q1'])).toEqual(['2012 Q4', '2013 Q1']);
    expect(labels(['2012', '2014 Q1'])).toEqual(['2012', '2014 Q1']);
  });

  it('draws no target line when the target period is not after the baseline', () => {
    expect(toChartModel({ ...GAP_CHART, target: { period: '2010', value: 0 } }).target).toBeNull();
    expect(toChartModel({ ...GAP_CHART, target: { period: null, value: 0 } }).target).toBeNull();
  });
});

describe('the panels of a chart', () => {
  it("draws a gap indicator's gap, with its baseline and target, apart from its groups", () => {
    const panels = chartPanels(toChartModel(GAP_CHART));
    expect(panels.map((p) => [p.kind, p.model.lines.map((l) => l.name), p.model.target?.toValue ?? null, p.model.baseline?.index ?? null])).toEqual([
      ['gap', ['Forskel'], -0.8, 0],
      ['groups', ['Tosprogede elever', 'Etsprogede elever'], null, 0],
    ]);
  });

  it('keeps a chart of groups alone, or of the gap alone, in one panel', () => {
    expect(chartPanels(toChartModel(QUARTERLY_CHART)).map((p) => p.kind)).toEqual(['single']);
    const gapOnly = { ...GAP_CHART, lines: GAP_CHART.lines.filter((l) => l.kind === 'gap') };
    expect(chartPanels(toChartModel(gapOnly)).map((p) => p.kind)).toEqual(['single']);
  });

  it('labels every period where there is room, and every second or more where there is not', () => {
    const years = ['2010', '2011', '2012', '2013', '2014'];
    expect(periodLabelStep(years, 650, 13)).toBe(1);
    expect(periodLabelStep(years, 290, 14)).toBe(1);
    const quarters = Array.from({ length: 16 }, (_, i) => `${2010 + Math.floor(i / 4)} K${(i % 4) + 1}`);
    expect(periodLabelStep(quarters, 650, 13)).toBe(2);
    expect(periodLabelStep(quarters, 290, 14)).toBe(4);
    expect(periodLabelStep(['2010'], 290, 14)).toBe(1);
  });

  it('draws the gap panel on a scale of its own, with the value axes of both panels equally wide', () => {
    const { panels } = renderChartPanels(toChartModel(GAP_CHART));
    expect(panels.map((p) => p.kind)).toEqual(['gap', 'groups']);
    const valueLabels = (svg: string) => [...svg.matchAll(/>(−?\d+,\d)<\/text>/g)].map((m) => Number(m[1]!.replace('−', '-').replace(',', '.')));
    // The gap's axis stays near the gap (−1.5 to −0.8), not stretched up to the groups' 5.5–7.1.
    expect(Math.max(...valueLabels(panels[0]!.wide))).toBeLessThan(0);
    expect(Math.min(...valueLabels(panels[1]!.wide))).toBeGreaterThan(4);
    const gridLeft = (svg: string) => svg.match(/<path d="M(\d+(?:\.\d+)?) /)?.[1];
    expect(gridLeft(panels[0]!.narrow)).toBe(gridLeft(panels[1]!.narrow));
    expectGolden('gap-panel-wide.svg', panels[0]!.wide);
    expectGolden('gap-panel-narrow.svg', panels[0]!.narrow);
    expectGolden('groups-panel-narrow.svg', panels[1]!.narrow);
  });

  it('labels a long run of quarters sparsely on a narrow chart, always with the baseline', () => {
    const points = Array.from({ length: 16 }, (_, i) => point(`${2010 + Math.floor(i / 4)} Q${(i % 4) + 1}`, 100 + i));
    const model = toChartModel({ ...QUARTERLY_CHART, lang: 'da', lines: [{ name: 'x', kind: 'group', points }], baseline: { period: '2010 Q2', value: 101 } });
    const narrow = renderChartPanels(model).panels[0]!.narrow;
    const periods = [...narrow.matchAll(/>(\d{4} K\d)<\/text>/g)].map((m) => m[1]);
    // Every fifth quarter from the baseline's: four would touch at 14 px in 360 px.
    expect(periods).toEqual(['2010 K2', '2011 K3', '2012 K4']);
    expect(narrow).toContain('&lt;&amp;&gt;');
  });
});

describe('the chart SVG', () => {
  it('matches the golden file for a gap indicator with a target and a provisional figure', () => {
    const svg = renderChartSvg(toChartModel(GAP_CHART), { width: 720, height: 360, idPrefix: 'chart' });
    expectGolden('gap-indicator.svg', svg);
    expect(svg).toContain('>Startmåling</text>');
    expect(svg.match(/stroke-dasharray="1.5"/g)).toHaveLength(1);
    expect(svg).toContain('>−2,0</text>');
  });

  it('matches the golden file for quarterly figures with escaped text, and for the small card', () => {
    const svg = renderChartSvg(toChartModel(QUARTERLY_CHART), { width: 720, height: 360, idPrefix: 'chart' });
    expectGolden('quarterly.svg', svg);
    // The one text the chart writes besides numbers and periods; names are in the HTML legend.
    expect(svg).toContain('>Baseline &lt;&amp;&gt; &quot;start&quot;</text>');
    expect(svg).not.toContain('Residents');
    expectGolden('card.svg', renderChartSvg(toChartModel(GAP_CHART), { width: 360, height: 160, idPrefix: 'card-chart', compact: true }));
  });

  it('is the same every time, whatever was drawn before, with no trace of ECharts interaction', () => {
    const draw = () => renderChartSvg(toChartModel(GAP_CHART), { width: 720, height: 360, idPrefix: 'chart' });
    const first = draw();
    renderChartSvg(toChartModel(QUARTERLY_CHART), { width: 400, height: 200, idPrefix: 'other' });
    expect(draw()).toBe(first);
    expect(first).not.toMatch(/ecmeta_|zr\d|<style|cursor:pointer/);
    // The site's CSP allows no inline styles: ECharts' style attributes become presentation attributes.
    expect(first).not.toMatch(/\sstyle=/);
    expect(first).toContain('font-family="IBM Plex Sans, Arial, sans-serif"');
    expect(first).toMatch(/^<svg aria-hidden="true" focusable="false"/);
  });
});
