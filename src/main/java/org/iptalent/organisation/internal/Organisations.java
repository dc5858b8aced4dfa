package org.iptalent.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.iptalent.organisation.Organisation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The organisations' repository: only the module's own {@code OrganisationRecords} uses it. */
public interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByCreditCode(String creditCode);

    /** Whatever was merged into {@code id} now points at {@code intoId}: a merged name resolves in one step. */
    @Modifying
    @Query("update Organisation o set o.mergedIntoId = :intoId where o.mergedIntoId = :id")
    int repointMerged(@Param("id") long id, @Param("intoId") long intoId);

    List<Organisation> findTop2ByNameAndRegionCodeStartingWithAndMergedIntoIdIsNull(String name, String regionPrefix);
}
