package org.iptalent.demand.supply;

import java.util.List;

import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.disclosure.SmallCounts;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.registry.TalentSupply;
import org.springframework.stereotype.Service;

/**
 * What an employer sees of the supply: the talents of its city (its province when it lies in a municipality's or
 * province's own code) and of its industry, counted by team and education, small counts suppressed; never a record.
 */
@Service
public class SupplyStatistics {

    /** The table and what it counts. */
    public record Supply(OrganisationView employer, String regionCode, String industryCode, SupplyTable table) {
    }

    private final EmployerAccounts employers;
    private final TalentSupply supply;
    private final ReferenceData reference;

    SupplyStatistics(EmployerAccounts employers, TalentSupply supply, ReferenceData reference) {
        this.employers = employers;
        this.supply = supply;
        this.reference = reference;
    }

    /** For the signed-in employer: its region and industry, or all industries when it has none recorded. */
    public Supply forEmployer() {
        OrganisationView employer = employers.current();
        String province = employer.regionCode().substring(0, 2) + "0000";
        String city = employer.regionCode().substring(0, 4) + "00";
        String region = reference.citiesOf(province).stream().anyMatch(c -> c.code().equals(city)) ? city : province;
        List<String> teams = reference.terms(TaxonomyKind.TEAM).stream().map(Term::code).toList();
        List<String> educations = reference.terms(TaxonomyKind.EDUCATION).stream().map(Term::code).toList();
        SupplyTable table = SupplyTable.of(supply.byTeamAndEducation(region, employer.industryCode()), teams,
                educations, SmallCounts.THRESHOLD);
        return new Supply(employer, region, employer.industryCode(), table);
    }
}
