/**
 * The value that flows through ingest's stages: a report on its way to becoming an Article. Kept
 * separate so each stage (clean, title, date, language) can be written and tested alone.
 */
package dev.faultline.ingest.draft;
