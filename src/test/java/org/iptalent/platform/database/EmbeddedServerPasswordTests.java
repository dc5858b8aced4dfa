package org.iptalent.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** initdb's pg_hba.conf trusts everyone on the machine; the embedded server must ask for its generated password. */
class EmbeddedServerPasswordTests {

    private Path dataDirectory;

    @AfterEach
    void removeData() throws Exception {
        TestDataDirectories.delete(dataDirectory);
    }

    @Test
    void aNewServerRefusesClientsWithoutItsPasswordAndKeepsThePasswordPrivate() throws Exception {
        dataDirectory = TestDataDirectories.fresh("password");
        try (EmbeddedServer server = EmbeddedServer.start(properties())) {
            assertRefused(server.port(), null);
            assertRefused(server.port(), "not-the-password");
            assertThat(selectOne(server.port(), server.password())).isEqualTo(1);

            Path file = dataDirectory.resolve(ServerPassword.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
    }

    @Test
    void laterStartsUseTheStoredPassword() throws Exception {
        dataDirectory = TestDataDirectories.fresh("password-restart");
        String first;
        try (EmbeddedServer server = EmbeddedServer.start(properties())) {
            first = server.password();
        }
        try (EmbeddedServer server = EmbeddedServer.start(properties())) {
            assertThat(server.password()).isEqualTo(first);
            assertThat(selectOne(server.port(), first)).isEqualTo(1);
            assertRefused(server.port(), null);
        }
    }

    @Test
    void aDataDirectoryAnOlderVersionLeftTrustingIsProtectedAndKeepsItsData() throws Exception {
        dataDirectory = TestDataDirectories.fresh("password-legacy");
        // what the platform did before: zonky's defaults, trust for everyone
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
             Connection connection = legacy.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int); insert into kept values (7)");
        }
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedServer server = EmbeddedServer.start(properties())) {
            assertRefused(server.port(), null);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dataDirectory.resolve(ServerPassword.FILE_NAME)))).isEqualTo("rw-------");
            try (Connection connection = connect(server.port(), server.password());
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select id from kept")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    private EmbeddedDatabaseProperties properties() {
        // durability plays no part here
        return TestDataDirectories.bind(Map.of(
                "iptalent.embedded-db.data-directory", dataDirectory.toString(),
                "iptalent.embedded-db.durable", "false"));
    }

    private static void assertRefused(int port, String password) {
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> selectOne(port, password))
                .matches(ClientAuthentication::isAuthenticationFailure, "an authentication failure");
    }

    private static int selectOne(int port, String password) throws SQLException {
        try (Connection connection = connect(port, password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A client of our own, on the server's port, as anyone on the machine could open one. */
    private static Connection connect(int port, String password) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource.getConnection();
    }
}
