package org.iptalent.planning.plan;

import org.iptalent.shared.RegionScope;

/** The planning module's region codes: a division code, or {@value #NATIONAL} for the whole country. */
public final class PlanRegions {

    public static final String NATIONAL = "000000";

    private PlanRegions() {
    }

    public static RegionScope scope(String regionCode) {
        return NATIONAL.equals(regionCode) ? RegionScope.national() : RegionScope.of(regionCode);
    }

    /** The code a scope's own figures are kept under: the country, a province or a city. */
    public static String code(RegionScope scope) {
        return scope.isNational() ? NATIONAL : scope.regionCode();
    }

    public static boolean isProvince(String regionCode) {
        return regionCode != null && regionCode.length() == 6 && regionCode.endsWith("0000") && !NATIONAL.equals(regionCode);
    }
}
