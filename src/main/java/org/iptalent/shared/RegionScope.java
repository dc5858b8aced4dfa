package org.iptalent.shared;

import org.springframework.data.jpa.domain.Specification;

/**
 * What part of the country a user may see: everything (national), one province or one city.
 *
 * <p>GB/T 2260 codes are hierarchical, so a region's records are those whose code starts with the
 * region's prefix ({@code 44} for Guangdong, {@code 4401} for Guangzhou). That prefix is the stored
 * path every module filters on, always as a bound parameter: {@link #specification} for JPA queries,
 * {@link #likePattern} for SQL, {@link #check} for a single record, and {@link #level} with {@link #regionCode}
 * for a search engine that matches whole codes rather than prefixes. No module writes its own.
 */
public record RegionScope(String prefix) {

    private static final RegionScope NATIONAL = new RegionScope(null);
    /** For users with no business scope at all (a security administrator reading business records). */
    private static final RegionScope NOTHING = new RegionScope("-");

    public static RegionScope national() {
        return NATIONAL;
    }

    public static RegionScope nothing() {
        return NOTHING;
    }

    public static RegionScope of(String regionCode) {
        return new RegionScope(new RegionCode(regionCode).prefix());
    }

    /** The scope of the signed-in user, or nothing when nobody is signed in. */
    public static RegionScope current() {
        return CurrentUser.find().map(CurrentUser::scope).orElse(NOTHING);
    }

    /** How much of the country a scope spans; {@link #NOTHING} for a user with no business region at all. */
    public enum Level {
        NATIONAL, PROVINCE, CITY, NOTHING
    }

    /** The only place the prefix's length is read: 2 digits are a province, 4 a city. */
    public Level level() {
        if (prefix == null) {
            return Level.NATIONAL;
        }
        return switch (prefix.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.CITY;
            default -> Level.NOTHING;
        };
    }

    public boolean isNational() {
        return prefix == null;
    }

    /** Whether this scope includes no record at all: nobody signed in, or a role with no business region. */
    public boolean isNothing() {
        return level() == Level.NOTHING;
    }

    /**
     * The region this scope is, as the six-digit code a record's own codes are compared with: for a
     * {@link Level#PROVINCE} scope the code a record's province must equal ({@code 440000}), for a
     * {@link Level#CITY} scope the code its city must equal ({@code 440100}); {@code null} for the country
     * (no condition) and for nothing (no record qualifies).
     */
    public String regionCode() {
        return switch (level()) {
            case PROVINCE -> prefix + "0000";
            case CITY -> prefix + "00";
            case NATIONAL, NOTHING -> null;
        };
    }

    public boolean includes(String regionCode) {
        if (prefix == null) {
            return true;
        }
        return regionCode != null && regionCode.startsWith(prefix);
    }

    /** Whether every record of {@code other} lies inside this scope. */
    public boolean covers(RegionScope other) {
        if (prefix == null) {
            return true;
        }
        return other.prefix != null && other.prefix.startsWith(prefix);
    }

    /** The SQL {@code LIKE} pattern for a bound parameter: {@code region_code LIKE ?}. */
    public String likePattern() {
        return prefix == null ? "%" : prefix + "%";
    }

    /** A JPA predicate on the entity's region attribute. */
    public <T> Specification<T> specification(String regionAttribute) {
        return (root, query, cb) -> prefix == null
                ? cb.conjunction()
                : cb.like(root.get(regionAttribute), prefix + "%");
    }

    /** Returns the record when this scope includes it; otherwise reports it as not found. */
    public <T extends RegionScoped> T check(T record, String entityType, Object id) {
        if (record == null || !includes(record.getRegionCode())) {
            throw new RecordNotFoundException(entityType, id);
        }
        return record;
    }
}
