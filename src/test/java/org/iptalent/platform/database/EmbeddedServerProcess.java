package org.iptalent.platform.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a child JVM by {@link OrphanedServerTests}: starts the embedded database on the data directory it is given,
 * exactly as the platform does, says so on stdout, and waits to be killed.
 */
public final class EmbeddedServerProcess {

    static final String READY = "EMBEDDED-SERVER-READY";

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseProperties properties = TestDataDirectories.bind(Map.of(
                "iptalent.embedded-db.data-directory", Path.of(args[0]).toString(),
                "iptalent.embedded-db.durable", "false"));
        EmbeddedServer server = EmbeddedServer.start(properties);
        System.out.println(READY + " " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
