package org.iptalent.expert.committee;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMembers extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeIdOrderByLeftOnDescRoleAscStartsOnAscIdAsc(long committeeId);

    List<CommitteeMember> findByCommitteeIdAndLeftOnIsNull(long committeeId);

    Page<CommitteeMember> findByCommitteeId(long committeeId, Pageable pageable);

    List<CommitteeMember> findByExpertIdAndLeftOnIsNull(long expertId);
}
