package org.iptalent.expert.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The expert pool's part of the demo dataset.
 *
 * @param experts     how many of the registry's demo talents are appointed (at most the talents there are)
 * @param teamMembers the trademark examination team's members today, toward its target of 100
 * @param draws       how many draws are made, answered and evaluated through the services
 */
@ConfigurationProperties("iptalent.expert.demo")
public record ExpertDemoProperties(@DefaultValue("18000") int experts, @DefaultValue("80") int teamMembers,
        @DefaultValue("6") int draws) {
}
