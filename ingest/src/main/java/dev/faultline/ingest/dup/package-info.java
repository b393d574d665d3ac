/**
 * Near-duplicate detection: MinHash signatures over word shingles of the cleaned text, and linking a
 * batch's copies to their original through locality-sensitive hashing.
 */
package dev.faultline.ingest.dup;
