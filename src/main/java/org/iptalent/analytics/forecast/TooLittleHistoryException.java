package org.iptalent.analytics.forecast;

import org.iptalent.shared.BusinessRuleException;

/** A series too short to forecast honestly: said in words (422 over the API), never drawn as a line. */
public class TooLittleHistoryException extends BusinessRuleException {

    public TooLittleHistoryException(int months, int minimum) {
        super(null, "analytics.forecast.tooLittleHistory", String.valueOf(months), String.valueOf(minimum));
    }
}
