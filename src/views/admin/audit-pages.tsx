// The audit log pages: a filter form and a table of entries, page by page;
// and one entry with the fields it changed and its full values. Read-only:
// there is no form here that could change an entry. What changed and how are
// shown in words (audit-words.ts), the moment in Copenhagen time; the
// filter still sends the stored codes, so a link to a filter keeps working.
import type { AuditEntry, FieldChange } from '../../services/admin/audit-browsing.js';
import { t, translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import { AdminMoment } from './admin-date.js';
import { auditActionWords, auditEntityWords } from './audit-words.js';

export interface AuditFilterValues {
  readonly entity: string;
  readonly action: string;
  readonly actor: string;
  readonly from: string;
  readonly to: string;
}

export interface AuditListProps {
  lang: Lang;
  filter: AuditFilterValues;
  vocabulary: { entities: readonly string[]; actions: readonly string[] };
  entries: readonly AuditEntry[];
  page: number;
  pages: number;
  total: number;
  /** The current filter as a query string, without the page. */
  query: string;
}

function Choice({
  lang,
  name,
  label,
  value,
  options,
  words,
}: {
  lang: Lang;
  name: string;
  label: string;
  value: string;
  options: readonly string[];
  words: (lang: Lang, code: string) => string;
}) {
  return (
    <div class="form-group">
      <label class="form-label" for={`filter-${name}`}>
        {label}
      </label>
      <select class="form-select" id={`filter-${name}`} name={name}>
        <option value="">{t(lang, 'audit.filter.all')}</option>
        {options.map((option) => (
          <option value={option} selected={option === value}>
            {words(lang, option)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Input({ name, label, value, type }: { name: string; label: string; value: string; type: 'text' | 'date' }) {
  return (
    <div class="form-group">
      <label class="form-label" for={`filter-${name}`}>
        {label}
      </label>
      <input class="form-input" type={type} id={`filter-${name}`} name={name} value={value} />
    </div>
  );
}

export function AuditListPage(props: AuditListProps) {
  const { lang, filter } = props;
  const t = translator(lang);
  const pageHref = (page: number) => `/admin/audit?${props.query}${props.query ? '&' : ''}page=${page}`;
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form method="get" action="/admin/audit" class="admin-filter" role="search" aria-label={t('audit.filter')}>
        <Choice lang={lang} name="entity" label={t('audit.filter.entity')} value={filter.entity} options={props.vocabulary.entities} words={auditEntityWords} />
        <Choice lang={lang} name="action" label={t('audit.filter.action')} value={filter.action} options={props.vocabulary.actions} words={auditActionWords} />
        <Input name="actor" label={t('audit.filter.actor')} value={filter.actor} type="text" />
        <Input name="from" label={t('audit.filter.from')} value={filter.from} type="date" />
        <Input name="to" label={t('audit.filter.to')} value={filter.to} type="date" />
        <div class="form-group">
          <button type="submit" class="button button-primary">
            {t('audit.filter.submit')}
          </button>{' '}
          <a href="/admin/audit">{t('audit.filter.reset')}</a>
        </div>
      </form>
      {props.entries.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra table--compact">
            <caption class="sr-only">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.entity')}</th>
                <th scope="col">{t('audit.col.id')}</th>
                <th scope="col">{t('audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((entry) => (
                <tr>
                  <td>
                    <AdminMoment lang={lang} at={entry.at} />
                  </td>
                  <td>{entry.actor}</td>
                  <td>{auditActionWords(lang, entry.action)}</td>
                  <td>{auditEntityWords(lang, entry.entity)}</td>
                  <td>{entry.entityId ?? ''}</td>
                  <td>
                    <a href={`/admin/audit/${entry.id}`}>
                      {t('audit.show')}
                      <span class="sr-only"> {t('audit.entry', { id: entry.id })}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('audit.page', { page: props.page, pages: props.pages })}>
        <p>
          {props.page > 1 && <a href={pageHref(props.page - 1)}>{t('audit.previous')}</a>} {t('audit.page', { page: props.page, pages: props.pages })} ·{' '}
          {t('list.count', { count: props.total })} {props.page < props.pages && <a href={pageHref(props.page + 1)}>{t('audit.next')}</a>}
        </p>
      </nav>
    </>
  );
}

export function AuditEntryPage({ lang, entry, changes }: { lang: Lang; entry: AuditEntry; changes: readonly FieldChange[] }) {
  const t = translator(lang);
  const json = (value: unknown) => (value === null || value === undefined ? t('audit.empty') : JSON.stringify(value, null, 2));
  return (
    <>
      <h1>{t('audit.entry', { id: entry.id })}</h1>
      <dl>
        <dt>{t('audit.col.at')}</dt>
        <dd>
          <AdminMoment lang={lang} at={entry.at} />
        </dd>
        <dt>{t('audit.col.actor')}</dt>
        <dd>{entry.actor}</dd>
        <dt>{t('audit.col.action')}</dt>
        <dd>{auditActionWords(lang, entry.action)}</dd>
        <dt>{t('audit.col.entity')}</dt>
        <dd>
          {auditEntityWords(lang, entry.entity)} {entry.entityId ?? ''}
        </dd>
      </dl>
      <h2>{t('audit.changes')}</h2>
      {changes.length === 0 ? (
        <p>{t('audit.noChanges')}</p>
      ) : (
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr>
                <th scope="row">{change.field}</th>
                <td>{change.before}</td>
                <td>{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('audit.full')}</h2>
      <h3>{t('audit.before')}</h3>
      <pre class="admin-json">{json(entry.before)}</pre>
      <h3>{t('audit.after')}</h3>
      <pre class="admin-json">{json(entry.after)}</pre>
      <p>
        <a href="/admin/audit">{t('audit.title')}</a>
      </p>
    </>
  );
}
