package org.iptalent.reference;

/** One value of one of the platform's taxonomies, e.g. a team or a qualification type. */
public record Term(TaxonomyKind kind, String code, String parentCode, String nameZh, String nameEn)
        implements Localized {
}
