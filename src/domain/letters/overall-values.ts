// The placeholders of the overall judgement that the orientation letter and
// the annual report share: the policy's colour, the words that follow the
// counts, what that means in a sentence, and the distribution. The older
// count placeholders ({{green}} …) stay, so templates edited before still fill.
import type { IndicatorLine, LetterLang, OverallLine } from './view-models.js';
import { colourWord } from './words.js';

export function overallValues(policy: string, overall: OverallLine, indicators: readonly IndicatorLine[], lang: LetterLang): Record<string, string> {
  const count = (colours: readonly string[]) => String(indicators.filter((i) => colours.includes(i.colour)).length);
  return {
    policy,
    total: String(indicators.length),
    overallStatus: colourWord(overall.colour, lang),
    overallVerdict: overall.verdict ?? colourWord(overall.colour, lang),
    overallReading: overall.reading ?? '',
    distribution: overall.distribution ?? '',
    green: count(['green']),
    yellow: count(['yellow', 'orange']),
    red: count(['red']),
    grey: count(['grey']),
  };
}
