package dev.faultline.domain.event;

/** How exactly a location pins an event down: a named place, a first-level division (or a region as wide), or a whole country. */
public enum PlacePrecision { PLACE, ADMIN1, COUNTRY }
