package org.iptalent.training.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.training.base.TrainingBase;
import org.iptalent.training.base.TrainingBases;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.offering.TrainingClasses;
import org.iptalent.training.program.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A talent's training: their classes, newest first, and the hours credited to them per year. */
@Service
public class TrainingHistory {

    private final Enrollments enrollments;
    private final TrainingClasses classes;
    private final TrainingBases bases;
    private final TalentAccounts accounts;
    private final Enrolling enrolling;
    private final JdbcTemplate jdbc;

    TrainingHistory(Enrollments enrollments, TrainingClasses classes, TrainingBases bases, TalentAccounts accounts,
            Enrolling enrolling, JdbcTemplate jdbc) {
        this.enrollments = enrollments;
        this.classes = classes;
        this.bases = bases;
        this.accounts = accounts;
        this.enrolling = enrolling;
        this.jdbc = jdbc;
    }

    public record Entry(long enrollmentId, long classId, String classTitle, String programTitle, Level level,
            String baseName, LocalDate startsOn, LocalDate endsOn, Enrollment.Status status, BigDecimal attendedHours,
            BigDecimal creditedHours, BigDecimal score, long waitingPosition, TrainingClass.Status classStatus) {
    }

    public record YearHours(int year, BigDecimal hours) {
    }

    public record TalentTraining(long talentId, List<Entry> entries, List<YearHours> hoursByYear) {

        public BigDecimal totalHours() {
            return hoursByYear.stream().map(YearHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The signed-in talent's own training. */
    @Transactional(readOnly = true)
    public TalentTraining mine() {
        long talentId = accounts.talentOf(CurrentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("training.enrollment.noTalentRecord"));
        return of(talentId);
    }

    /** A talent's training; the caller has checked that the reader may see the talent. */
    @Transactional(readOnly = true)
    public TalentTraining of(long talentId) {
        List<Enrollment> own = enrollments.findByTalentIdOrderByQueuedAtDesc(talentId);
        Map<Long, TrainingClass> byId = classes.findAllById(own.stream().map(Enrollment::getClassId).toList())
                .stream().collect(Collectors.toMap(TrainingClass::getId, Function.identity()));
        Map<Long, String> baseNames = bases.findAllById(byId.values().stream().map(TrainingClass::getBaseId)
                .distinct().toList()).stream().collect(Collectors.toMap(TrainingBase::getId, TrainingBase::getName));
        List<Entry> entries = new ArrayList<>();
        for (Enrollment e : own) {
            TrainingClass c = byId.get(e.getClassId());
            entries.add(new Entry(e.getId(), c.getId(), c.getTitle(), c.getLevel().getProgram().getTitle(),
                    c.getLevel().getLevel(), baseNames.get(c.getBaseId()), c.getStartsOn(), c.getEndsOn(),
                    e.getStatus(), e.getAttendedHours(), e.getCreditedHours(), e.getScore(),
                    enrolling.waitingPosition(e), c.getStatus()));
        }
        entries.sort(java.util.Comparator.comparing(Entry::startsOn).reversed());
        List<YearHours> years = jdbc.query("""
                select extract(year from completed_on)::int, sum(credited_hours) from enrollment
                where talent_id = ? and status = 'COMPLETED' group by 1 order by 1 desc
                """, (rs, n) -> new YearHours(rs.getInt(1), rs.getBigDecimal(2)), talentId);
        return new TalentTraining(talentId, entries, years);
    }
}
