import { t } from '../../i18n/index.js';
import type { MessageKey, Lang } from '../../i18n/index.js';
// A list of the things of one kind, each linking to its form, with a link to
// create a new one.

export interface ListRow {
  readonly href: string;
  /** The first cell links to the form. */
  readonly cells: readonly string[];
}

export interface ListPageProps {
  lang: Lang;
  title: string;
  columns: readonly MessageKey[];
  rows: readonly ListRow[];
  newHref?: string;
  newLabel?: MessageKey;
}

export function ListPage({ lang, title, columns, rows, newHref, newLabel }: ListPageProps) {
  return (
    <>
      <h1>{title}</h1>
      {newHref && (
        <p>
          <a class="button button-primary" href={newHref}>
            {t(lang, newLabel ?? 'list.new')}
          </a>
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t(lang, 'list.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col">{t(lang, column)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th scope="row">
                        <a href={row.href}>{cell}</a>
                      </th>
                    ) : (
                      <td>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t(lang, 'list.count', { count: rows.length })}</p>
    </>
  );
}
