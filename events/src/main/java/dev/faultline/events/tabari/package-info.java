/**
 * The TABARI / PETRARCH 1 coder: codes a constituency-parsed sentence with a PETRARCH user's own actor,
 * agent, verb and discard dictionaries (read by {@code dev.faultline.actors.tabari}), so that users and
 * the PETRARCH validation suite get CAMEO codings by the same mechanics. The product's own coder
 * ({@code dev.faultline.events.coder}) works on dependency parses with the YAML pattern book instead.
 */
package dev.faultline.events.tabari;
