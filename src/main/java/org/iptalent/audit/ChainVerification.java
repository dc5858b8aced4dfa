package org.iptalent.audit;

/**
 * The outcome of walking the chain: intact, or the first entry where it breaks and how. The page names the
 * breach from the bundles ({@code audit.breach.*}); {@link #reason()} says it in English for logs and tests.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAtId, Breach breach) {

    /** How the chain breaks at {@link #brokenAtId()}. */
    public enum Breach {
        /** An entry before this one is gone: the ids jump. */
        ENTRY_MISSING("entry missing before this one"),
        /** This entry does not name the previous entry's hash: one was replaced or inserted. */
        LINK_BROKEN("link to the previous entry broken"),
        /** This entry's content no longer matches its hash. */
        CONTENT_ALTERED("content altered"),
        /** The chain's head names a later entry than the last one found: entries were cut from the end. */
        TAIL_MISSING("entries missing after the last one found");

        private final String reason;

        Breach(String reason) {
            this.reason = reason;
        }
    }

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    public static ChainVerification broken(long entriesChecked, long brokenAtId, Breach breach) {
        return new ChainVerification(false, entriesChecked, brokenAtId, breach);
    }

    public String reason() {
        return breach == null ? null : breach.reason;
    }
}
