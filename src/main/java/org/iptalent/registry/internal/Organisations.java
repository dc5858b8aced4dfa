package org.iptalent.registry.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByCreditCode(String creditCode);

    List<Organisation> findTop2ByNameAndRegionCodeStartingWithAndMergedIntoIdIsNull(String name, String regionPrefix);
}
