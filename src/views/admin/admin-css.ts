// The few rules the admin pages need beyond DKFDS: the header line, the menu
// of groups (each a <details> that drops down on a wide screen and opens in
// place on a narrow one), room around forms, the desk's sections, and the
// status badge of the public site (colour, shape and words). Served as /assets/admin/admin.css (no
// inline styles, so the Content-Security-Policy can stay strict).
export const ADMIN_CSS = `
.admin-brand { font-weight: 600; font-size: 1.25rem; color: inherit; text-decoration: none; }
.header .portal-info-inner { padding-left: 1.6rem; padding-right: 1.6rem; }
.portal-info-inner { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem; padding: 1rem 0; }
.portal-user { display: flex; align-items: center; gap: 1rem; }
.portal-user .user { margin: 0; }
.admin-inline-form { display: inline; margin: 0; }
.admin-menu { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0 1.5rem; list-style: none; padding: 0; margin: 0; }
.admin-menu li { list-style: none; margin: 0; padding: 0; }
.admin-menu li::before { content: none; display: none; }
.admin-menu .nav-link { display: inline-block; padding: 0.75rem 0; }
.admin-menu .nav-link.current { font-weight: 600; text-decoration: underline; }
/* DKFDS hides its menu on narrow screens for a script-driven drawer; the admin has no script, so its menu stays. */
.header .navigation-menu { display: block; }
.admin-menu-group { position: relative; }
.admin-menu-group summary { cursor: pointer; padding: 0.75rem 0; color: #0059b3; }
.admin-menu-group summary.current { font-weight: 600; text-decoration: underline; }
.admin-menu-group ul { list-style: none; margin: 0; padding: 0 0 0.5rem 1rem; }
.admin-menu-group ul .nav-link { padding: 0.4rem 0; }
@media (min-width: 48em) {
  .admin-menu-group details[open] > ul { position: absolute; z-index: 10; top: 100%; left: 0; min-width: 14rem; padding: 0.5rem 1rem; background: #fff; border: 1px solid #747474; box-shadow: 0 4px 8px rgba(0, 0, 0, 0.15); }
}
.admin-main { padding-top: 2rem; padding-bottom: 3rem; }
.admin-main form.admin-form { max-width: 48rem; }
.admin-filter { margin-bottom: 1.5rem; display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; }
.admin-filter .form-group { margin-top: 0.5rem; }
.admin-saved-now { margin-top: 0.25rem; font-size: 0.875rem; }
.admin-json { white-space: pre-wrap; word-break: break-word; font-size: 0.875rem; }
.admin-footer { padding-bottom: 2rem; }
time { white-space: nowrap; }
.desk-grid { display: grid; gap: 0 3rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); }
.desk-grid > section { min-width: 0; }
.desk-list { padding-left: 1.25rem; }
.desk-list li { margin-bottom: 0.35rem; }
.desk-figure { font-size: 1.25rem; font-weight: 600; }
.status { display: inline-flex; align-items: center; gap: 0.4em; font-weight: 600; white-space: nowrap; }
.status-icon { display: inline-block; flex: none; width: 1.5em; height: 1.5em; line-height: 1.5em; text-align: center; border-radius: 50%; color: #fff; font-size: 0.85em; }
.status-green .status-icon { background: #1e6b2f; }
.status-yellow .status-icon { background: #ffcc00; color: #1a1a1a; box-shadow: inset 0 0 0 2px #5c4300; }
.status-orange .status-icon { background: #8a4500; }
.status-red .status-icon { background: #a4161a; }
.status-grey .status-icon { background: #555555; }
`;
