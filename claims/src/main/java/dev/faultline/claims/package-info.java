/**
 * Claims across a corpus, after the reports are coded one by one: which claims of different reports
 * tell the same story, how many independent sources that makes, which claims contradict each other,
 * and how credible each is on the NATO Admiralty scale, with the reasons in words. Outlets'
 * reliability grades are data ({@link OutletGrades}), edited by the user.
 */
package dev.faultline.claims;
