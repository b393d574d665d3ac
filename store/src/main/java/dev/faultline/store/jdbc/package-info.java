/**
 * The JDBC code both adapters share: {@link dev.faultline.store.jdbc.JdbcStore} (the {@code Store}
 * over one guarded connection, every save one transaction), the row mappings for articles,
 * signatures, analyses, actor references, actor mentions, events, force and relation claims, and the versioned
 * migrations applied at open. What differs between databases is a {@link dev.faultline.store.jdbc.Dialect}
 * plus a folder of SQL scripts ({@code db/<dialect>/}). Every value reaches SQL through a prepared
 * statement's parameters, never through the SQL text.
 *
 * <p>The schema: {@code articles} with their {@code article_dropped_spans}, {@code article_problems}
 * and {@code signatures} (V1); {@code analyses}, {@code actors} (one row an id, the newest reference
 * stored under it, its lineage a JSON array of ids) and {@code actor_mentions} (V2); {@code events}
 * with their source and target mentions in {@code event_actors} (V3, places refined in V4); each
 * event's attribution chain in {@code events.attribution}, and the force-size statements in {@code
 * force_claims}, one row a claim with its actor mention in {@code actor_*} columns (V5); the store's
 * revision, articles' inputs and the boilerplate learner's {@code line_holders} (V6); V7 is reserved; the
 * relations reports state between two actors in {@code relation_claims}, one row a claim with its two
 * mentions in {@code a_*} and {@code b_*} columns (V8). An
 * attribution chain is JSON text, outlet first, one object a link:
 * {@code {"text":"Bas News","kind":"media","actor_id":"bas-news","begin":10,"end":18}}, with a null
 * {@code actor_id} for a source that resolves to no actor and offsets of -1 for the outlet; a link's
 * actor reads back as the reference {@code actors} holds under its id, or none where it holds none.
 * The mentions of events and claims point to {@code actors} by id too, so each reads back with the
 * newest reference stored under it, and an actor filter selects an actor's rows and those of the
 * actors with it in their lineage.
 */
package dev.faultline.store.jdbc;
