package org.iptalent.expert.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMembers extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeIdOrderByLeftOnDescRoleAscStartsOnAscIdAsc(long committeeId);

    List<CommitteeMember> findByCommitteeIdAndLeftOnIsNull(long committeeId);

    List<CommitteeMember> findByExpertIdAndLeftOnIsNull(long expertId);
}
