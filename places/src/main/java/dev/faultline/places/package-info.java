/**
 * Places: the gazetteer (GeoNames populated places and the world's countries) and the geocoding stage
 * that gives events their coordinates and locates the people a report names only by what they are.
 */
package dev.faultline.places;
