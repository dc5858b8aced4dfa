package org.iptalent.expert.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdvisoryCommittees extends JpaRepository<AdvisoryCommittee, Long> {

    List<AdvisoryCommittee> findAllByOrderByLevelAscRegionCodeAscNameAsc();

    Optional<AdvisoryCommittee> findByName(String name);
}
