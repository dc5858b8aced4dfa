package org.iptalent.training.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Enrollments extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByClassIdAndTalentId(long classId, long talentId);

    /** Places held: by those enrolled, and once the class closed by those it decided about. */
    @Query("select count(e) from Enrollment e where e.classId = :classId and e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')")
    long placesTaken(long classId);

    @Query(value = "select exists (select 1 from attendance where session_id = :sessionId)", nativeQuery = true)
    boolean attendanceRecordedAt(long sessionId);

    @Query("select count(e) from Enrollment e where e.classId = :classId and e.status = 'WAITLISTED'")
    long waiting(long classId);

    /** The first on the waiting list. */
    Optional<Enrollment> findFirstByClassIdAndStatusOrderByQueuedAtAscIdAsc(long classId, Enrollment.Status status);

    /** A trainee's place in the waiting list (1 is next). */
    @Query("""
            select count(e) + 1 from Enrollment e where e.classId = :classId and e.status = 'WAITLISTED'
              and (e.queuedAt < :#{#mine.queuedAt} or (e.queuedAt = :#{#mine.queuedAt} and e.id < :#{#mine.id}))
            """)
    long positionOf(long classId, Enrollment mine);

    @Query("""
            select e from Enrollment e where e.classId = :classId
              and (:status is null or e.status = :status)
              and e.regionCode like :region
            """)
    Page<Enrollment> roster(long classId, Enrollment.Status status, String region, Pageable pageable);

    @Query("select e from Enrollment e where e.classId = :classId and e.status = 'ENROLLED' order by e.id")
    List<Enrollment> placed(long classId);

    @Query("select e from Enrollment e where e.classId = :classId and e.status in ('COMPLETED', 'NOT_COMPLETED') order by e.id")
    List<Enrollment> finished(long classId);

    @Query("select e from Enrollment e where e.classId = :classId and e.status = 'WAITLISTED' order by e.queuedAt, e.id")
    List<Enrollment> waitingList(long classId);

    List<Enrollment> findByTalentIdOrderByQueuedAtDesc(long talentId);

    /** Whether a talent completed a class of a level (the prerequisite of another). */
    @Query("""
            select count(e) > 0 from Enrollment e, org.iptalent.training.offering.TrainingClass c
            where e.classId = c.id and e.talentId = :talentId and e.status = 'COMPLETED' and c.level.id = :levelId
            """)
    boolean completedLevel(long talentId, long levelId);
}
