package io.sinoscope.text;

public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    OTHER
}
