package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A JVM killed with SIGKILL leaves its postmaster running; the next start used to fail after 10 s ("Gave up waiting
 * for server to start"). The platform must come up at the first try.
 */
class OrphanedServerTests {

    private Path dataDirectory;
    private Path childLog;
    private Path otherDirectory;
    private Process child;
    private Process unrelated;
    private long frozenPid;

    @AfterEach
    void cleanUp() throws Exception {
        if (frozenPid != 0) {
            signal("CONT", frozenPid);
        }
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
        TestDataDirectories.delete(otherDirectory);
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

        // the postmaster's working directory is this one, but it did not start when the pid file says: the pid file
        // describes a server that died, whose pid was given to this one (after a reboot, say)
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        byte[] original = Files.readAllBytes(pidFile);
        try {
            List<String> lines = Files.readAllLines(pidFile);
            lines.set(2, Long.toString(Long.parseLong(lines.get(2).strip()) - 3600));
            Files.write(pidFile, lines);
            assertThat(OrphanedServer.postmaster(dataDirectory)).isEmpty();
            assertThat(OrphanedServer.stopIfRunning(dataDirectory)).isFalse();
            assertThat(isAlive(postmasterPid)).isTrue();
        } finally {
            Files.write(pidFile, original);
        }
        assertThat(OrphanedServer.postmaster(dataDirectory)).map(ProcessHandle::pid).contains(postmasterPid);

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
        unrelated = new ProcessBuilder("sleep", "600").directory(dataDirectory.toFile()).start();
        // a stale pid file whose pid the system has since given to another program, even one that started then
        // and works in this directory
        long started = unrelated.info().startInstant().orElseThrow().getEpochSecond();
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                unrelated.pid() + "\n" + dataDirectory + "\n" + started + "\n", StandardCharsets.UTF_8);

        assertThat(OrphanedServer.stopIfRunning(dataDirectory)).isFalse();
        assertThat(unrelated.isAlive()).isTrue();
    }

    @Test
    void theServerOfAnotherDataDirectoryThatGotTheStalePidIsLeftRunning() throws Exception {
        dataDirectory = Files.createDirectories(TestDataDirectories.fresh("stale-pid"));
        otherDirectory = TestDataDirectories.fresh("other-server");
        // another embedded server of the same user (a system cluster would do the same), running when the stale
        // pid file is read: after a power cut, the pid this directory's postmaster had may be anyone's
        try (EmbeddedPostgres other = EmbeddedPostgres.builder()
                .setDataDirectory(otherDirectory).setCleanDataDirectory(false).start()) {
            List<String> lines = Files.readAllLines(otherDirectory.resolve("postmaster.pid"));
            long otherPid = Long.parseLong(lines.get(0).strip());
            ProcessHandle otherPostmaster = ProcessHandle.of(otherPid).orElseThrow();
            // the other server's own start time: a pid file written moments before the power cut would be as close
            Instant recordedStart = Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()));
            assertThat(Duration.between(otherPostmaster.info().startInstant().orElseThrow(), recordedStart).abs())
                    .as("a real postmaster's start time matches its pid file's")
                    .isLessThanOrEqualTo(Duration.ofSeconds(2));
            lines.set(1, dataDirectory.toString());
            Files.write(dataDirectory.resolve("postmaster.pid"), lines);

            assertThat(OrphanedServer.postmaster(dataDirectory)).isEmpty();
            assertThat(OrphanedServer.stopIfRunning(dataDirectory)).isFalse();

            assertThat(otherPostmaster.isAlive()).isTrue();
            try (Connection connection = other.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select 1")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void anOrphanThatDoesNotStopFailsTheStartAndIsNotKilled() throws Exception {
        dataDirectory = TestDataDirectories.fresh("orphan-stuck");
        childLog = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        child = startChildJvm(dataDirectory, childLog);
        awaitReady(child, childLog);
        long postmasterPid = pidOf(dataDirectory);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // a postmaster that cannot act on signals: SIGINT stays pending, only SIGKILL would end it
        signal("STOP", postmasterPid);
        frozenPid = postmasterPid;
        assertThatIllegalStateException()
                .isThrownBy(() -> OrphanedServer.stopIfRunning(dataDirectory, Duration.ofSeconds(3)))
                .withMessageContaining("(pid " + postmasterPid + ")")
                .withMessageContaining(dataDirectory.toString())
                .withMessageContaining("pg_ctl stop -D " + dataDirectory + " -m fast");
        assertThat(isAlive(postmasterPid)).as("not killed").isTrue();

        // once it runs again, what it was sent is a fast shutdown: it stops cleanly, shutdown checkpoint written
        signal("CONT", postmasterPid);
        frozenPid = 0;
        assertThat(ProcessHandle.of(postmasterPid).map(process -> process.onExit().thenApply(p -> true)
                .completeOnTimeout(false, 30, TimeUnit.SECONDS).join()).orElse(true)).isTrue();
        assertThat(clusterState(dataDirectory)).as("pg_control's state: 1 is 'shut down'").isEqualTo(1);
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

    /** DBState of global/pg_control (pg_control.h): 1 shut down, 6 in production. */
    private static int clusterState(Path dataDirectory) throws IOException {
        byte[] control = Files.readAllBytes(dataDirectory.resolve("global").resolve("pg_control"));
        // after the system identifier (8 bytes), the control file's version and the catalog version (4 each)
        return ByteBuffer.wrap(control).order(ByteOrder.nativeOrder()).getInt(16);
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
