/**
 * Exports of the model for other tools ({@code faultline export}, {@code faultline relations --format
 * graphml}): GraphML of actors and relations (Gephi), GeoJSON of located events (QGIS), a GDELT-style
 * event table, PLOVER event data, and CSV and JSON Lines of articles, actors, events, claims, force
 * claims and relations. Markup and JSON are written by libraries (StAX, Jackson, Commons CSV), which
 * escape the reports' text.
 */
package dev.faultline.app.view.export;
