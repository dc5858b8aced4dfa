package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed with SIGKILL leaves its postmaster running; the next start used to fail after 10 s ("Gave up waiting
 * for server to start"). The platform must come up at the first try.
 */
class OrphanedServerTests {

    private Path dataDirectory;
    private Path childLog;
    private Process child;
    private Process unrelated;

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (unrelated != null) {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (dataDirectory != null && Files.isDirectory(dataDirectory)) {
            Optional<ProcessHandle> left = OrphanedServer.postmaster(dataDirectory);
            if (left.isPresent()) {
                left.get().destroy();
                left.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
        TestDataDirectories.delete(dataDirectory);
        TestDataDirectories.delete(childLog);
    }

    @Test
    void theServerOfAKilledJvmIsStoppedAndTheNextStartSucceedsAtOnce() throws Exception {
        dataDirectory = TestDataDirectories.fresh("orphan");
        childLog = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        child = startChildJvm(dataDirectory, childLog);
        awaitReady(child, childLog);
        long postmasterPid = pidOf(dataDirectory);

        // while its JVM lives, the server is not an orphan: another instance of the platform must not stop it
        assertThat(OrphanedServer.stopIfRunning(dataDirectory)).isFalse();
        assertThat(isAlive(postmasterPid)).isTrue();

        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(isAlive(postmasterPid)).as("the postmaster outlives its JVM").isTrue();

        // a pid file naming another data directory is not ours to act on
        Path elsewhere = Files.createDirectories(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-copy"));
        try {
            Files.copy(dataDirectory.resolve("postmaster.pid"), elsewhere.resolve("postmaster.pid"));
            assertThat(OrphanedServer.stopIfRunning(elsewhere)).isFalse();
            assertThat(isAlive(postmasterPid)).isTrue();
        } finally {
            TestDataDirectories.delete(elsewhere);
        }

        Instant started = Instant.now();
        try (EmbeddedServer server = EmbeddedServer.start(properties())) {
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(30));
            assertThat(isAlive(postmasterPid)).as("the orphan was stopped").isFalse();
            try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select 1")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aLiveProcessThatIsNotPostgresIsLeftAlone() throws Exception {
        dataDirectory = Files.createDirectories(TestDataDirectories.fresh("not-postgres"));
        unrelated = new ProcessBuilder("sleep", "600").start();
        // a stale pid file whose pid the system has since given to another program
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                unrelated.pid() + "\n" + dataDirectory + "\n", StandardCharsets.UTF_8);

        assertThat(OrphanedServer.stopIfRunning(dataDirectory)).isFalse();
        assertThat(unrelated.isAlive()).isTrue();
    }

    private EmbeddedDatabaseProperties properties() {
        return TestDataDirectories.bind(Map.of(
                "iptalent.embedded-db.data-directory", dataDirectory.toString(),
                "iptalent.embedded-db.durable", "false"));
    }

    private static Process startChildJvm(Path dataDirectory, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(EmbeddedServerProcess.READY)) {
                return;
            }
            assertThat(child.isAlive()).as("the child JVM died:%n%s", Files.exists(log) ? Files.readString(log) : "")
                    .isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the child JVM's server did not start:\n" + Files.readString(log));
    }

    private static long pidOf(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).strip());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
