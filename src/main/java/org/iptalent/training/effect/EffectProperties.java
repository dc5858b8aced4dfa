package org.iptalent.training.effect;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The training-effect settings, {@code iptalent.training.effect.*}.
 *
 * @param followUpMonths   months after a class ends that its completed trainees' employers are asked about them
 * @param followUpOpenDays days the follow-up takes answers
 * @param linkValidDays    days a supervisor's one-time link stays valid (never past the follow-up's last day)
 */
@ConfigurationProperties("iptalent.training.effect")
public record EffectProperties(@DefaultValue("3") int followUpMonths, @DefaultValue("60") int followUpOpenDays,
        @DefaultValue("30") int linkValidDays) {

    public EffectProperties {
        if (followUpMonths < 1 || followUpOpenDays < 1 || linkValidDays < 1) {
            throw new IllegalArgumentException("iptalent.training.effect.*: follow-up-months, follow-up-open-days "
                    + "and link-valid-days are positive");
        }
    }
}
