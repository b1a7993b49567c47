/* store_dump.c - a lab store as text, for comparing stores byte for byte
 * (tests/reliability/determinism.sh, security.sh). Reads the file with
 * SQLite directly, read-only.
 *
 * Usage: store_dump [--schema] STORE
 *   --schema  only the schema (sqlite_schema's rows, user_version and
 *             application_id)
 * Otherwise also every table's rows in id (rowid or primary key) order,
 * one line each: NULL, integers, reals (%.17g), 'text' with ' doubled and
 * control bytes as \xNN, X'blob'.
 * Exit 0, or 2 when the store cannot be read.
 *
 * Other tests compile it in (iofault.c): with STORE_DUMP_NO_MAIN defined
 * before #include "store_dump.c", only dump_store() is defined. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_text(FILE *out, const unsigned char *s, int n) {
  putc('\'', out);
  for (int i = 0; i < n; i++) {
    if (s[i] == '\'') fputs("''", out);
    else if (s[i] < 0x20 || s[i] == 0x7f) fprintf(out, "\\x%02X", s[i]);
    else putc(s[i], out);
  }
  putc('\'', out);
}

static void put_value(FILE *out, sqlite3_stmt *t, int i) {
  switch (sqlite3_column_type(t, i)) {
  case SQLITE_NULL: fputs("NULL", out); break;
  case SQLITE_INTEGER: fprintf(out, "%lld", (long long)sqlite3_column_int64(t, i)); break;
  case SQLITE_FLOAT: fprintf(out, "%.17g", sqlite3_column_double(t, i)); break;
  case SQLITE_TEXT:
    put_text(out, sqlite3_column_text(t, i), sqlite3_column_bytes(t, i));
    break;
  default: {
    const unsigned char *b = sqlite3_column_blob(t, i);
    fputs("X'", out);
    for (int k = 0; k < sqlite3_column_bytes(t, i); k++) fprintf(out, "%02X", b[k]);
    putc('\'', out);
  }
  }
}

/* Prints every row of sql; 0 or an SQLite error code. */
static int rows(FILE *out, sqlite3 *db, const char *sql) {
  sqlite3_stmt *t = NULL;
  int rc = sqlite3_prepare_v2(db, sql, -1, &t, NULL);
  if (rc != SQLITE_OK) return rc;
  while ((rc = sqlite3_step(t)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(t); i++) {
      if (i) putc('|', out);
      put_value(out, t, i);
    }
    putc('\n', out);
  }
  sqlite3_finalize(t);
  return rc == SQLITE_DONE ? 0 : rc;
}

/* The dump of the store at path to out; 0, or 2 (the reason on stderr). */
static int dump_store(const char *path, int schema_only, FILE *out) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    fprintf(stderr, "store_dump: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return 2;
  }
  sqlite3_busy_timeout(db, 5000);
  fputs("-- schema\n", out);
  int rc = rows(out, db,
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
  if (!rc) rc = rows(out, db, "SELECT 'user_version', user_version FROM pragma_user_version"
                              " UNION ALL SELECT 'application_id', application_id"
                              " FROM pragma_application_id");
  sqlite3_stmt *tables = NULL;
  if (!rc && !schema_only)
    rc = sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT"
                                " LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", -1, &tables, NULL);
  while (!rc && tables && sqlite3_step(tables) == SQLITE_ROW) {
    const char *name = (const char *)sqlite3_column_text(tables, 0);
    fprintf(out, "-- table %s\n", name);
    /* a test tool naming the store's own tables: quoted as identifiers */
    char *by_rowid = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", name);
    char *by_all = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY 1, 2", name);
    rc = rows(out, db, by_rowid);
    if (rc == SQLITE_ERROR) rc = rows(out, db, by_all); /* WITHOUT ROWID: its key columns first */
    sqlite3_free(by_rowid), sqlite3_free(by_all);
  }
  if (rc) fprintf(stderr, "store_dump: %s\n", sqlite3_errmsg(db)); /* before finalize clears it */
  sqlite3_finalize(tables);
  sqlite3_close(db);
  return rc ? 2 : 0;
}

#ifndef STORE_DUMP_NO_MAIN
int main(int argc, char **argv) {
  int schema_only = argc == 3 && strcmp(argv[1], "--schema") == 0;
  if (argc != 2 + schema_only) {
    fprintf(stderr, "usage: store_dump [--schema] STORE\n");
    return 2;
  }
  return dump_store(argv[argc - 1], schema_only, stdout);
}
#endif
