package org.iptalent.analytics.annual;

import org.iptalent.shared.BusinessRuleException;

/** A report asked for a year the monthly history has no month of: there is nothing to report from. */
public class NoSnapshotsException extends BusinessRuleException {

    public NoSnapshotsException(int year) {
        super("year", "analytics.annual.noSnapshots", String.valueOf(year));
    }
}
