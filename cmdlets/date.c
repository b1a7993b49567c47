/* date.c - Get-Date and the System.DateTime-like objects it returns.
 *
 * A date is a count of 100 ns ticks since 0001-01-01 00:00 local time, as
 * .NET's DateTime.Ticks. Get-Date reads the clock through ucsh_now() only.
 * The object is a V_OBJ of type System.DateTime with .NET's properties
 * (and PowerShell's DisplayHint and DateTime); its string form ("$d") is
 * the invariant "MM/dd/yyyy HH:mm:ss". Names are en-US. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"
#include "objutil.h"

#define TICKS_PER_SEC 10000000LL
#define TICKS_PER_DAY (86400LL * TICKS_PER_SEC)
#define DAYS_0001_TO_1970 719162LL

static const char *const day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March", "April", "May",
                                          "June", "July", "August", "September", "October",
                                          "November", "December"};

typedef struct DateParts {
  int year, month, day, hour, minute, second;
  int64_t frac; /* ticks within the second */
  int dow, doy; /* 0 = Sunday; 1-based day of year */
} DateParts;

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int64_t ticks_of(const DateParts *p) {
  int64_t days = days_from_civil(p->year, p->month, p->day) + DAYS_0001_TO_1970;
  return days * TICKS_PER_DAY + ((int64_t)p->hour * 3600 + p->minute * 60 + p->second) *
                                    TICKS_PER_SEC + p->frac;
}

static void parts_of(int64_t ticks, DateParts *p) {
  int64_t days = ticks / TICKS_PER_DAY, rem = ticks % TICKS_PER_DAY;
  civil_from_days(days - DAYS_0001_TO_1970, &p->year, &p->month, &p->day);
  int64_t secs = rem / TICKS_PER_SEC;
  p->frac = rem % TICKS_PER_SEC;
  p->hour = (int)(secs / 3600), p->minute = (int)(secs / 60 % 60), p->second = (int)(secs % 60);
  p->dow = (int)((days + 1) % 7);
  p->doy = (int)(days - (days_from_civil(p->year, 1, 1) + DAYS_0001_TO_1970)) + 1;
}

static int64_t now_ticks(void) {
  int off = 0;
  double t = ucsh_now(&off);
  return (int64_t)((t + off) * TICKS_PER_SEC) + DAYS_0001_TO_1970 * TICKS_PER_DAY;
}

/* ---- .NET custom date format strings ---- */

static int run_of(const char *f, char ch) {
  int n = 0;
  while (f[n] == ch) n++;
  return n;
}

static void put_offset(StrBuf *b, int n) {
  int off = 0;
  ucsh_now(&off);
  char sign = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  if (n == 1) sb_printf(b, "%c%d", sign, off / 3600);
  else if (n == 2) sb_printf(b, "%c%02d", sign, off / 3600);
  else sb_printf(b, "%c%02d:%02d", sign, off / 3600, off / 60 % 60);
}

static void put_fraction(StrBuf *b, const DateParts *p, int n, bool trim) {
  char digits[8];
  snprintf(digits, sizeof digits, "%07lld", (long long)p->frac);
  if (n > 7) n = 7;
  while (trim && n > 0 && digits[n - 1] == '0') n--;
  if (trim && n == 0 && b->len && b->data[b->len - 1] == '.') b->len--, b->data[b->len] = 0;
  sb_putn(b, digits, (size_t)n);
}

/* One specifier `ch` repeated n times. */
static void put_field(StrBuf *b, const DateParts *p, char ch, int n) {
  int h12 = p->hour % 12 ? p->hour % 12 : 12;
  switch (ch) {
  case 'd':
    if (n <= 2) sb_printf(b, n == 1 ? "%d" : "%02d", p->day);
    else sb_printf(b, "%.*s", n == 3 ? 3 : 99, day_names[p->dow]);
    break;
  case 'M':
    if (n <= 2) sb_printf(b, n == 1 ? "%d" : "%02d", p->month);
    else sb_printf(b, "%.*s", n == 3 ? 3 : 99, month_names[p->month - 1]);
    break;
  case 'y':
    if (n <= 2) sb_printf(b, n == 1 ? "%d" : "%02d", p->year % 100);
    else sb_printf(b, "%0*d", n, p->year);
    break;
  case 'h': sb_printf(b, n == 1 ? "%d" : "%02d", h12); break;
  case 'H': sb_printf(b, n == 1 ? "%d" : "%02d", p->hour); break;
  case 'm': sb_printf(b, n == 1 ? "%d" : "%02d", p->minute); break;
  case 's': sb_printf(b, n == 1 ? "%d" : "%02d", p->second); break;
  case 'f': case 'F': put_fraction(b, p, n, ch == 'F'); break;
  case 't': sb_puts(b, n == 1 ? (p->hour < 12 ? "A" : "P") : (p->hour < 12 ? "AM" : "PM")); break;
  case 'g': sb_puts(b, "A.D."); break;
  case 'z': put_offset(b, n); break;
  case 'K': put_offset(b, 3); break;
  default: break;
  }
}

