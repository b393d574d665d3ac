/**
 * The cameo-roles suite: newswire sentences whose tokens are tagged as the source actor, the target
 * actor, or both, of the sentence's CAMEO event (CoNLL, BIO tags). The system names the token spans of
 * its events' source and target mentions; the suite scores them against the gold spans by F1.
 */
package dev.faultline.eval.roles;
