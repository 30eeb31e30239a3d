// The admin start page per role over HTTP, on the whole demo read on 20 April
// 2013: each role finds what is due for it, named and dated in Danish, and
// nothing of another role's; the project flags follow the rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions.js';
import { Visitor } from '../admin/support/visitor.js';
import { ENGINES } from '../support/databases.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { DESK_PEOPLE, startDeskApp } from './support.js';

/** The main content as a reader sees it: tags gone, every space (non-breaking too) one space. */
const mainText = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The text of the section under the heading, up to the next heading of the same level. */
function sectionOf(text: string, heading: string, next?: string): string {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const end = next ? text.indexOf(next, start + heading.length) : -1;
  return text.slice(start, end === -1 ? undefined : end);
}

describe.each(ENGINES)('the desk on %s', (engine) => {
  let demo: AccountsApp;
  const pages = {} as Record<Role, string>;
  beforeAll(async () => {
    demo = await startDeskApp(engine);
    for (const role of Object.keys(DESK_PEOPLE) as Role[]) {
      const visitor = new Visitor(demo.app);
      expect((await visitor.signIn(DESK_PEOPLE[role].email, DESK_PEOPLE[role].password)).statusCode).toBe(303);
      const page = await visitor.get('/admin');
      expect(page.statusCode).toBe(200);
      pages[role] = mainText(page.body);
    }
  }, 120_000);
  afterAll(() => demo?.close());

  it("shows the secretariat what is overdue and due in 30 days per committee and administration, the release's completeness and the flagged projects", () => {
    const text = pages.analyst;
    const overdue = sectionOf(text, 'Overskredne frister', 'Frister de næste 30 dage');
    expect(overdue).toContain('Økonomiforvaltningen Nye tal på barometret , frist 4. januar 2013');
    expect(overdue).toContain('106 dage for sent');
    const soon = sectionOf(text, 'Frister de næste 30 dage', 'Aktuel offentliggørelse');
    expect(soon).toContain('Beskæftigelses- og Integrationsudvalget Økonomioversigt fra udvalgene , frist 2. maj 2013');
    expect(soon).toContain('Revideret handleplan , frist 16. maj 2013');
    // BIU has submitted its status statement: not owed any more.
    expect(sectionOf(soon, 'Beskæftigelses- og Integrationsudvalget', 'Kultur- og Fritidsudvalget')).not.toContain('Redegørelse');
    const release = sectionOf(text, 'Aktuel offentliggørelse', 'Åbne kladder');
    expect(release).toContain('Nye tal januar 2013 – Offentliggjort 15. januar 2013');
    expect(release).toContain('Nye tal for 14 af 15 indikatorer');
    expect(release).toContain('Mangler: Andel af kommunens ledere med etnisk minoritetsbaggrund – Økonomiforvaltningen skal levere, forventes 1. kvartal 2013');
    const projects = sectionOf(text, 'Projekter med flag');
    expect(sectionOf(projects, 'Rød to kvartaler i træk', 'Perioden er slut')).not.toContain('Jobpatruljer');
    expect(sectionOf(projects, 'Seneste vurdering er mere end et kvartal gammel')).toContain('Lektiecaféer i boligområderne (BUU), senest vurderet 2012 Q2');
    // The audit log is an administrator's: an analyst sees no recent changes.
    expect(text).not.toContain('Seneste ændringer');
    expect(pages.administrator).toContain('Seneste ændringer');
    expect(pages.administrator).toMatch(/20\. apr\. 2013, 12\.00 : admin@kk\.test: Logget ind – Bruger/);
  });

  it('shows a data supplier what its administration owes to the current release and by when, and only its own indicators', () => {
    const text = pages.data_supplier;
    expect(text).toContain('Det skylder Økonomiforvaltningen til Nye tal januar 2013');
    expect(text).toContain('Andel af kommunens ledere med etnisk minoritetsbaggrund (tal for 2012) – forventes 1. kvartal 2013');
    expect(sectionOf(text, 'Jeres opgaver i årshjulet', 'Indikatorer, som')).toContain('Nye tal på barometret , frist 4. januar 2013');
    const indicators = sectionOf(text, 'Indikatorer, som Økonomiforvaltningen leverer tal til');
    expect(indicators).toContain('Andel af kommunens medarbejdere med etnisk minoritetsbaggrund');
    expect(indicators).not.toContain('Overledighed');
    expect(text).not.toContain('Projekter med flag');
  });

  it('shows a committee member its tasks with names and deadlines and its goals with their statuses', () => {
    const text = pages.committee_member;
    const tasks = sectionOf(text, 'Udvalgets opgaver i årshjulet', 'Mål, som');
    expect(tasks).toContain('Økonomioversigt fra udvalgene , frist 2. maj 2013');
    expect(tasks).toContain('Revideret handleplan , frist 16. maj 2013');
    expect(tasks).not.toContain('Redegørelse');
    const goals = sectionOf(text, 'Mål, som Beskæftigelses- og Integrationsudvalget er ansvarlig for');
    expect(goals).toContain('Flere i arbejde Status: ● Uændret');
    expect(goals).toContain('Færre skal opleve diskrimination Status: ▼ Tilbagegang');
    expect(text).not.toContain('Økonomiforvaltningen');
  });

  it('shows a project owner its projects and what is due for each', () => {
    const text = pages.project_owner;
    expect(text).toContain('Jobpatruljer i udsatte boligområder – Afsluttet, sluttede 28. februar 2013');
    expect(text).toContain('Evaluering planlagt 30. april 2013: Opgørelse af afgang til job og uddannelse');
    expect(text).toContain('Lektiecaféer i boligområderne – I gang, slutter 30. juni 2013');
    expect(text).toContain('Skriv kvartalsvurderingen for 2012 Q3');
    expect(text).not.toContain('Brobyggere');
  });
});
