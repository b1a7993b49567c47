#!/bin/sh
# sql_lint.sh [FILE...] - no SQL text is ever built from data (issue 7
# point 6). Default FILE: cmdlets/store.c. Prints FILE:LINE: why for each
# finding and exits 1 when there is one.
#
# The rules, on the C tokens of each file (comments dropped):
#  1. The SQL argument of sqlite3_prepare*() and sqlite3_exec() is fixed
#     text: string literals, UPPER_CASE constants or macros (SQL[q],
#     MIGRATIONS[v], TEMP_TABLES, STR(N)), and the branches of a ?: between
#     them. A lower-case name is fixed only when it is
#       - a `const char *name = <fixed text>` local of the same function, or
#       - a parameter of the enclosing function: that function is then a
#         wrapper (exec, prep_once) and every call of it is checked the same
#         way, on the same argument.
#     Anything else (a buffer, a member, a call such as afmt(...)) is data.
#  2. No SQLite printf at all (sqlite3_mprintf, sqlite3_snprintf,
#     sqlite3_str_appendf...): %q/%Q/%w are how SQL gets built from data.
#  3. No printf-family call (snprintf, sprintf, afmt, sb_printf...) whose
#     format is SQL (starts with a statement keyword).
#  4. No printf directive (%s, %d, %lld, %q...) inside a SQL literal (a
#     literal holding an upper-case SQL keyword).
# tests/reliability/sql_lint_selftest.sh runs it on a sample with planted
# violations, so the lint cannot pass vacuously.
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 0 ] && set -- "$here/../../cmdlets/store.c"
status=0
for f in "$@"; do
  awk -v FILE="$f" -v Q="'" '
