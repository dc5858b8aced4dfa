package org.iptalent.registry.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/** An employer or other organisation: enterprise, university, agency, administration … */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity implements RegionScoped {

    private String name;
    private String type;
    private String creditCode;
    private String regionCode;
    private String industryCode;

    protected Organisation() {
    }

    public Organisation(String name, String type, String creditCode, String regionCode, String industryCode) {
        update(name, type, creditCode, regionCode, industryCode);
    }

    void update(String name, String type, String creditCode, String regionCode, String industryCode) {
        this.name = name;
        this.type = type;
        this.creditCode = creditCode;
        this.regionCode = regionCode;
        this.industryCode = industryCode;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getCreditCode() {
        return creditCode;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }
}
