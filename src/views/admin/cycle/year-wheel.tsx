// The year wheel (årshjul) drawn on the server as SVG: the twelve months as a
// ring, each milestone as a numbered mark at its date, and today as a line
// from the centre. The numbers match the ordered list printed beside the
// wheel, which says in words whether each milestone is past or coming, so
// neither colour nor the drawing is the only way to read it.
import { dayOfYear } from '../../../domain/cycle/iso-dates.js';
import { AdminDate } from '../admin-date.js';
import { translator } from '../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

export interface WheelMilestone {
  readonly date: string;
  readonly title: string;
  /** Tasks not yet delivered after their deadline. */
  readonly overdue: number;
}

export interface YearWheelProps {
  readonly lang: Lang;
  readonly year: number;
  readonly today: string;
  /** In date order; numbered from 1 in that order. */
  readonly milestones: readonly WheelMilestone[];
}

const SIZE = 420;
const C = SIZE / 2;
const OUTER = 186;
const MONTH_INNER = 140;
/** Marks close in date step inwards, so none hides another. */
const MARK_RADII = [114, 86, 58] as const;
const CROWDED = 16 / 365;
const round = (n: number) => Math.round(n * 10) / 10;

/** The point at a fraction of the year (0 = 1 January, at the top, clockwise) and a radius. */
function point(fraction: number, radius: number): [number, number] {
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return [round(C + radius * Math.cos(angle)), round(C + radius * Math.sin(angle))];
}

function fractionOf(date: string): number {
  const { day, daysInYear } = dayOfYear(date);
  return day / daysInYear;
}

function ringSegment(from: number, to: number, inner: number, outer: number): string {
  const [x1, y1] = point(from, outer);
  const [x2, y2] = point(to, outer);
  const [x3, y3] = point(to, inner);
  const [x4, y4] = point(from, inner);
  const large = to - from > 0.5 ? 1 : 0;
  return `M${x1} ${y1}A${outer} ${outer} 0 ${large} 1 ${x2} ${y2}L${x3} ${y3}A${inner} ${inner} 0 ${large} 0 ${x4} ${y4}Z`;
}

/** The ring each mark sits on: the outermost one no nearby earlier mark uses. */
function markRadii(fractions: readonly number[]): number[] {
  const placed: { fraction: number; level: number }[] = [];
  return fractions.map((fraction) => {
    const used = new Set(placed.filter((p) => Math.abs(p.fraction - fraction) < CROWDED).map((p) => p.level));
    const level = [0, 1, 2].find((l) => !used.has(l)) ?? placed.length % MARK_RADII.length;
    placed.push({ fraction, level });
    return MARK_RADII[level]!;
  });
}

function milestoneTiming(date: string, today: string): 'past' | 'today' | 'coming' {
  return date < today ? 'past' : date === today ? 'today' : 'coming';
}

export function YearWheel({ lang, year, today, milestones }: YearWheelProps) {
  const t = translator(lang);
  const pad = (n: number) => String(n).padStart(2, '0');
  const months = Array.from({ length: 12 }, (_, index) => {
    const from = fractionOf(`${year}-${pad(index + 1)}-01`);
    const to = index === 11 ? 1 : fractionOf(`${year}-${pad(index + 2)}-01`);
    return { index, from, to };
  });
  const todayInYear = today.startsWith(`${year}-`);
  const radii = markRadii(milestones.map((m) => fractionOf(m.date)));
  const titleId = `wheel-title-${year}`;
  const descId = `wheel-desc-${year}`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      class="cycle-wheel"
    >
      <title id={titleId}>{t('wheel.title', { year, count: milestones.length })}</title>
      <desc id={descId}>{t('wheel.desc')}</desc>
      <g class="cycle-wheel-months">
        {months.map((m) => {
          const [lx, ly] = point((m.from + m.to) / 2, (OUTER + MONTH_INNER) / 2);
          return (
            <g>
              <path d={ringSegment(m.from, m.to, MONTH_INNER, OUTER)} fill={m.index % 2 === 0 ? '#e6eef7' : '#cfdff0'} stroke="#ffffff" stroke-width="2" />
              <text x={lx} y={ly} text-anchor="middle" dominant-baseline="central" font-size="14" fill="#1a1a1a">
                {t(`month.${m.index + 1}` as MessageKey)}
              </text>
            </g>
          );
        })}
      </g>
      <circle cx={C} cy={C} r={MONTH_INNER - 2} fill="#ffffff" stroke="#747474" stroke-width="1" />
      <text x={C} y={C} text-anchor="middle" dominant-baseline="central" font-size="28" font-weight="bold" fill="#1a1a1a">
        {year}
      </text>
      {todayInYear && (
        <g class="cycle-wheel-today">
          <line
            x1={C}
            y1={C}
            x2={point(fractionOf(today), OUTER)[0]}
            y2={point(fractionOf(today), OUTER)[1]}
            stroke="#1a1a1a"
            stroke-width="3"
            stroke-dasharray="6 4"
          />
          <text
            x={point(fractionOf(today), OUTER + 12)[0]}
            y={point(fractionOf(today), OUTER + 12)[1]}
            text-anchor="middle"
            dominant-baseline="central"
            font-size="12"
            fill="#1a1a1a"
          >
            {t('wheel.today')}
          </text>
        </g>
      )}
      <g class="cycle-wheel-milestones">
        {milestones.map((m, index) => {
          const [x, y] = point(fractionOf(m.date), radii[index]!);
          const timing = milestoneTiming(m.date, today);
          const past = timing === 'past';
          return (
            <g>
              <line
                x1={point(fractionOf(m.date), MONTH_INNER)[0]}
                y1={point(fractionOf(m.date), MONTH_INNER)[1]}
                x2={x}
                y2={y}
                stroke="#1a1a1a"
                stroke-width="1"
              />
              {/* Past: filled dark circle; coming: white with a thick rim; overdue tasks: a square. Shape as well as colour. */}
              {m.overdue > 0 ? (
                <rect x={x - 12} y={y - 12} width="24" height="24" fill={past ? '#1a1a1a' : '#ffffff'} stroke="#b51d09" stroke-width="3" />
              ) : (
                <circle cx={x} cy={y} r="12" fill={past ? '#1a1a1a' : '#ffffff'} stroke="#004993" stroke-width={past ? 1 : 3} />
              )}
              <text x={x} y={y} text-anchor="middle" dominant-baseline="central" font-size="12" font-weight="bold" fill={past ? '#ffffff' : '#1a1a1a'}>
                {index + 1}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** The list beside the wheel: the same numbers, with date, title and in words whether past, today or coming. */
export function WheelList({
  lang,
  today,
  milestones,
  hrefOf,
}: {
  lang: Lang;
  today: string;
  milestones: readonly (WheelMilestone & { id: number })[];
  hrefOf?: (id: number) => string;
}) {
  const t = translator(lang);
  return (
    <ol class="cycle-wheel-list">
      {milestones.map((m) => {
        const timing = milestoneTiming(m.date, today);
        const label = timing === 'past' ? t('wheel.past') : timing === 'today' ? t('wheel.todayMark') : t('wheel.comingMark');
        return (
          <li>
            <strong>
              <AdminDate lang={lang} date={m.date} />
            </strong>
            : {hrefOf ? <a href={hrefOf(m.id)}>{m.title}</a> : m.title} ({label}
            {m.overdue > 0 ? `; ${t('list.overdueCount', { count: m.overdue })}` : ''})
          </li>
        );
      })}
    </ol>
  );
}
