package org.iptalent.shared;

/**
 * A record that does not exist, or that the current user may not see: the two are deliberately
 * indistinguishable, so that region scope never reveals that another province's record exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String entityType;
    private final Object id;

    public RecordNotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public Object id() {
        return id;
    }
}
