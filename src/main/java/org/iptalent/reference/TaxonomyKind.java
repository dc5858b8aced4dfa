package org.iptalent.reference;

/** The plan's own code lists. */
public enum TaxonomyKind {
    TEAM, CATEGORY, EXPERT_CATEGORY, QUALIFICATION_TYPE, TITLE_LEVEL, ORGANISATION_TYPE, EDUCATION, DISCIPLINE
}
