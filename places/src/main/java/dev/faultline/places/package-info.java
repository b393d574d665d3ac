/**
 * Places: the gazetteer and the geocoding stage. {@link dev.faultline.places.Gazetteer} holds the world's
 * countries, GeoNames places, first-level divisions and the team's regions, built from text sources
 * ({@code GazetteerBuilder}) into a compiled index ({@code CompiledGazetteer}: a {@code PlaceTable} of
 * columns and {@code NameIndex}es of sorted keys) and matched by key and consonant skeleton
 * ({@code PlaceNames}). {@link dev.faultline.places.Geocoder} finds a sentence's place names
 * ({@code PlaceNameFinder}), resolves them against the article ({@code PlaceContext}), gives each event
 * the place of its clause and locates the people a report names only by what they are.
 */
package dev.faultline.places;
