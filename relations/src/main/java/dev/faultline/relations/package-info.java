/**
 * The alliance model of a corpus ({@link AllianceModel}): relations from the knowledge base and from
 * events, acts rolled up an actor's lineage, dyad series weighted by credibility and corroboration,
 * ruptures found by a change-point test against each pair's own baseline, blocs from the signed graph
 * per period, and the order of battle from force claims. Framework-free: it works on the domain's
 * values and is fed by the command line, the server or Spark alike.
 */
package dev.faultline.relations;
