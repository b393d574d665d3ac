package dev.faultline.eval.scenario;

/** A pair whose relation the reports show turning ({@code a}, {@code b} in either order), in {@code year} when given. */
record RuptureFact(String id, String what, ActorPattern a, ActorPattern b, Integer year, boolean disputed, String why) {}
