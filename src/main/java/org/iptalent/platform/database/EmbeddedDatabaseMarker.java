package org.iptalent.platform.database;

/** Present as a bean only when the platform runs on its embedded PostgreSQL. */
public final class EmbeddedDatabaseMarker {
}