static bool is_field(char ch) { return ch && strchr("dMyhHmsfFtgzK", ch) != NULL; }

static void custom_format(StrBuf *b, const DateParts *p, const char *f) {
  while (*f) {
    char ch = *f;
    if (ch == '\'' || ch == '"') {
      const char *e = strchr(f + 1, ch);
      size_t n = e ? (size_t)(e - f - 1) : strlen(f + 1);
      sb_putn(b, f + 1, n);
      f += n + (e ? 2 : 1);
    } else if (ch == '\\' && f[1]) {
      sb_putc(b, f[1]), f += 2;
    } else if (ch == '%' && is_field(f[1])) {
      put_field(b, p, f[1], 1), f += 2;
    } else if (is_field(ch)) {
      int n = run_of(f, ch);
      put_field(b, p, ch, n);
      f += n;
    } else {
      sb_putc(b, ch), f++;
    }
  }
}

typedef struct StdFormat {
  char name;
  const char *pattern;
} StdFormat;

/* en-US standard date and time formats. */
static const StdFormat std_formats[] = {
    {'d', "M/d/yyyy"}, {'D', "dddd, MMMM d, yyyy"}, {'f', "dddd, MMMM d, yyyy h:mm tt"},
    {'F', "dddd, MMMM d, yyyy h:mm:ss tt"}, {'g', "M/d/yyyy h:mm tt"},
    {'G', "M/d/yyyy h:mm:ss tt"}, {'m', "MMMM d"}, {'M', "MMMM d"},
    {'o', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"},
    {'O', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"},
    {'r', "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"}, {'R', "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"},
    {'s', "yyyy'-'MM'-'dd'T'HH':'mm':'ss"}, {'t', "h:mm tt"}, {'T', "h:mm:ss tt"},
    {'u', "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"}, {'U', "dddd, MMMM d, yyyy h:mm:ss tt"},
    {'y', "MMMM yyyy"}, {'Y', "MMMM yyyy"},
};

/* Format a date with a .NET format string; false for an unknown
 * one-letter standard format. */
static bool date_format(StrBuf *b, int64_t ticks, const char *f) {
  DateParts p;
  parts_of(ticks, &p);
  if (f[0] && !f[1]) {
    for (size_t i = 0; i < sizeof std_formats / sizeof std_formats[0]; i++)
      if (std_formats[i].name == f[0]) {
        custom_format(b, &p, std_formats[i].pattern);
        return true;
      }
    return false;
  }
  custom_format(b, &p, f);
  return true;
}

/* ---- -UFormat (strftime, with PowerShell's %Z and %s) ---- */

static void uformat(StrBuf *b, int64_t ticks, const char *f) {
  DateParts p;
  parts_of(ticks, &p);
  struct tm tm = {0};
  tm.tm_year = p.year - 1900, tm.tm_mon = p.month - 1, tm.tm_mday = p.day;
  tm.tm_hour = p.hour, tm.tm_min = p.minute, tm.tm_sec = p.second;
  tm.tm_wday = p.dow, tm.tm_yday = p.doy - 1;
  for (; *f; f++) {
    if (*f != '%' || !f[1]) { sb_putc(b, *f); continue; }
    char spec[3] = {'%', *++f, 0}, out[128];
    if (*f == 'Z') { put_offset(b, 2); continue; }
    if (*f == 's') {
      int off = 0;
      ucsh_now(&off);
      sb_printf(b, "%lld", (long long)(ticks / TICKS_PER_SEC - DAYS_0001_TO_1970 * 86400 - off));
      continue;
    }
    size_t n = strftime(out, sizeof out, spec, &tm);
    sb_putn(b, out, n);
  }
}

/* ---- parsing -Date text ---- */

static bool read_int(const char **s, int maxd, int *out) {
  int n = 0, v = 0;
  while (n < maxd && isdigit((unsigned char)**s)) v = v * 10 + (*(*s)++ - '0'), n++;
  *out = v;
  return n > 0;
}

static bool parse_time(const char *s, DateParts *p) {
  while (*s == ' ' || *s == 'T') s++;
  if (!*s) return true;
  if (!read_int(&s, 2, &p->hour) || *s++ != ':' || !read_int(&s, 2, &p->minute)) return false;
  if (*s == ':' && (s++, !read_int(&s, 2, &p->second))) return false;
  if (*s == '.') {
    s++;
    int64_t scale = TICKS_PER_SEC / 10;
    for (; isdigit((unsigned char)*s); s++, scale /= 10) p->frac += (*s - '0') * scale;
  }
  while (*s == ' ') s++;
  if (!*s) return p->hour < 24 && p->minute < 60 && p->second < 60;
  bool pm = toupper((unsigned char)s[0]) == 'P', am = toupper((unsigned char)s[0]) == 'A';
  if ((!pm && !am) || toupper((unsigned char)s[1]) != 'M' || s[2] || p->hour > 12) return false;
  p->hour = p->hour % 12 + (pm ? 12 : 0);
  return true;
}

/* yyyy-MM-dd, yyyy/MM/dd or M/d/yyyy, then an optional time. */
static bool parse_date(const char *s, int64_t *ticks) {
  DateParts p = {0};
  int a, b, c;
  while (*s == ' ') s++;
  const char *start = s;
  if (!read_int(&s, 4, &a) || (*s != '-' && *s != '/')) return false;
  char sep = *s++;
  if (!read_int(&s, 2, &b) || *s++ != sep || !read_int(&s, 4, &c)) return false;
  bool ymd = s - start > 0 && (start[4] == '-' || start[4] == '/');
  p.year = ymd ? a : c, p.month = ymd ? b : a, p.day = ymd ? c : b;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.year < 1) return false;
  if (!parse_time(s, &p)) return false;
  int y, m, d;
  civil_from_days(days_from_civil(p.year, p.month, p.day), &y, &m, &d);
  if (d != p.day) return false; /* February 30 and friends */
  *ticks = ticks_of(&p);
  return true;
}

/* ---- the DateTime object ---- */

static Value date_string(int64_t ticks, const char *fmt) {
  StrBuf b = SB_INIT;
  date_format(&b, ticks, fmt);
  size_t n;
  char *s = sb_take(&b, &n);
  return val_str_take(s, n);
}

static Value date_object(int64_t ticks, const char *hint) {
  DateParts p;
  parts_of(ticks, &p);
  Value o = val_obj_new(OBJ_GENERIC, "System.DateTime");
  val_obj_set(o, "DisplayHint", val_cstr(hint));
  const char *shown = obj_ci_eq(hint, "Date") ? "D" : obj_ci_eq(hint, "Time") ? "T" : "F";
  val_obj_set(o, "DateTime", date_string(ticks, shown));
  val_obj_set(o, "Day", val_int(p.day));
  val_obj_set(o, "DayOfWeek", val_cstr(day_names[p.dow]));
  val_obj_set(o, "DayOfYear", val_int(p.doy));
  val_obj_set(o, "Hour", val_int(p.hour));
  val_obj_set(o, "Kind", val_cstr("Local"));
  val_obj_set(o, "Millisecond", val_int((int32_t)(p.frac / 10000)));
  val_obj_set(o, "Minute", val_int(p.minute));
  val_obj_set(o, "Month", val_int(p.month));
  val_obj_set(o, "Second", val_int(p.second));
  val_obj_set(o, "Ticks", val_long(ticks));
  val_obj_set(o, "Year", val_int(p.year));
  val_obj_set_text(o, date_string(ticks, "MM/dd/yyyy HH:mm:ss"));
  return o;
}

Value date_from_unix(double secs) {
  int off = 0;
  ucsh_now(&off);
  int64_t ticks = (int64_t)((secs + off) * TICKS_PER_SEC) + DAYS_0001_TO_1970 * TICKS_PER_DAY;
  return date_object(ticks, "DateTime");
}

static bool is_date_object(Value v) {
  return v.kind == V_OBJ && strcmp(v.u.o->type_name->data, "System.DateTime") == 0 &&
         val_obj_prop(v, "Ticks");
}

static Status bad_date(CmdCtx *c, Value v) {
  char *t = conv_to_cstr(v, NULL);
  Status st = obj_fail(c, "System.Management.Automation.ParameterBindingException",
                       "CannotConvertArgumentNoMessage,"
                       "Microsoft.PowerShell.Commands.GetDateCommand",
                       "InvalidArgument", val_null(),
                       "Cannot bind parameter 'Date'. Cannot convert value \"%s\" to type "
                       "\"System.DateTime\". Error: \"String was not recognized as a valid "
                       "DateTime.\"", t);
  free(t);
  return st;
}

/* The -Year ... -Millisecond overrides. */
static int64_t date_adjust(CmdCtx *c, int64_t ticks) {
  static const char *const names[] = {"Year", "Month", "Day", "Hour", "Minute", "Second",
                                      "Millisecond"};
  DateParts p;
  parts_of(ticks, &p);
  int *fields[] = {&p.year, &p.month, &p.day, &p.hour, &p.minute, &p.second, NULL};
  for (int i = 0; i < 7; i++) {
    Value *v = cmd_arg(c, names[i]);
    int32_t n;
    RtError e = {0};
    if (!v || !conv_to_int(*v, &n, &e)) { rt_error_clear(&e); continue; }
    if (fields[i]) *fields[i] = n;
    else p.frac = (int64_t)n * 10000;
  }
  return ticks_of(&p);
}

Status date_process(CmdCtx *c, Value in, bool has_input) {
  Value *dv = cmd_arg(c, "Date");
  Value d = has_input ? in : dv ? *dv : val_null();
  int64_t ticks = now_ticks();
  if (is_date_object(d)) {
    RtError e = {0};
    conv_to_long(*val_obj_prop(d, "Ticks"), &ticks, &e);
    rt_error_clear(&e);
  } else if (d.kind != V_NULL) {
    char *s = conv_to_cstr(d, NULL);
    bool ok = parse_date(s, &ticks);
    free(s);
    if (!ok) return bad_date(c, d);
  }
  ticks = date_adjust(c, ticks);
  Value *fmt = cmd_arg(c, "Format"), *uf = cmd_arg(c, "UFormat"), *hint = cmd_arg(c, "DisplayHint");
  StrBuf b = SB_INIT;
  Value out;
  char *f = fmt ? conv_to_cstr(*fmt, NULL) : uf ? conv_to_cstr(*uf, NULL) : NULL;
  if (uf && !fmt) uformat(&b, ticks, f);
  if (fmt && !date_format(&b, ticks, f)) {
    free(f);
    return obj_fail(c, "System.FormatException",
                    "System.FormatException,Microsoft.PowerShell.Commands.GetDateCommand",
                    "NotSpecified", val_null(), "Input string was not in a correct format.");
  }
  if (f) out = val_cstr(sb_cstr(&b));
  else {
    char *h = hint ? conv_to_cstr(*hint, NULL) : xstrdup("DateTime");
    out = date_object(ticks, h);
    free(h);
  }
  free(f);
  sb_free(&b);
  Status st = cmd_emit(c, out);
  val_unref(out);
  return st;
}

#define DATE_INT(n) {n, NULL, T_INT, false, -1, 0, NULL, "Replace this part of the date."}
const ParamDef date_params[DATE_NPARAMS] = {
    {"Date", "LastWriteTime", T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The date to use instead of now (a DateTime or text like '2013-02-01 10:30:00')."},
    DATE_INT("Year"), DATE_INT("Month"), DATE_INT("Day"), DATE_INT("Hour"), DATE_INT("Minute"),
    DATE_INT("Second"), DATE_INT("Millisecond"),
    {"DisplayHint", NULL, T_STRING, false, -1, 0, "Date,Time,DateTime",
     "Show only the date, only the time, or both."},
    {"Format", NULL, T_STRING, false, -1, 0, NULL,
     "A .NET date format ('yyyy-MM-dd HH:mm:ss', 'D'); the result is a string.", "net"},
    {"UFormat", NULL, T_STRING, false, -1, 0, NULL, "A UNIX format ('%Y-%m-%d').", "UFormat"},
};

_Static_assert(NP(date_params) == DATE_NPARAMS, "DATE_NPARAMS must count date_params");
