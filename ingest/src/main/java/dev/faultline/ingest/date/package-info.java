/**
 * Publication dates: from the manifest or the file's own metadata when they give one, else
 * estimated from the dates a report's text mentions, never with more precision than the text has.
 */
package dev.faultline.ingest.date;
