package org.iptalent.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** zonky starts PostgreSQL with -F and synchronous_commit=off; the platform's default run must be durable. */
class EmbeddedServerDurabilityTests {

    private Path dataDirectory;

    @AfterEach
    void removeData() throws Exception {
        TestDataDirectories.delete(dataDirectory);
    }

    @Test
    void byDefaultTheServerSyncsEveryCommitToDisk() throws Exception {
        dataDirectory = TestDataDirectories.fresh("durable");
        EmbeddedDatabaseProperties properties = TestDataDirectories.defaults(dataDirectory);
        assertThat(properties.durable()).isTrue();

        try (EmbeddedServer server = EmbeddedServer.start(properties)) {
            assertThat(show(server, "fsync")).isEqualTo("on");
            assertThat(show(server, "synchronous_commit")).isEqualTo("on");
            assertThat(show(server, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void throwawayDatabasesMayTurnDurabilityOff() throws Exception {
        dataDirectory = TestDataDirectories.fresh("not-durable");
        EmbeddedDatabaseProperties properties = TestDataDirectories.bind(Map.of(
                "iptalent.embedded-db.data-directory", dataDirectory.toString(),
                "iptalent.embedded-db.durable", "false"));

        try (EmbeddedServer server = EmbeddedServer.start(properties)) {
            assertThat(show(server, "fsync")).isEqualTo("off");
            assertThat(show(server, "synchronous_commit")).isEqualTo("off");
            assertThat(show(server, "full_page_writes")).isEqualTo("off");
        }
    }

    private static String show(EmbeddedServer server, String setting) throws SQLException {
        try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
