/**
 * The alliance model of a corpus ({@link AllianceModel}): relations from the knowledge base, from the
 * relations the reports state ({@link StatedRelation}) and from events weighed as evidence of
 * alignment ({@link Alignment}); acts rolled up to the sides above the actors ({@link Sides}: the
 * principals the knowledge base knows and the parties the reports name that it lacks); dyad series
 * weighted by credibility and corroboration; ruptures found by a change-point test against each pair's
 * own baseline; blocs from the signed graph per period; and the order of battle from force claims.
 * Framework-free: it works on the domain's values and is fed by the command line, the server or Spark
 * alike.
 */
package dev.faultline.relations;
