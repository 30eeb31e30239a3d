// The drafts under /admin/letters: the list with the form for a new draft,
// one draft's wording (saved at the version it was opened at), its preview
// as HTML, its export as DOCX, HTML or PDF, and deleting it. The secretariat
// only (canWriteLetters).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ChromiumMissing, isChromiumAvailable } from '../../../../documents/chromium.js';
import { CONTENT_TYPES, exportLetter, isLetterFormat, letterFileName } from '../../../../documents/export-letter.js';
import { LETTER_CSS, letterToHtml } from '../../../../documents/letter-html.js';
import { allowInlineStyle, styleHashOf } from '../../../plugins/security-headers.js';
import { listSections } from '../../../../domain/letters/letter-sections.js';
import { canEditLetterTemplates, canOpenLetters, canReadLetter, canWriteLetters, isCommitteeMember, isSecretariat } from '../../../../domain/permissions.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../../services/errors.js';
import { loadLetterChoices } from '../../../../services/letters/letter-choices.js';
import {
  createLetterDraft,
  deleteLetterDraftById,
  getLetterDraft,
  listLetterDraftSummaries,
  listLettersSharedWithCommittee,
  renderLetterDraft,
  saveLetterDraftFiling,
  saveLetterDraftSections,
  setLetterDraftShared,
} from '../../../../services/letters/letter-drafts.js';
import type { LetterDraft } from '../../../../services/letters/letter-drafts.js';
import { DraftEditPage } from '../../../../views/admin/letters/draft-edit-page.js';
import { LettersHomePage } from '../../../../views/admin/letters/letters-home-page.js';
import { MyLettersPage } from '../../../../views/admin/letters/my-letters-page.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { isIsoDate } from '../../../../domain/cycle/iso-dates.js';
import { toIsoDate } from '../../../../services/change-context.js';
import { formatLongDate } from '../../../../i18n/format.js';
import { t } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';
import { dateText } from '../../../../views/admin/admin-date.js';

type Values = Record<string, string>;

const newDraftSchema = z.object({
  kind: z.enum(['orientation', 'challenge', 'report', 'red_twice']),
  release: z.union([z.literal('latest'), z.string().regex(/^[1-9]\d{0,9}$/)]),
  committee: z.string().trim().max(60).optional(),
  project: z.union([z.literal(''), z.string().regex(/^[1-9]\d{0,9}$/)]).optional(),
  economy: z.literal('on').optional(),
  /** Today when left out. */
  date: z.union([z.literal(''), z.string().trim().refine(isIsoDate)]).optional(),
  lang: z.enum(['da', 'en']),
});

/** What the new-draft form may be opened with, e.g. from the project board's red-twice flag. */
const PREFILLED = ['kind', 'committee', 'project', 'release', 'lang'] as const;

