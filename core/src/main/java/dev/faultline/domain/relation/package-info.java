/**
 * The alliance system a corpus describes: relations between actors with their evidence (from the
 * knowledge base and from events), the balance of cooperation and conflict per pair and period,
 * ruptures where a pair's balance turns against its own baseline, blocs per period, and the order of
 * battle (forces per actor and place over time).
 */
package dev.faultline.domain.relation;
