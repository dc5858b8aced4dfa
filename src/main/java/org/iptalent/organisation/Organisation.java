package org.iptalent.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/**
 * An employer or other organisation: enterprise, university, agency, administration … Other modules' entities
 * may refer to it (a talent's employer) and read it; only {@link OrganisationRecords} changes it.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity implements RegionScoped {

    private String name;
    private String type;
    private String creditCode;
    private String regionCode;
    private String industryCode;
    /** False for an employer an import registered from a bare name: an administrator has to confirm it. */
    private boolean verified = true;
    private Long mergedIntoId;

    protected Organisation() {
    }

    Organisation(String name, String type, String creditCode, String regionCode, String industryCode) {
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

    public boolean isVerified() {
        return verified;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    void verify() {
        verified = true;
    }

    /** Marks this organisation as a duplicate of {@code survivor}; only an unverified one can be merged away. */
    void mergeInto(Organisation survivor) {
        if (verified || mergedIntoId != null || survivor.mergedIntoId != null || survivor == this) {
            throw new org.iptalent.shared.BusinessRuleException("targetId", "organisation.merge.notAllowed");
        }
        mergedIntoId = survivor.getId();
    }
}
