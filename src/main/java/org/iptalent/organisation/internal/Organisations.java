package org.iptalent.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.iptalent.organisation.Organisation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.iptalent.organisation.Organisation;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The organisations' repository: only the module's own {@code OrganisationRecords} uses it. */
public interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByCreditCode(String creditCode);

    List<Organisation> findTop2ByNameAndRegionCodeStartingWithAndMergedIntoIdIsNull(String name, String regionPrefix);
}
