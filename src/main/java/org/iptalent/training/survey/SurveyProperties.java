package org.iptalent.training.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The satisfaction survey's settings, {@code iptalent.training.survey.*}.
 *
 * @param openDays            days a survey takes answers after the class ends (or after it is closed, when that is
 *                            later)
 * @param remindEveryDays     a trainee who has not answered is reminded every so many days, and on the last day
 * @param minResponses        responses a closed survey needs before its base reads any result (score, means,
 *                            comments) and before it counts in the satisfaction reports (so no answer is traceable)
 * @param target              the plan's training-satisfaction target, on 100 points
 */
@ConfigurationProperties("iptalent.training.survey")
public record SurveyProperties(@DefaultValue("14") int openDays, @DefaultValue("3") int remindEveryDays,
        @DefaultValue("3") int minResponses, @DefaultValue("90") int target) {

    public SurveyProperties {
        if (openDays < 1 || remindEveryDays < 1 || minResponses < 1 || target < 1 || target > 100) {
            throw new IllegalArgumentException("iptalent.training.survey.*: open-days, remind-every-days and "
                    + "min-responses are positive, target lies between 1 and 100");
        }
    }
}
