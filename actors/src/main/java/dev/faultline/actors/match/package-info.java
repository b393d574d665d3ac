/**
 * Phrase matching over token sequences: a word-level trie giving the longest phrase that starts at
 * a token, so a whole document is matched in one pass over its tokens (never a loop over aliases).
 */
package dev.faultline.actors.match;
