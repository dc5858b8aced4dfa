package org.iptalent.training.rotation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface RotationCampaigns extends JpaRepository<RotationCampaign, Long>,
        JpaSpecificationExecutor<RotationCampaign> {

    /** The campaigns whose cycle runs on {@code day}: the weekly reminders' campaigns. */
    @Query("select c from RotationCampaign c where c.cycleStart <= :day and c.cycleEnd >= :day order by c.id")
    List<RotationCampaign> runningOn(LocalDate day);
}
