/**
 * The manifest: a CSV the user writes to say what they know about their files (outlet, date, title,
 * URL). Its values override what the files say about themselves, because the user knows better than
 * a scraped page's metadata. Bad rows are reported and left out; good rows still apply.
 */
package dev.faultline.ingest.manifest;
