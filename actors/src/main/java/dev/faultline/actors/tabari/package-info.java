/**
 * Reads the classic TABARI / PETRARCH actor and agent dictionaries (CAMEO codes with date
 * restrictions), so that a PETRARCH user can load theirs with {@code --actors FILE --agents FILE}.
 * Reading is forgiving: a malformed line becomes a {@link dev.faultline.domain.Problem} naming the file
 * and line, and the rest of the dictionary is still read.
 *
 * <p>Syntax read (TABARI 0.8 / PETRARCH): {@code #} comments; lines starting with {@code <} are comments,
 * multi-line {@code <!-- ... -->} blocks too; an entry line {@code PHRASE [CODE]} or {@code PHRASE} followed
 * by {@code +SYNONYM} lines and indented {@code [CODE date-restriction]} lines; words joined by {@code _}
 * or spaces; date restrictions {@code <YYMMDD}, {@code >YYMMDD}, {@code YYMMDD-YYMMDD} (also eight-digit
 * years), where two-digit years 00–30 are 20YY and others 19YY, as in KEDS, TABARI and PETRARCH.
 * Agents: {@code !SET! = A, B} substitution sets, {@code PHRASE {PLURAL} [~CODE]} (suffix) or {@code [CODE~]}
 * (prefix).
 */
package dev.faultline.actors.tabari;
