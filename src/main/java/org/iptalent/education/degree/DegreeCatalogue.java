package org.iptalent.education.degree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.education.EducationAccess;
import org.iptalent.education.support.EducationQueries;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The universities' IP degree programmes in the administrator's region: listed and filtered, created (a university of
 * the region, a programme of a name and level once per university) and their yearly figures recorded, each change
 * audited.
 */
@Service
public class DegreeCatalogue {

    public static final String ENTITY = "DegreeProgramme";
    static final String UNIVERSITY_TYPE = "UNIVERSITY";

    private static final String FROM = """
             from degree_programme p join organisation o on o.id = p.university_id
             left join lateral (select y.year, y.intake, y.graduates from degree_programme_year y
               where y.programme_id = p.id order by y.year desc limit 1) l on true
             where p.region_code like :scope""";

    private final DegreeProgrammes programmes;
    private final OrganisationRecords organisations;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DegreeCatalogue(DegreeProgrammes programmes, OrganisationRecords organisations, NamedParameterJdbcTemplate jdbc,
            AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the region's programmes matching the filter, sorted by the list's checked fields. */
    @Transactional(readOnly = true)
    public Page<ProgrammeRow> find(ProgrammeFilter filter, PageRequest page) {
        RegionScope scope = EducationAccess.scope();
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.likePattern());
        StringBuilder where = new StringBuilder(" ").append(FROM);
        if (filter.level() != null) {
            where.append(" and p.level = :level");
            params.addValue("level", filter.level().name());
        }
        EducationQueries.region(filter.regionCode(), "p.region_code", where, params);
        EducationQueries.contains(filter.q(), "o.name", where, params);
        String select = "select p.id, p.university_id, o.name as university, p.region_code, p.name, p.level, "
                + "p.first_year, l.year, l.intake, l.graduates" + where
                + EducationQueries.orderBy(page.getSort(), "p.id");
        return EducationQueries.page(jdbc, select, "select count(*)" + where, params, page,
                (rs, n) -> new ProgrammeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), DegreeLevel.valueOf(rs.getString(6)), rs.getInt(7),
                        (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10)));
    }

    @Transactional(readOnly = true)
    public ProgrammeDetail get(long id) {
        return detail(visible(id));
    }

    @Transactional
    public ProgrammeDetail create(ProgrammeInput input) {
        EducationAccess.scope();
        List<Problem> problems = new ArrayList<>(DegreeRules.programme(input.name(), input.level(),
                input.firstYear(), thisYear()));
        Organisation university = university(input.universityId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = input.name().strip();
        if (Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from degree_programme where university_id = :university and level = :level
                  and lower(name) = lower(:name))""", new MapSqlParameterSource("university", university.getId())
                .addValue("level", input.level().name()).addValue("name", name), Boolean.class))) {
            throw duplicate(university, name);
        }
        DegreeProgramme programme;
        try {
            programme = programmes.saveAndFlush(new DegreeProgramme(university.getId(), university.getRegionCode(),
                    name, input.level(), input.firstYear(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // the same programme recorded at the same moment by someone else (the unique index)
            throw duplicate(university, name);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, programme.getId())
                .region(programme.getRegionCode()).message("education.audit.programmeCreated", university.getName(),
                        name, AuditText.message("education.level." + input.level().name()),
                        String.valueOf(input.firstYear())));
        return detail(programme);
    }

    /**
     * Records (or corrects) one year's intake and graduates. The programme's row is locked, so two years recorded
     * at once are each checked against the other.
     */
    @Transactional
    public ProgrammeDetail record(long id, Integer year, Integer intake, Integer graduates) {
        visible(id);
        DegreeProgramme programme = programmes.findLocked(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        Map<Integer, Integer> intakes = new HashMap<>();
        jdbc.query("select year, intake from degree_programme_year where programme_id = :id",
                new MapSqlParameterSource("id", id), rs -> {
                    intakes.put(rs.getInt(1), rs.getInt(2));
                });
        if (year != null && intake != null) {
            intakes.put(year, intake);
        }
        List<Problem> problems = DegreeRules.year(programme.getLevel(), programme.getFirstYear(), year, intake,
                graduates, intakes, thisYear());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.update("""
                insert into degree_programme_year (programme_id, year, intake, graduates, updated_at)
                values (:id, :year, :intake, :graduates, now())
                on conflict (programme_id, year) do update
                set intake = excluded.intake, graduates = excluded.graduates, updated_at = excluded.updated_at""",
                new MapSqlParameterSource("id", id).addValue("year", year).addValue("intake", intake)
                        .addValue("graduates", graduates));
        programme.touched(clock.instant());
        programmes.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(programme.getRegionCode())
                .message("education.audit.yearRecorded", programme.getName(), String.valueOf(year), intake,
                        graduates));
        return detail(programme);
    }

    /** The universities of the administrator's region a programme may name, by name. */
    @Transactional(readOnly = true)
    public List<University> universities() {
        EducationAccess.scope();
        return organisations.find(null, UNIVERSITY_TYPE, false, PageRequest.of(0, 500,
                org.springframework.data.domain.Sort.by("name"))).map(o -> new University(o.id(), o.name(),
                        o.regionCode())).getContent();
    }

    /** A university a form may choose. */
    public record University(long id, String name, String regionCode) {
    }

    private DegreeProgramme visible(long id) {
        RegionScope scope = EducationAccess.scope();
        return scope.check(programmes.findById(id).orElse(null), ENTITY, id);
    }

    private Organisation university(Long id, List<Problem> problems) {
        if (id == null) {
            problems.add(new Problem("universityId", "field.required"));
            return null;
        }
        Organisation found = organisations.parties(List.of(id)).stream().filter(o -> o.getId() == id.longValue())
                .findFirst().orElse(null);
        if (found == null || found.getMergedIntoId() != null
                || !EducationAccess.scope().includes(found.getRegionCode())) {
            problems.add(new Problem("universityId", "education.university.unknown", List.of(String.valueOf(id))));
            return null;
        }
        if (!UNIVERSITY_TYPE.equals(found.getType())) {
            problems.add(new Problem("universityId", "education.university.notUniversity", List.of(found.getName())));
        }
        return found;
    }

    private ProgrammeDetail detail(DegreeProgramme p) {
        String university = organisations.parties(List.of(p.getUniversityId())).stream()
                .filter(o -> o.getId() == p.getUniversityId()).map(Organisation::getName).findFirst().orElse("");
        List<YearFigures> years = jdbc.query("""
                select year, intake, graduates from degree_programme_year where programme_id = :id order by year""",
                new MapSqlParameterSource("id", p.getId()), (rs, n) -> new YearFigures(rs.getInt(1), rs.getInt(2),
                        rs.getInt(3)));
        return new ProgrammeDetail(p.getId(), p.getVersion(), p.getUniversityId(), university, p.getRegionCode(),
                p.getName(), p.getLevel(), p.getFirstYear(), years);
    }

    private static ConflictException duplicate(Organisation university, String name) {
        return new ConflictException("education.programme.duplicate", university.getName(), name);
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
