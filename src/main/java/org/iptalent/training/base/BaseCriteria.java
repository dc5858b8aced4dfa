package org.iptalent.training.base;

/**
 * The filters of the list of bases, as a page or a client sends them: the level ({@code NATIONAL} or
 * {@code LOCAL}), a province code, a status, a speciality (a team or a category code) and part of the name. Blank
 * means any; a value that is none of the allowed ones is refused by the list, never ignored.
 */
public record BaseCriteria(String level, String province, String status, String speciality, String q) {

    public static BaseCriteria none() {
        return new BaseCriteria(null, null, null, null, null);
    }

    /** The same filters at another level: what the map's national and local counts read. */
    public BaseCriteria withLevel(String value) {
        return new BaseCriteria(value, province, status, speciality, q);
    }

    /** The same filters in the whole country (the map counts every province). */
    public BaseCriteria withoutProvince() {
        return new BaseCriteria(level, null, status, speciality, q);
    }
}
