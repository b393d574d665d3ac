/**
 * Finding and decoding input files: walking folders, refusing binary, empty and oversized files,
 * and decoding text strictly so a wrong encoding is reported rather than silently garbled.
 */
package dev.faultline.ingest.input;
