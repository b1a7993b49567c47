/* csv.h - the CSV reader and field writer behind Import-Csv, Export-Csv,
 * ConvertTo-Csv and ConvertFrom-Csv (csv.c), exposed for the unit test.
 *
 * The reader follows Windows PowerShell 5.1's ImportCsvHelper character by
 * character: a record ends at LF or CRLF outside quotes (a lone CR is an
 * ordinary character in 5.1), `""` inside quotes is one quote, spaces and
 * tabs before a field are skipped, text after a closing quote is kept
 * unless it is only blanks, an unclosed quote takes the rest of the input,
 * and a delimiter right before the end of the input adds no empty field.
 * Input bytes are decoded from the file's encoding (BOM first) to UTF-8;
 * invalid UTF-8 becomes U+FFFD, as .NET's decoder does; NUL is kept.
 *
 * Ownership: a CsvReader owns its input (a copy of the text, or the FILE it
 * was given, which csv_reader_free closes); a record's fields point into
 * the record and live until the next csv_read_record or csv_record_free. */
#ifndef UCSH_CSV_H
#define UCSH_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../runtime/strbuf.h"

/* Text encodings of -Encoding (5.1's names), CE_AUTO: a BOM, else UTF-8. */
typedef enum CsvEnc {
  CE_AUTO, CE_UTF8, CE_UTF16LE, CE_UTF16BE, CE_UTF32LE, CE_ASCII, CE_ANSI, CE_UTF8_NOBOM
} CsvEnc;

typedef struct CsvReader CsvReader;

typedef struct CsvRecord {
  StrBuf text;          /* the fields' bytes, back to back */
  size_t *off, *len;    /* [n] each field's place in text */
  int n, cap;
} CsvRecord;

/* A reader of UTF-8 text (copied) or of a file (taken; enc: CE_AUTO or a
 * forced encoding, a BOM still wins). delim is one character in UTF-8. */
CsvReader *csv_reader_mem(const char *text, size_t len, const char *delim);
CsvReader *csv_reader_file(FILE *f, CsvEnc enc, const char *delim);
void csv_reader_free(CsvReader *r);
/* 5.1's first-line check: when the input starts with '#', consume that line
 * and, if it starts with "#Type" (any case), return the rest trimmed
 * (malloc'd; NULL otherwise). */
char *csv_read_type_line(CsvReader *r);
/* The next record; false at the end of the input (no fields). */
bool csv_read_record(CsvReader *r, CsvRecord *rec);
/* Field i's bytes (rec->len[i] of them; "" when all fields are empty). */
const char *csv_field(const CsvRecord *rec, int i);
void csv_record_free(CsvRecord *rec);
/* The encoding the reader found (the BOM's, else what it was given). */
CsvEnc csv_reader_encoding(const CsvReader *r);

/* Append s as a quoted CSV field ("..." with quotes doubled). */
void csv_put_quoted(StrBuf *b, const char *s, size_t n);

#endif
