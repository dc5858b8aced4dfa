package org.iptalent.training.base;

/** Who designated a training base: CNIPA (national) or a province or prefecture city (local). */
public enum BaseLevel {
    NATIONAL, LOCAL
}
