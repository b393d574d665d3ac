/**
 * Faultline's domain: immutable, validated values for articles and (in later stages) actors,
 * events, claims and relations. No framework type (CoreNLP, JDBC, Javalin, Spark, picocli) may
 * appear here; an ArchUnit test enforces it.
 */
package dev.faultline.domain;
