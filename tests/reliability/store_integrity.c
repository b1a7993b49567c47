/* store_integrity.c - PRAGMA integrity_check of a lab store, read-only
 * (tests/reliability/concurrency.sh). Prints the check's lines ("ok" when
 * the store is whole).
 *
 * Usage: store_integrity STORE
 * Exit 0 when the check says ok, 1 when it finds damage, 2 when the store
 * cannot be read. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: store_integrity STORE\n");
    return 2;
  }
  sqlite3 *db = NULL;
  sqlite3_stmt *t = NULL;
  int ok = 0, rc = sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &t, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step(t)) == SQLITE_ROW) {
    const char *line = (const char *)sqlite3_column_text(t, 0);
    ok = line && strcmp(line, "ok") == 0;
    puts(line ? line : "(null)");
    rc = SQLITE_OK;
  }
  if (rc != SQLITE_DONE) {
    fprintf(stderr, "store_integrity: %s: %s\n", argv[1], db ? sqlite3_errmsg(db) : "no memory");
    ok = -1;
  }
  sqlite3_finalize(t);
  sqlite3_close(db);
  return ok > 0 ? 0 : ok < 0 ? 2 : 1;
}
