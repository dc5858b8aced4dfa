package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a JVM that was killed (kill -9, OOM killer, power button of the IDE): its postmaster
 * outlives the JVM and keeps postmaster.pid, so the next start fails. It is stopped before the next start, when it
 * is certainly ours and certainly orphaned: the pid is alive and runs a postgres binary on this data directory, and
 * no live JVM holds zonky's lock on the directory (a second instance of the platform running on it keeps its server).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String ZONKY_LOCK = "epg-lock";
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private OrphanedServer() {
    }

    /** Stops the orphaned postmaster of this data directory, if there is one; true when it did. */
    static boolean stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        if (postmaster.isEmpty() || ownedByLiveJvm(dataDirectory)) {
            return false;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) that a previous run left on {}",
                process.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's smart shutdown: it waits for clients, and the dead JVM's connections are gone
        process.destroy();
        if (!awaitExit(process, SHUTDOWN_WAIT_SECONDS)) {
            log.warn("The orphaned PostgreSQL (pid {}) ignored SIGTERM for {} s; killing it",
                    process.pid(), SHUTDOWN_WAIT_SECONDS);
            process.destroyForcibly();
            awaitExit(process, 10);
        }
        return true;
    }

    /** The live postgres process postmaster.pid names, when that file names this very data directory. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        // line 1: the postmaster's pid, line 2: its data directory (PostgreSQL's miscadmin.h)
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedServer::runsPostgres)
                .filter(process -> sameDirectory(Path.of(lines.get(1).strip()), dataDirectory));
    }

    private static boolean runsPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
    }

    private static boolean sameDirectory(Path recorded, Path dataDirectory) {
        try {
            return Files.isSameFile(recorded, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    /** zonky holds a lock on epg-lock while its JVM lives; the postmaster does not inherit it. */
    private static boolean ownedByLiveJvm(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static boolean awaitExit(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
