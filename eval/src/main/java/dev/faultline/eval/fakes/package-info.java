/**
 * The FA-KES suite: Syrian war articles with the month and governorate of their main event (and
 * credibility labels, scored once claims exist), read from the CSV as distributed.
 */
package dev.faultline.eval.fakes;
