package org.iptalent.training.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Enrollments extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByClassIdAndTalentId(long classId, long talentId);

    /** Places held: by those enrolled, and once the class closed by those it decided about. */
    default long placesTaken(long classId) {
        return fill(classId).placesTaken();
    }

    @Query(value = "select exists (select 1 from attendance where session_id = :sessionId)", nativeQuery = true)
    boolean attendanceRecordedAt(long sessionId);


    /** The first on the waiting list. */
    Optional<Enrollment> findFirstByClassIdAndStatusOrderByQueuedAtAscIdAsc(long classId, Enrollment.Status status);

    @Query("""
            select new org.iptalent.training.enrollment.ClassFill(e.classId,
                   sum(case when e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED') then 1 else 0 end),
                   sum(case when e.status = 'WAITLISTED' then 1 else 0 end))
            from Enrollment e where e.classId in :classIds group by e.classId
            """)
    List<ClassFill> fillsOf(Collection<Long> classIds);

    /** The places held and the waiting list of each class, in one query (a class nobody joined is empty). */
    default Map<Long, ClassFill> fills(Collection<Long> classIds) {
        Map<Long, ClassFill> found = classIds.isEmpty() ? Map.of()
                : fillsOf(classIds).stream().collect(Collectors.toMap(ClassFill::classId, Function.identity()));
        return classIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> found.getOrDefault(id, ClassFill.empty(id))));
    }

    default ClassFill fill(long classId) {
        return fills(List.of(classId)).get(classId);
    }

    /** Places on the waiting list (1 is next) of the given enrollments of one class, read in one pass over it. */
    @Query(value = """
            select w.id, w.position from (
              select e.id, row_number() over (order by e.queued_at, e.id) as position
              from enrollment e where e.class_id = :classId and e.status = 'WAITLISTED') w
            where w.id in :enrollmentIds
            """, nativeQuery = true)
    List<Object[]> positionRows(long classId, Collection<Long> enrollmentIds);

    default Map<Long, Long> positionsOf(long classId, Collection<Long> enrollmentIds) {
        return enrollmentIds.isEmpty() ? Map.of() : positionRows(classId, enrollmentIds).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    /** A trainee's place in the waiting list (1 is next), by the same order as {@link #positionsOf}. */
    default long positionOf(long classId, Enrollment mine) {
        return positionsOf(classId, List.of(mine.getId())).getOrDefault(mine.getId(), 0L);
    }

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

    /** A page of the attendance sheet: those holding a place, or once the class closed those it decided about. */
    @Query("""
            select e from Enrollment e where e.classId = :classId
              and ((:closed = false and e.status = 'ENROLLED') or (:closed = true and e.status in ('COMPLETED', 'NOT_COMPLETED')))
            """)
    Page<Enrollment> sheetPage(long classId, boolean closed, Pageable pageable);

    /** Those of the given talents who hold a place in the class. */
    @Query("select e from Enrollment e where e.classId = :classId and e.status = 'ENROLLED' and e.talentId in :talentIds")
    List<Enrollment> placedAmong(long classId, Collection<Long> talentIds);

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
