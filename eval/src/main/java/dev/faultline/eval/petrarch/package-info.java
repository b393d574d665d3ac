/**
 * The PETRARCH suites: PETRARCH's unit-test records (invented actors defined in TABARI dictionaries,
 * stylised sentences, expected CAMEO codings) and the PETRARCH-2 validation records (real sentences),
 * read tolerantly from their not-quite-XML files and scored on (source, target, CAMEO code) triples
 * and on sentences that must yield no event. The two files are reported separately.
 */
package dev.faultline.eval.petrarch;
