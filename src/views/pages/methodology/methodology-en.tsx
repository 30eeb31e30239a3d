// The method explained in English, without formulas.
import type { SiteContext } from '../../site-context.js';
import { StatusLegend } from '../../components/status-legend.js';

export function MethodologyEn({ ctx }: { ctx: SiteContext }) {
  return (
    <>
      <h1>How to read the barometer</h1>
      <p class="font-lead">
        The barometer shows how far the city has come towards the goals of its policy. Each goal is followed through one or more indicators: figures measured
        the same way year after year.
      </p>
      <h2>Baseline, latest figure and target</h2>
      <p>
        Every indicator has a <strong>baseline</strong>: the first figure that progress is counted from. If there is no figure for the baseline year, the first
        figure after it is used. The <strong>latest figure</strong> is the newest published one. Many indicators also have a <strong>target</strong>: the figure
        the city wants to reach by a given year.
      </p>
      <p>
        For each indicator it is settled whether a higher or a lower figure is better. Some indicators measure the gap between two groups, such as bilingual and
        monolingual pupils. For those, progress means a smaller gap.
      </p>
      <h2>Status: colour, symbol and words</h2>
      <p>Every indicator gets a status. It is always shown with a colour, a symbol and words, so nobody has to tell colours apart:</p>
      <StatusLegend ctx={ctx} />
      <h3 id="method-direction">Development since the baseline (the standard method)</h3>
      <p>
        The latest figure is compared with the baseline. If it has improved, the status is <strong>progress</strong> (green). If it has worsened, the status is{' '}
        <strong>regress</strong> (red). If the change is too small to mean anything, the status is <strong>unchanged</strong> (yellow). How small a change must
        be to count as unchanged is the <strong>tolerance</strong>, given on each indicator's page.
      </p>
      <p>
        Figures are compared as they are published, rounded to the decimals the indicator is shown with. When the target has been met, the status says{' '}
        <strong>target reached</strong>. An indicator with only a baseline, or no figures at all, shows <strong>no data</strong>.
      </p>
      <p>Beside it is the change since the last figure. It tells how the latest year went, but the colour follows the change since the baseline.</p>
      <h3 id="method-trajectory">Course towards the target</h3>
      <p>
        Some indicators are judged on whether the city is on its way to reaching the target in time. Picture a straight line from the baseline to the target: if
        the latest figure is on or beyond the line, the status is <strong>on course</strong> (green). If it is better than the baseline but behind the line, the
        status is <strong>progress, too slow</strong> (yellow). Otherwise it is <strong>off course</strong> (red).
      </p>
      <h3 id="method-opensdg">The UN Sustainable Development Goals method (Open SDG)</h3>
      <p>
        Indicators compared with other cities or countries may be judged by the method Statistics Canada developed for the UN goals. It looks at how fast the
        figure grows each year and compares that with the growth needed to reach the target. The status is then <strong>on track</strong>,{' '}
        <strong>progress made but acceleration needed</strong>, <strong>limited progress</strong> or <strong>deterioration</strong>.
      </p>
      <h2>Goals, focus areas and committees</h2>
      <p>
        A goal or focus area takes the status of its <strong>main indicator</strong> when one indicator has been named the most important. Otherwise the
        majority decides: more green than red indicators make the whole green, more red than green make it red, anything else is yellow. A committee is judged
        on the goals it is responsible for. Goals that all committees share are listed on a committee's page but do not count towards its status.
      </p>
      <h2>Releases and revisions</h2>
      <p>
        New figures arrive in <strong>releases</strong>, usually once a year. Each release says how many of the indicators got a new figure. When a figure is
        missing, the release says why, which administration owes it, how long it has been missing and when it is expected.
      </p>
      <p>
        A <strong>provisional figure</strong> may be corrected when the final figure is ready. Corrections are always made in a new release with a reason, and
        the old figure stays on the indicator's page, so you can see what changed.
      </p>
      <h2>Use the figures yourself</h2>
      <p>
        Every figure can be downloaded as CSV, JSON and JSON-stat from its indicator's page, and through an open API.{' '}
        <a href={ctx.paths.openData()}>Read about the open data</a>.
      </p>
    </>
  );
}
