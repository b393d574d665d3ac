/**
 * Faultline's application, between the stages and the fronts (the command line, a server, Spark): the complete
 * analysis with its corpus-level learners ({@code learn}), the jobs that ingest and analyse into a store ({@code job}),
 * the corpus model every view reads ({@code model}) and the views ({@code view}). It imports no front's framework.
 */
package dev.faultline.app;
