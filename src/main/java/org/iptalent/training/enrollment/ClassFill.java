package org.iptalent.training.enrollment;

/**
 * How full a class is: the places held (enrolled, and once it closed those it decided about) and how many wait.
 * One grouped count for any number of classes, where a page or list would otherwise count twice per class.
 */
public record ClassFill(long classId, long placesTaken, long waiting) {

    public static ClassFill empty(long classId) {
        return new ClassFill(classId, 0, 0);
    }
}
