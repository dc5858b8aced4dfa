package org.iptalent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** IPTalent: the national intellectual-property talent platform, one Spring Modulith module per capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "IPTalent", sharedModules = "shared")
public class IpTalentApplication {

    public static void main(String[] args) {
        // the platform serves China: times on pages and in exports are Beijing time unless the operator says otherwise
        if (System.getProperty("user.timezone") == null || System.getProperty("user.timezone").isBlank()) {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        }
        SpringApplication.run(IpTalentApplication.class, args);
    }
}
