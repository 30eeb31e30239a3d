// /admin/letters/mine: a committee member's view of the challenge letters
// the secretariat has shared with the committee, to read and download.
import { Notice } from '../forms/notice.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { AdminMoment } from '../admin-date.js';

export interface MyLettersProps {
  readonly lang: Lang;
  readonly letters: readonly { readonly id: number; readonly title: string; readonly lang: 'da' | 'en'; readonly sharedAt: string }[];
  readonly pdfAvailable: boolean;
  readonly notice: string | null;
}

export function MyLettersPage(props: MyLettersProps) {
  const { lang } = props;
  const t = translator(lang);
  return (
    <>
      <h1>{t('letters.mine')}</h1>
      <p>{t('letters.mine.intro')}</p>
      {props.notice && <Notice kind="error">{props.notice}</Notice>}
      {props.letters.length === 0 ? (
        <p>{t('letters.mine.none')}</p>
      ) : (
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('letters.field.title')}</th>
              <th scope="col">{t('letters.field.lang')}</th>
              <th scope="col">{t('letters.field.shared')}</th>
              <th scope="col">{t('letters.download')}</th>
            </tr>
          </thead>
          <tbody>
            {props.letters.map((letter) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/letters/${letter.id}/preview`}>{letter.title}</a>
                </th>
                <td>{t(`letters.lang.${letter.lang}`)}</td>
                <td>
                  <AdminMoment lang={lang} at={letter.sharedAt} />
                </td>
                <td>
                  <a href={`/admin/letters/${letter.id}/export?format=docx`}>{t('letters.download.docx')}</a>
                  {' · '}
                  <a href={`/admin/letters/${letter.id}/export?format=html`}>{t('letters.download.html')}</a>
                  {props.pdfAvailable && (
                    <>
                      {' · '}
                      <a href={`/admin/letters/${letter.id}/export?format=pdf`}>{t('letters.download.pdf')}</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