/** The posted fields that are plain text (a repeated name is not a section). */
function bodyValues(request: FastifyRequest): Values {
  return Object.fromEntries(Object.entries(formValues(request)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function registerDraftRoutes(app: FastifyInstance, options: { now: () => Date; baseUrl?: string }): void {
  const config = { allow: canWriteLetters };

  async function sendHome(
    request: FastifyRequest,
    reply: FastifyReply,
    shown: { values: Values; problems: Record<string, string>; notice: { kind: 'success' | 'error'; text: string } | null },
    status = 200,
  ) {
    const lang = signedInUser(request).language;
    const today = toIsoDate(options.now());
    const [drafts, choices] = await Promise.all([listLetterDraftSummaries(app.db), loadLetterChoices(app.db, lang, today)]);
    return sendAdminPage(request, reply, {
      title: t(lang, 'letters.title'),
      current: 'letters',
      status,
      body: (csrfToken) => (
        <LettersHomePage
          lang={lang}
          csrfToken={csrfToken}
          drafts={drafts.map((d) => ({
            id: d.id,
            title: d.title,
            kind: t(lang, `letters.kind.${d.letter_kind}`),
            lang: t(lang, `letters.lang.${d.lang}`),
            updatedAt: d.updated_at,
            updatedBy: d.updated_by,
          }))}
          releases={[
            { value: 'latest', label: t(lang, 'letters.latest') },
            ...choices.releases.map((r) => ({ value: String(r.id), label: `${r.title} (${r.publishedOn ? dateText(lang, r.publishedOn) : ''})` })),
          ]}
          committees={choices.committees.map((c) => ({ value: c.code, label: c.name }))}
          projects={choices.redTwiceProjects.map((p) => ({ value: String(p.id), label: p.title }))}
          today={today}
          values={shown.values}
          problems={shown.problems}
          notice={shown.notice}
          canEditTemplates={canEditLetterTemplates(signedInUser(request))}
        />
      ),
    });
  }

  app.get('/letters', { config }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(PREFILLED.flatMap((name) => (typeof query[name] === 'string' ? [[name, query[name].slice(0, 60)]] : [])));
    return sendHome(request, reply, { values, problems: {}, notice: null });
  });

  app.post('/letters', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const values = bodyValues(request);
    const parsed = newDraftSchema.safeParse(values);
    const invalid = t(lang, 'letters.error.choose');
    if (!parsed.success) {
      const problems = Object.fromEntries(
        parsed.error.issues.map((issue) => [String(issue.path[0]), issue.path[0] === 'date' ? t(lang, 'letters.error.date') : invalid]),
      );
      return sendHome(request, reply, { values, problems, notice: null }, 400);
    }
    const { kind, release, committee, project, economy, date, lang: letterLang } = parsed.data;
    if (kind === 'challenge' && !committee)
      return sendHome(request, reply, { values, problems: { committee: t(lang, 'letters.error.committeeRequired') }, notice: null }, 400);
    if (kind === 'red_twice' && !project)
      return sendHome(request, reply, { values, problems: { project: t(lang, 'letters.error.projectRequired') }, notice: null }, 400);
    try {
      const draft = await createLetterDraft(
        app.db,
        {
          kind,
          lang: letterLang,
          date: date || undefined,
          release: release === 'latest' ? 'latest' : Number(release),
          committeeCode: kind === 'challenge' ? committee : undefined,
          projectId: kind === 'red_twice' ? Number(project) : undefined,
          withEconomy: kind === 'challenge' && economy === 'on',
          siteUrl: options.baseUrl,
        },
        changeContextOf(request, options.now),
      );
      return reply.redirect(`/admin/letters/${draft.id}?created=1`, 303);
    } catch (error) {
      if (error instanceof NotFound || error instanceof Invalid)
        return sendHome(request, reply, { values, problems: {}, notice: { kind: 'error', text: error.messageIn(lang) } }, statusOf(error));
      throw error;
    }
  });

  async function sendDraft(
    request: FastifyRequest,
    reply: FastifyReply,
    draft: LetterDraft,
    shown: {
      values?: Values;
      savedNow?: Readonly<Record<string, string>>;
      notice?: { kind: 'success' | 'error'; text: string } | null;
      version?: number;
      filing?: { caseNumber: string; documentNumber: string };
    },
    status = 200,
  ) {
    const lang = signedInUser(request).language;
    const sections = listSections(draft.kind).filter((s) => s.key in draft.sections);
    const meta = [
      t(lang, `letters.kind.${draft.kind}`),
      formatLongDate(draft.model.context.date, lang),
      draft.model.context.release.title,
      t(lang, `letters.lang.${draft.lang}`),
    ].join(' · ');
    return sendAdminPage(request, reply, {
      title: draft.title,
      current: 'letters',
      status,
      body: (csrfToken) => (
        <DraftEditPage
          lang={lang}
          csrfToken={csrfToken}
          id={draft.id}
          title={draft.title}
          meta={meta}
          sections={sections}
          values={shown.values ?? draft.sections}
          version={shown.version ?? draft.version}
          savedNow={shown.savedNow ?? null}
          notice={shown.notice ?? null}
          pdfAvailable={isChromiumAvailable()}
          share={draft.kind === 'challenge' ? { sharedAt: draft.sharedAt } : null}
          filing={shown.filing ?? { caseNumber: draft.caseNumber ?? '', documentNumber: draft.documentNumber ?? '' }}
        />
      ),
    });
  }

  app.get('/letters/:id', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await getLetterDraft(app.db, idParam(request.params));
    const query = request.query as Record<string, unknown>;
    const notice = query.saved !== undefined ? t(lang, 'letters.saved') : null;
    return sendDraft(request, reply, draft, { notice: notice ? { kind: 'success', text: notice } : null });
  });

  app.post('/letters/:id', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await getLetterDraft(app.db, idParam(request.params));
    const values = bodyValues(request);
    const version = Number(values.version);
    const stale = { kind: 'error' as const, text: t(lang, 'letters.error.stale') };
    if (!Number.isInteger(version)) return sendDraft(request, reply, draft, { values: { ...draft.sections, ...values }, notice: stale }, 400);
    try {
      await saveLetterDraftSections(app.db, draft.id, version, values, changeContextOf(request, options.now));
      return reply.redirect(`/admin/letters/${draft.id}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      return sendDraft(
        request,
        reply,
        draft,
        { values: { ...draft.sections, ...values }, savedNow: draft.sections, version: draft.version, notice: stale },
        statusOf(error),
      );
    }
  });

  app.post('/letters/:id/filing', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await getLetterDraft(app.db, idParam(request.params));
    const values = bodyValues(request);
    const filing = { caseNumber: values.caseNumber ?? '', documentNumber: values.documentNumber ?? '' };
    const version = Number(values.version);
    // A form without its version cannot be checked against the draft: refused as a form.
    if (!Number.isInteger(version)) return sendDraft(request, reply, draft, { filing, notice: { kind: 'error', text: t(lang, 'letters.error.stale') } }, 400);
    try {
      await saveLetterDraftFiling(app.db, draft.id, version, filing, changeContextOf(request, options.now));
      return reply.redirect(`/admin/letters/${draft.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict)
        return sendDraft(request, reply, draft, { filing, notice: { kind: 'error', text: t(lang, 'letters.error.stale') } }, statusOf(error));
      if (error instanceof Invalid)
        return sendDraft(request, reply, draft, { filing, notice: { kind: 'error', text: error.messageIn(lang) } }, statusOf(error));
      throw error;
    }
  });

  app.post('/letters/:id/delete', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await getLetterDraft(app.db, idParam(request.params));
    const version = Number(bodyValues(request).version);
    if (version !== draft.version)
      return sendDraft(request, reply, draft, { notice: { kind: 'error', text: t(lang, 'letters.error.stale') } }, Number.isInteger(version) ? 409 : 400);
    await deleteLetterDraftById(app.db, draft.id, changeContextOf(request, options.now));
    return reply.redirect('/admin/letters', 303);
  });

  /** A draft this person may read: the secretariat any, a committee member its own shared challenge letter. */
  async function readableDraft(request: FastifyRequest): Promise<LetterDraft> {
    const draft = await getLetterDraft(app.db, idParam(request.params));
    if (!canReadLetter(signedInUser(request), { kind: draft.kind, committeeId: draft.committeeId, shared: draft.sharedAt !== null })) {
      throw new Forbidden('error.letter.notShared');
    }
    return draft;
  }

  async function sendMine(request: FastifyRequest, reply: FastifyReply, notice: string | null, status = 200) {
    const lang = signedInUser(request).language;
    const committeeId = signedInUser(request).committeeId;
    const letters = committeeId === null ? [] : await listLettersSharedWithCommittee(app.db, committeeId);
    return sendAdminPage(request, reply, {
      title: t(lang, 'letters.mine'),
      current: 'letters',
      status,
      body: () => <MyLettersPage lang={lang} letters={letters} pdfAvailable={isChromiumAvailable()} notice={notice} />,
    });
  }

  app.get('/letters/mine', { config: { allow: isCommitteeMember } }, async (request, reply) => sendMine(request, reply, null));

  app.post('/letters/:id/share', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await getLetterDraft(app.db, idParam(request.params));
    const values = bodyValues(request);
    const version = Number(values.version);
    if (values.shared !== '1' && values.shared !== '0')
      return sendDraft(request, reply, draft, { notice: { kind: 'error', text: t(lang, 'letters.error.stale') } }, 400);
    try {
      await setLetterDraftShared(app.db, draft.id, version, values.shared === '1', changeContextOf(request, options.now));
      return reply.redirect(`/admin/letters/${draft.id}`, 303);
    } catch (error) {
      if (error instanceof Conflict || error instanceof Invalid)
        return sendDraft(
          request,
          reply,
          draft,
          { notice: { kind: 'error', text: error instanceof Conflict ? t(lang, 'letters.error.stale') : error.messageIn(lang) } },
          statusOf(error),
        );
      throw error;
    }
  });

  // The preview is the letter's own HTML, with its own <style>: this one, and no other.
  const letterStyle = styleHashOf(LETTER_CSS);
  app.get('/letters/:id/preview', { config: { allow: canOpenLetters } }, async (request, reply) => {
    const draft = await readableDraft(request);
    allowInlineStyle(reply, letterStyle);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(letterToHtml(renderLetterDraft(draft)));
  });

  app.get('/letters/:id/export', { config: { allow: canOpenLetters } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const draft = await readableDraft(request);
    const asked = (request.query as Record<string, unknown>).format ?? 'docx';
    if (!isLetterFormat(asked)) throw new NotFound('error.letter.noSuchFormat');
    const letter = renderLetterDraft(draft);
    try {
      const bytes = await exportLetter(letter, asked);
      return reply
        .type(CONTENT_TYPES[asked])
        .header('content-disposition', `attachment; filename="${letterFileName(letter, asked)}"`)
        .header('cache-control', 'no-store')
        .send(bytes);
    } catch (error) {
      if (!(error instanceof ChromiumMissing)) throw error;
      if (!isSecretariat(signedInUser(request))) return sendMine(request, reply, `${t(lang, 'letters.pdfMissing')} ${error.message}`, 503);
      return sendDraft(request, reply, draft, { notice: { kind: 'error', text: `${t(lang, 'letters.pdfMissing')} ${error.message}` } }, 503);
    }
  });
}
