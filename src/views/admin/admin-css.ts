// The few rules the admin pages need beyond DKFDS: the header line, the menu
// in a row, and room around forms. Served as /assets/admin/admin.css (no
// inline styles, so the Content-Security-Policy can stay strict).
export const ADMIN_CSS = `
.admin-brand { font-weight: 600; font-size: 1.25rem; color: inherit; text-decoration: none; }
.header .portal-info-inner { padding-left: 1.6rem; padding-right: 1.6rem; }
.portal-info-inner { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem; padding: 1rem 0; }
.portal-user { display: flex; align-items: center; gap: 1rem; }
.portal-user .user { margin: 0; }
.admin-inline-form { display: inline; margin: 0; }
.admin-menu { display: flex; flex-wrap: wrap; gap: 0 1.5rem; list-style: none; padding: 0; margin: 0; }
.admin-menu li { list-style: none; margin: 0; padding: 0; }
.admin-menu li::before { content: none; display: none; }
.admin-menu .nav-link { display: inline-block; padding: 0.75rem 0; }
.admin-menu .nav-link.current { font-weight: 600; text-decoration: underline; }
.admin-main { padding-top: 2rem; padding-bottom: 3rem; }
.admin-main form.admin-form { max-width: 48rem; }
.admin-filter { margin-bottom: 1.5rem; display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; }
.admin-filter .form-group { margin-top: 0.5rem; }
.admin-saved-now { margin-top: 0.25rem; font-size: 0.875rem; }
.admin-json { white-space: pre-wrap; word-break: break-word; font-size: 0.875rem; }
.admin-footer { padding-bottom: 2rem; }
`;
