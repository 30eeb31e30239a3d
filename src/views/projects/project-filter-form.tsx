// The search and filter form of the project list. A plain GET form, so it
// works without JavaScript and every filtered list has its own address,
// made of dkfds' form controls like the rest of the site.
import type { Lang } from '../../domain/number-format.js';
import type { ProjectFilter } from '../../domain/projects/project-filter.js';
import { PROJECT_STATUSES } from '../../domain/projects/project-status.js';
import { pick, translator } from '../../i18n/index.js';
import type { ProjectFilterChoices } from '../../services/projects/public-projects.js';
import { projectListPath } from './project-paths.js';

interface Choice {
  value: string;
  label: string;
}

function Select({
  name,
  label,
  choices,
  selected,
  anyLabel,
}: {
  name: string;
  label: string;
  choices: Choice[];
  selected: string | undefined;
  anyLabel: string;
}) {
  return (
    <div class="form-group">
      <label class="form-label" for={`filter-${name}`}>
        {label}
      </label>
      <select class="form-select" id={`filter-${name}`} name={name}>
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option value={c.value} selected={c.value === selected} key={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ProjectFilterForm({ lang, filter, choices }: { lang: Lang; filter: ProjectFilter; choices: ProjectFilterChoices }) {
  const t = translator(lang);
  const any = t('projects.any');
  return (
    <form method="get" action={projectListPath(lang)} role="search" aria-label={t('projects.filters')} class="project-filters">
      <div class="form-group">
        <label class="form-label" for="filter-q">
          {t('projects.searchLabel')}
        </label>
        <input class="form-input" id="filter-q" type="search" name="q" value={filter.text ?? ''} />
      </div>
      <Select
        name="goal"
        label={t('field.goal')}
        anyLabel={any}
        selected={filter.goalCode}
        choices={choices.goals.map((g) => ({ value: g.code, label: `${g.number}. ${pick(lang, g.title.da, g.title.en)}` }))}
      />
      <Select
        name="committee"
        label={t('field.committee')}
        anyLabel={any}
        selected={filter.committeeCode}
        choices={choices.committees.map((c) => ({ value: c.code, label: pick(lang, c.name.da, c.name.en) }))}
      />
      <Select
        name="status"
        label={t('field.status')}
        anyLabel={any}
        selected={filter.status}
        choices={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Select
        name="year"
        label={t('field.year')}
        anyLabel={any}
        selected={filter.year === undefined ? undefined : String(filter.year)}
        choices={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <p class="project-filter-actions">
        <button class="button button-primary" type="submit">
          {t('projects.show')}
        </button>
        <a class="button button-secondary" href={projectListPath(lang)}>
          {t('projects.clear')}
        </a>
      </p>
    </form>
  );
}
