package id.rantai.eseal.route;

import id.rantai.shared.geo.Geofence;

/** An origin or destination with its own geofence. */
public record Place(String name, PlaceKind kind, Geofence geofence) {}
