package org.iptalent.platform;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Entity tags for the modules' APIs: a record's version as a strong tag, and RFC 9110's entity-tag
 * comparison for If-Match (section 13.1.1).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether an If-Match value matches the current strong entity tag {@code current} (with its quotes):
     * {@code *} matches any current representation; otherwise the value is a comma-separated list and
     * matches when one of its tags is equal by the strong comparison, so a weak tag ({@code W/"3"})
     * never matches. A malformed member matches nothing. An unquoted tag ({@code 3}) is read as if
     * quoted, for clients that strip the quotes.
     */
    public static boolean matchStrongly(String ifMatch, String current) {
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return true;
        }
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = value.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            String tag;
            if (i < value.length() && value.charAt(i) == '"') {
                int end = value.indexOf('"', i + 1);
                if (end < 0) {
                    return false;
                }
                tag = value.substring(i, end + 1);
                i = end + 1;
            } else {
                int end = value.indexOf(',', i);
                end = end < 0 ? value.length() : end;
                tag = "\"" + value.substring(i, end).trim() + "\"";
                i = end;
            }
            if (!weak && tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** The strong entity tag of a record at {@code version}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a conditional update may change: the current one when {@code ifMatch} matches it, else 412;
     * without If-Match, 428 (a client must say which version it read).
     */
    public static long requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null) {
            throw preconditionRequired();
        }
        if (!matchStrongly(ifMatch, of(currentVersion))) {
            throw preconditionFailed();
        }
        return currentVersion;
    }

    /**
     * A conditional update of the modules' APIs: with If-Match, {@code write} gets the record's current version when
     * the tag matches it (else 412), and a change between that check and the write is 412 too, since the tag the
     * client matched is then no longer current; without If-Match, the version the request's body names (a stale one
     * fails the write as the write says, 409); with neither, 428.
     *
     * @param currentVersion reads the record as the caller may see it (404 when there is none, also for {@code *})
     */
    public static <T> T conditionally(String ifMatch, Long bodyVersion, LongSupplier currentVersion,
            LongFunction<T> write) {
        long version;
        if (ifMatch != null) {
            long current = currentVersion.getAsLong();
            if (!matchStrongly(ifMatch, of(current))) {
                throw preconditionFailed();
            }
            version = current;
        } else if (bodyVersion != null) {
            version = bodyVersion;
        } else {
            throw preconditionRequired();
        }
        try {
            return write.apply(version);
        } catch (OptimisticLockingFailureException e) {
            if (ifMatch != null) {
                throw preconditionFailed();
            }
            throw e;
        }
    }

    /** 412: the entity tag the client sent is not the record's current one. */
    public static ErrorResponseException preconditionFailed() {
        return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED,
                ProblemDetail.forStatus(HttpStatus.PRECONDITION_FAILED), null, "problem.preconditionFailed", null);
    }

    /** 428: an update must say which version it read. */
    public static ErrorResponseException preconditionRequired() {
        return new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED,
                ProblemDetail.forStatus(HttpStatus.PRECONDITION_REQUIRED), null, "problem.preconditionRequired", null);
    }
}
