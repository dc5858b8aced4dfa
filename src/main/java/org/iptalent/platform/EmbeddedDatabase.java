package org.iptalent.platform;

import org.iptalent.platform.database.EmbeddedDatabaseMarker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells other modules whether the platform runs on its embedded database (demo data may only go there). */
@Component
public class EmbeddedDatabase {

    private final boolean active;

    EmbeddedDatabase(ObjectProvider<EmbeddedDatabaseMarker> marker) {
        this.active = marker.getIfAvailable() != null;
    }

    public boolean isActive() {
        return active;
    }
}
