package org.iptalent.analytics.flows;

/** Flows between provinces, or between the prefecture-level cities of one province and everywhere else. */
public enum FlowLevel {
    PROVINCE, CITY
}
