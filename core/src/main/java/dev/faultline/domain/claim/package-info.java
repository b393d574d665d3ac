/**
 * Claims and their sources: who says an event happened or a force stands somewhere ({@link
 * Attribution} chains, outlet first), force-size statements ({@link ForceClaim}), relations a report
 * states between two actors ({@link RelationClaim}) and what it says an actor is ({@link
 * IdentityClaim}), and what a corpus
 * makes of them together: stories told by several reports, their independent corroboration,
 * contradictions, and an Admiralty-style credibility with the reasons for it ({@link Assessment}).
 */
package dev.faultline.domain.claim;
