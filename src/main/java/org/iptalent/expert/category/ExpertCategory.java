package org.iptalent.expert.category;

import org.iptalent.reference.Localized;

/**
 * A category of the expert pool's taxonomy: one the national office keeps (owner {@code 000000}), or a province's
 * sub-category under one of them (owner: the province's code).
 */
public record ExpertCategory(String code, String parentCode, String nameZh, String nameEn, String ownerRegionCode,
        int position) implements Localized {

    public static final String NATIONAL = "000000";

    public boolean isNational() {
        return NATIONAL.equals(ownerRegionCode);
    }
}
