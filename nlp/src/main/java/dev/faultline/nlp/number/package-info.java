/**
 * Rule-based normalization of numbers, amounts of money and percentages in news text, in place of
 * CoreNLP's numeric classifiers: digits with either thousands convention, number words, scale words
 * ("6.4 mln"), vague counts ("dozens"), ranges ("eight to ten") and hedges ("roughly"). Works on a
 * sentence's words alone, so it is tested without CoreNLP.
 */
package dev.faultline.nlp.number;
