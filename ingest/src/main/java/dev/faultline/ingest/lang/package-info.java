/**
 * Language identification with OpenNLP's language detector. Faultline's later stages read English;
 * other languages are kept, labelled with their code, and flagged so those stages pass them over.
 */
package dev.faultline.ingest.lang;
