// How both engines store a value, so every table file writes its columns the
// same way: ids are integers, timestamps ISO 8601 text, dates `YYYY-MM-DD`
// text, flags 0/1 integers (SQLite has no boolean), structured values JSON
// text, file contents a Buffer (blob / bytea), money whole kroner (`_kr`
// columns, bigint in the database, a number here).

export type Flag = 0 | 1;
