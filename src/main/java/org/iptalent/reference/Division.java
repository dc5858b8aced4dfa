package org.iptalent.reference;

/** A GB/T 2260 division: a province (level 1) or a prefecture-level unit (level 2). */
public record Division(String code, String parentCode, int level, String nameZh, String shortNameZh, String nameEn,
        String kind, String iso3166) implements Localized {

    public boolean isProvince() {
        return level == 1;
    }

    /** Mainland provinces, the 31 the platform's offices administer (not Taiwan, Hong Kong, Macao). */
    public boolean isMainland() {
        return code.compareTo("710000") < 0;
    }
}
