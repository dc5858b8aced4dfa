package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a JVM that was killed (kill -9, OOM killer, power button of the IDE): its postmaster
 * outlives the JVM and keeps postmaster.pid, so the next start fails. It is stopped before the next start, when it
 * is certainly ours and certainly orphaned:
 * <ul>
 * <li>the pid of postmaster.pid is alive and runs a postgres binary;</li>
 * <li>that process is the postmaster the file describes, not another process that got its pid after a reboot (a
 * system cluster, another embedded server, a backend): its working directory is this data directory (the
 * postmaster chdirs into it; checked where /proc exists) and it started when the file says it did (line 3, checked
 * where the JDK knows start times). Where neither can be checked, nothing is stopped;</li>
 * <li>no live JVM holds zonky's lock on the directory (a second instance of the platform running on it keeps its
 * server).</li>
 * </ul>
 * It is stopped with a fast shutdown (pg_ctl beside its own binary, else SIGINT), never killed: when it does not
 * stop in time the start fails and says what to do.
 */
final class OrphanedServer {

    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String ZONKY_LOCK = "epg-lock";
    /**
     * postmaster.pid records time(NULL) taken just after the process started; the JDK derives a start time from
     * the boot time in whole seconds plus clock ticks. Two seconds cover both roundings and a slow exec.
     */
    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);
    /** Waited for the process to go even when the timeout is spent (pg_ctl returns as soon as the pid file is gone). */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private OrphanedServer() {
    }

    /** Stops the orphaned postmaster of this data directory, if there is one; true when it did. */
    static boolean stopIfRunning(Path dataDirectory) throws IOException {
        return stopIfRunning(dataDirectory, SHUTDOWN_TIMEOUT);
    }

    /**
     * As {@link #stopIfRunning(Path)}, waiting at most about {@code timeout} for the shutdown.
     *
     * @throws IllegalStateException when the orphan is still running after that: it is left running, not killed
     */
    static boolean stopIfRunning(Path dataDirectory, Duration timeout) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        if (postmaster.isEmpty() || ownedByLiveJvm(dataDirectory)) {
            return false;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) that a previous run left on {} (fast shutdown)",
                process.pid(), dataDirectory);
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<Path> pgCtl = pgCtlBeside(process);
        boolean stopped = pgCtl.isPresent() && pgCtlStop(pgCtl.get(), dataDirectory, timeout);
        if (!stopped && process.isAlive()) {
            // no pg_ctl, or it failed (it did signal, but the server did not stop in time, say)
            sendSigint(process);
        }
        if (!awaitExit(process, remaining(deadline))) {
            throw new IllegalStateException(("The embedded PostgreSQL (pid %d) that a previous run left on %s did "
                    + "not stop within %d s of a fast shutdown request. It was not killed, to spare its data. Stop "
                    + "it yourself (pg_ctl stop -D %s -m fast, or kill -INT %d; find out what it is waiting for "
                    + "before resorting to kill -9), then start the platform again")
                    .formatted(process.pid(), dataDirectory, timeout.toSeconds(), dataDirectory, process.pid()));
        }
        log.info("The orphaned embedded PostgreSQL (pid {}) has stopped", process.pid());
        return true;
    }

    /**
     * The live postmaster that postmaster.pid describes, when it is this data directory's server; empty when the
     * file is missing or stale (its pid dead, or given to another process since).
     */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        // line 1: the postmaster's pid, 2: its data directory, 3: its start time in epoch seconds (miscadmin.h)
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(0).strip().matches("\\d{1,10}")
                || !lines.get(2).strip().matches("\\d{1,19}")) {
            return Optional.empty();
        }
        Instant recordedStart = Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()));
        Optional<ProcessHandle> candidate = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedServer::runsPostgres);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle process = candidate.get();
        Optional<String> mismatch = mismatch(process, Path.of(lines.get(1).strip()), recordedStart, dataDirectory);
        if (mismatch.isPresent()) {
            log.warn("{} names pid {}, a live postgres process that is not this directory's server ({}): it is left "
                    + "alone. If no server runs on {}, the pid file is stale; PostgreSQL refuses to start while "
                    + "that pid lives, so delete the file", pidFile, process.pid(), mismatch.get(), dataDirectory);
            return Optional.empty();
        }
        return candidate;
    }

    /** Why the process is not the postmaster of this data directory, or empty when it is. */
    private static Optional<String> mismatch(ProcessHandle process, Path recordedDirectory, Instant recordedStart,
            Path dataDirectory) {
        if (!sameDirectory(recordedDirectory, dataDirectory)) {
            return Optional.of("the pid file names the data directory " + recordedDirectory);
        }
        boolean checked = false;
        Optional<Path> workingDirectory = workingDirectory(process);
        if (workingDirectory.isPresent()) {
            checked = true;
            if (!sameDirectory(workingDirectory.get(), dataDirectory)) {
                return Optional.of("its working directory is " + describe(workingDirectory.get()));
            }
        } else if (procWorkingDirectories()) {
            // /proc exists but this link cannot be read: another user's process, and not ours to stop
            return Optional.of("its working directory cannot be read");
        }
        Optional<Instant> started = process.info().startInstant();
        if (started.isPresent()) {
            checked = true;
            Duration difference = Duration.between(started.get(), recordedStart).abs();
            if (difference.compareTo(START_TIME_TOLERANCE) > 0) {
                return Optional.of("it started at " + started.get() + ", the server of the pid file at "
                        + recordedStart);
            }
        }
        return checked ? Optional.empty() : Optional.of("neither its working directory nor its start time is known");
    }

    private static boolean runsPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
    }

    /** Linux (and other systems with a Linux-like /proc) tell every process's working directory. */
    private static boolean procWorkingDirectories() {
        return Files.isDirectory(Path.of("/proc/self/cwd"));
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        if (!procWorkingDirectories()) {
            return Optional.empty();
        }
        Path link = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            Files.readSymbolicLink(link); // refused for other users' processes
            // the link itself, compared by what it points to (device and inode), whatever its path looks like
            return Optional.of(link);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String describe(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "another one";
        }
    }

    private static boolean sameDirectory(Path directory, Path dataDirectory) {
        try {
            return Files.isSameFile(directory, dataDirectory);
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

    /** The pg_ctl of the orphan's own installation: zonky extracts its binaries, pg_ctl included, to one folder. */
    private static Optional<Path> pgCtlBeside(ProcessHandle process) {
        return process.info().command()
                .map(Path::of)
                .flatMap(postgres -> Optional.ofNullable(postgres.getParent()))
                .flatMap(bin -> Optional.of(bin.resolve("pg_ctl")).filter(Files::isExecutable)
                        .or(() -> Optional.of(bin.resolve("pg_ctl.exe")).filter(Files::isExecutable)));
    }

    /** pg_ctl's fast shutdown (SIGINT: clients are disconnected, a checkpoint written); true when it succeeded. */
    private static boolean pgCtlStop(Path pgCtl, Path dataDirectory, Duration timeout) {
        long seconds = Math.max(1, timeout.toSeconds());
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL's binaries refuse to run as root; zonky runs them in a user namespace then, and so do we
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toString(),
                "-m", "fast", "-w", "-t", Long.toString(seconds)));
        try {
            Process pgCtlProcess = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start();
            pgCtlProcess.getOutputStream().close(); // pg_ctl reads nothing
            if (!pgCtlProcess.waitFor(seconds + 10, TimeUnit.SECONDS)) {
                pgCtlProcess.destroyForcibly(); // pg_ctl, not the server
                log.warn("{} stop did not return", pgCtl);
                return false;
            }
            // a few lines at most: they fit the pipe's buffer, so pg_ctl could not block on writing them
            String output = new String(pgCtlProcess.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (pgCtlProcess.exitValue() != 0) {
                log.warn("{} stop failed (exit {}): {}", pgCtl, pgCtlProcess.exitValue(), output);
                return false;
            }
            log.debug("{} stop: {}", pgCtl, output);
            return true;
        } catch (IOException e) {
            log.warn("cannot run {}: {}", pgCtl, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What pg_ctl's fast mode sends, sent directly. */
    private static void sendSigint(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                log.warn("kill -INT {} failed: {}", process.pid(),
                        kill.isAlive() ? "no answer" : new String(kill.getInputStream().readAllBytes()).strip());
            }
        } catch (IOException e) {
            log.warn("cannot send SIGINT to pid {}: {}", process.pid(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration remaining(long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        return left.compareTo(EXIT_GRACE) < 0 ? EXIT_GRACE : left;
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