function add(t, ty) { n++; tok[n] = t; typ[n] = ty; lin[n] = line }
function report(i, why) {
  key = lin[i] ": " why
  if (!(key in seen)) { seen[key] = 1; print FILE ":" key; bad = 1 }
}
function upper(t) { return t ~ /^[A-Z_][A-Z0-9_]*$/ }
# the token index of the ( ) [ ] match of the opener at i
function close_of(i,   d, j) {
  d = 0
  for (j = i; j <= n; j++) {
    if (tok[j] == "(" || tok[j] == "[" || tok[j] == "{") d++
    else if (tok[j] == ")" || tok[j] == "]" || tok[j] == "}") { d--; if (d == 0) return j }
  }
  return n
}
# the enclosing function of token i (0: none)
function fn_of(i,   k) {
  for (k = 1; k <= nf; k++) if (fstart[k] <= i && i <= fend[k]) return k
  return 0
}
# is tokens a..b (inclusive) fixed text inside function f? why -> reason
function fixed(a, b, f, depth,   j, d, q, c, t, k, p, e) {
  if (depth > 8) { reason = "too deep"; return 0 }
  if (a > b) { reason = "empty SQL argument"; return 0 }
  # a top-level ?: : only the branches become the text
  d = 0; q = 0
  for (j = a; j <= b; j++) {
    t = tok[j]
    if (t == "(" || t == "[") d++
    else if (t == ")" || t == "]") d--
    else if (d == 0 && t == "?" && !q) q = j
    else if (d == 0 && t == ":" && q) c = j
  }
  if (q && c) return fixed(q + 1, c - 1, f, depth + 1) && fixed(c + 1, b, f, depth + 1)
  for (j = a; j <= b; j++) {
    t = tok[j]
    if (typ[j] == "S" || t == "(" || t == ")") continue
    if (typ[j] == "I" && upper(t)) {
      if (tok[j + 1] == "[" ) j = close_of(j + 1)          # SQL[q], MIGRATIONS[v]
      else if (tok[j + 1] == "(") j = close_of(j + 1)      # STR(N): a macro of constants
      continue
    }
    if (typ[j] == "I" && tok[j + 1] != "(" && tok[j - 1] != "." && tok[j - 1] != "->") {
      if (f && ((f SUBSEP t) in param) && !fstatic[f]) {
        reason = "\"" t "\" is a parameter of " fname[f] "(), which is not static: its callers" \
                 " elsewhere are not checked"
        return 0
      }
      if (f && ((f SUBSEP t) in param)) {                  # a wrapper: check its callers
        k = fname[f] SUBSEP param[f, t]
        if (!(k in wrap)) { wrap[k] = 1; wrapn[fname[f]] = param[f, t]; grew = 1 }
        continue
      }
      # const char *t = <fixed>; in the same function
      for (p = (f ? fstart[f] : 1); p <= (f ? fend[f] : n); p++) {
        if (tok[p] == t && tok[p + 1] == "=" && tok[p - 1] == "*" && tok[p - 2] == "char" &&
            tok[p - 3] == "const") {
          for (e = p + 2; e <= n && tok[e] != ";"; e++) ;
          if (fixed(p + 2, e - 1, f, depth + 1)) break
          reason = "\"" t "\" is assigned text that is not fixed (" reason ")"
          return 0
        }
      }
      if (p <= (f ? fend[f] : n)) continue
      reason = "\"" t "\" is not fixed SQL text" built[f, t]
      return 0
    }
    if (typ[j] == "I" && tok[j + 1] == "(") { reason = "SQL text from a call to " t "()"; return 0 }
    reason = "SQL text built with \"" t "\""
    return 0
  }
  return 1
}
{ src = src $0 "\n" }
END {
  # ---- tokens (comments, backslash-newlines and preprocessor # dropped)
  line = 1; L = length(src); i = 1
  while (i <= L) {
    ch = substr(src, i, 1)
    if (ch == "\n") { line++; i++; continue }
    if (ch == "\\" && substr(src, i + 1, 1) == "\n") { line++; i += 2; continue }
    if (ch ~ /[ \t\r\f]/) { i++; continue }
    two = substr(src, i, 2)
    if (two == "/*") {
      j = index(substr(src, i + 2), "*/"); body = substr(src, i, j + 3)
      line += gsub(/\n/, "\n", body); i += j + 3; continue
    }
    if (two == "//") { while (i <= L && substr(src, i, 1) != "\n") i++; continue }
    if (ch == "\"" || ch == Q) {
      j = i + 1; s = ""
      while (j <= L && substr(src, j, 1) != ch) {
        if (substr(src, j, 1) == "\\") { s = s substr(src, j, 2); j += 2 } else { s = s substr(src, j, 1); j++ }
      }
      add(ch s, ch == "\"" ? "S" : "C"); i = j + 1; continue  # the quote kept: never punctuation
    }
    if (ch ~ /[A-Za-z_]/) {
      j = i; while (j <= L && substr(src, j, 1) ~ /[A-Za-z0-9_]/) j++
      add(substr(src, i, j - i), "I"); i = j; continue
    }
    if (ch ~ /[0-9]/) {
      j = i; while (j <= L && substr(src, j, 1) ~ /[A-Za-z0-9_.]/) j++
      add(substr(src, i, j - i), "N"); i = j; continue
    }
    if (two == "->") { add("->", "P"); i += 2; continue }
    add(ch, "P"); i++
  }
  # ---- functions: NAME ( params ) { ... } at brace depth 0
  d = 0; nf = 0
  for (i = 1; i <= n; i++) {
    if (tok[i] == "{") {
      if (d == 0 && tok[i - 1] == ")") {
        o = i - 1; pd = 0
        for (k = i - 1; k >= 1; k--) {
          if (tok[k] == ")") pd++
          else if (tok[k] == "(") { pd--; if (pd == 0) break }
        }
        if (k > 1 && typ[k - 1] == "I") {
          nf++; fname[nf] = tok[k - 1]; fstart[nf] = i; fend[nf] = close_of(i)
          for (m = k - 2; m >= 1 && tok[m] != ";" && tok[m] != "}" && typ[m] != "S"; m--)
            if (tok[m] == "static") fstatic[nf] = 1
          pi = 0
          for (m = k + 1; m < o + 1; m++)
            if ((tok[m + 1] == "," || m + 1 == o) && typ[m] == "I") param[nf, tok[m]] = pi++
            else if (tok[m] == ",") ;
        }
      }
      d++
    } else if (tok[i] == "}") d--
  }
  # ---- where printf-built text lands (for the messages)
  for (i = 1; i <= n; i++) {
    t = tok[i]
    if ((t == "snprintf" || t == "sprintf" || t == "vsnprintf" || t == "sb_printf") && tok[i + 1] == "(") {
      v = tok[i + 2] == "&" ? tok[i + 3] : tok[i + 2]
      built[fn_of(i), v] = " (built by " t "())"
    }
    if (typ[i] == "I" && tok[i + 1] == "=" && typ[i + 2] == "I" && tok[i + 3] == "(" &&
        tok[i + 2] ~ /printf|^afmt$|fmt$/)
      built[fn_of(i), t] = " (built by " tok[i + 2] "())"
  }
  # ---- rule 1, until no new wrapper turns up
  sink["sqlite3_exec"] = 1; sink["sqlite3_prepare"] = 1; sink["sqlite3_prepare_v2"] = 1
  sink["sqlite3_prepare_v3"] = 1; sink["sqlite3_prepare16"] = 1; sink["sqlite3_prepare16_v2"] = 1
  sink["sqlite3_prepare16_v3"] = 1
  for (t in sink) wrapn[t] = 1
  for (pass = 1; pass <= 10; pass++) {
    grew = 0; final = pass > 1 && !lastgrew
    for (i = 1; i <= n; i++) {
      if (typ[i] != "I" || !(tok[i] in wrapn) || tok[i + 1] != "(") continue
      if (tok[i - 1] == "*" || (typ[i - 1] == "I" && tok[i - 1] != "return")) continue  # a declaration
      c = close_of(i + 1); want = wrapn[tok[i]]; a = i + 2; arg = 0; dd = 0
      for (j = i + 2; j < c; j++) {
        if (tok[j] == "(" || tok[j] == "[" || tok[j] == "{") dd++
        else if (tok[j] == ")" || tok[j] == "]" || tok[j] == "}") dd--
        else if (tok[j] == "," && dd == 0) { if (arg == want) break; arg++; a = j + 1 }
      }
      if (arg != want) continue
      if (!fixed(a, j - 1, fn_of(i), 0) && final) report(i, tok[i] "(): " reason)
    }
    if (final) break
    lastgrew = grew
  }
  for (i = 1; i <= n; i++) {
    t = tok[i]
    # ---- rule 2
    if (typ[i] == "I" && t ~ /^sqlite3_(v?mprintf|v?snprintf|str_v?appendf)$/)
      report(i, t "(): SQLite printf builds SQL from data; bind parameters instead")
    # ---- rule 3
    if (typ[i] == "I" && tok[i + 1] == "(" && t ~ /printf$|^afmt$/) {
      for (j = i + 2; j <= n && typ[j] != "S" && tok[j] != ")" && tok[j] != ";"; j++) ;
      if (typ[j] == "S" && toupper(substr(tok[j], 2)) ~ /^[ (]*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|VACUUM|WITH|BEGIN)[ ;(]/)
        report(i, t "() formats SQL text")
    }
    # ---- rule 4
    if (typ[i] == "S") t = substr(t, 2)
    if (typ[i] == "S" && t ~ /(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|VACUUM|ATTACH| FROM | WHERE | VALUES|JOIN )/ &&
        t ~ /%[-+ #0-9.]*(l*[diuxs]|[qQwzc])/)
      report(i, "printf directive inside SQL text: \"" substr(t, 1, 60) "\"")
  }
  exit bad
}' "$f" || status=1
done
exit $status
