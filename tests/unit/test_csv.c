/* test_csv.c - the CSV record reader (5.1's ParseNextRecord) and the
 * field writer of cmdlets/csv.c, on text and on files in each encoding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmdlets/csv.h"

static int passed, failed;

static void check(bool ok, const char *what, int line) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d: %s\n", line, what);
}
#define CHECK(cond) check((cond), #cond, __LINE__)

/* The records of r as "f1|f2;f3|..." (fields joined by |, records by ;). */
static char *records(CsvReader *r) {
  static char out[4096];
  CsvRecord rec = {0};
  size_t n = 0;
  out[0] = 0;
  while (csv_read_record(r, &rec)) {
    for (int i = 0; i < rec.n && n + rec.len[i] + 2 < sizeof out; i++) {
      if (i) out[n++] = '|';
      memcpy(out + n, csv_field(&rec, i), rec.len[i]);
      n += rec.len[i];
    }
    out[n++] = ';';
    out[n] = 0;
  }
  csv_record_free(&rec);
  csv_reader_free(r);
  return out;
}

static char *parse(const char *text, const char *delim) {
  return records(csv_reader_mem(text, strlen(text), delim));
}

static char *parse_file(const char *bytes, size_t n, CsvEnc enc) {
  FILE *f = tmpfile();
  fwrite(bytes, 1, n, f);
  rewind(f);
  return records(csv_reader_file(f, enc, ","));
}

#define CHECK_PARSE(text, want) CHECK(strcmp(parse(text, ","), want) == 0)

int main(void) {
  CHECK_PARSE("a,b\r\n1,2\n", "a|b;1|2;");
  CHECK_PARSE("\"x,y\",\"say \"\"hi\"\"\"\n", "x,y|say \"hi\";");
  CHECK_PARSE("\"l1\r\nl2\",z", "l1\r\nl2|z;");
  CHECK_PARSE("  lead,trail  ,mid dle \n", "lead|trail |mid dle ;");
  CHECK_PARSE("\"q\"  ,\"q\" tail,x\"y\"z\n", "q|q tail|x\"y\"z;");
  CHECK_PARSE("a,b,\n", "a|b|;");     /* a delimiter before the newline: an empty field */
  CHECK_PARSE("a,b,", "a|b;");        /* at the end of the input: none */
  CHECK_PARSE("a\n\nb\n", "a;;b;");   /* a blank line is one empty field */
  CHECK_PARSE("a\rb,c", "a\rb|c;");   /* a lone CR is an ordinary character in 5.1 */
  CHECK_PARSE("\"open,\nrest", "open,\nrest;");
  CHECK(strcmp(parse("a;b,c\n", ";"), "a|b,c;") == 0);
  CHECK(strcmp(parse("a\xc2\xa7" "b\xc2\xa7\"c\xc2\xa7\"\n", "\xc2\xa7"), "a|b|c\xc2\xa7;") == 0);

  CsvReader *r = csv_reader_mem("#TYPE  Foo.Bar \r\nh\n1", 20, ",");
  char *t = csv_read_type_line(r);
  CHECK(t && strcmp(t, "Foo.Bar") == 0);
  free(t);
  CHECK(strcmp(records(r), "h;1;") == 0);
  r = csv_reader_mem("#note\nh\n", 8, ",");
  CHECK(csv_read_type_line(r) == NULL);
  CHECK(strcmp(records(r), "h;") == 0);

  CHECK(strcmp(parse_file("\xEF\xBB\xBF" "a,b\n", 7, CE_AUTO), "a|b;") == 0);
  CHECK(strcmp(parse_file("\xFF\xFE" "a\0,\0\xe9\0", 8, CE_AUTO), "a|\xc3\xa9;") == 0);
  CHECK(strcmp(parse_file("\xFE\xFF\0a\0,\0b", 8, CE_AUTO), "a|b;") == 0);
  FILE *bad = tmpfile();
  fwrite("x\xff\xc3(,n\0l", 1, 8, bad);
  rewind(bad);
  CsvReader *br = csv_reader_file(bad, CE_AUTO, ",");
  CsvRecord brec = {0};
  CHECK(csv_read_record(br, &brec) && brec.n == 2 && brec.len[0] == 8 && brec.len[1] == 3);
  CHECK(memcmp(brec.text.data, "x\xef\xbf\xbd\xef\xbf\xbd(n\0l", 11) == 0); /* U+FFFD twice; NUL kept */
  csv_record_free(&brec);
  csv_reader_free(br);
  r = csv_reader_file(tmpfile(), CE_AUTO, ",");
  CHECK(strcmp(records(r), "") == 0);
  CHECK(strcmp(parse_file("caf\xe9", 4, CE_ANSI), "caf\xc3\xa9;") == 0);
  CHECK(strcmp(parse_file("caf\xe9", 4, CE_ASCII), "caf?;") == 0);

  /* a field longer than the reader's chunk */
  size_t big = 200000;
  char *text = malloc(big + 8);
  text[0] = '"';
  memset(text + 1, 'x', big);
  strcpy(text + 1 + big, "\",y\n");
  FILE *f = tmpfile();
  fwrite(text, 1, strlen(text), f);
  rewind(f);
  r = csv_reader_file(f, CE_AUTO, ",");
  CsvRecord rec = {0};
  CHECK(csv_read_record(r, &rec) && rec.n == 2 && rec.len[0] == big && rec.len[1] == 1);
  csv_record_free(&rec);
  csv_reader_free(r);
  free(text);

  StrBuf b = SB_INIT;
  csv_put_quoted(&b, "a\"b\"", 4);
  CHECK(strcmp(sb_cstr(&b), "\"a\"\"b\"\"\"") == 0);
  sb_free(&b);

  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
