package org.iptalent.programme.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The selections made: a talent's (for the registry profile) and the counts by province (for the region's page). */
@Service
public class ProgrammeSelections {

    private final JdbcTemplate jdbc;
    private final ProgrammeAccess access;
    private final ReferenceData reference;

    ProgrammeSelections(JdbcTemplate jdbc, ProgrammeAccess access, ReferenceData reference) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
    }

    /** A talent's selections, latest first (the caller has checked that the reader may see the talent). */
    @Transactional(readOnly = true)
    public List<Selection> ofTalent(long talentId) {
        return jdbc.query("""
                select s.id, s.programme_id, p.name, s.round_id, s.talent_id, s.year, s.region_code, s.selected_on
                from programme_selection s join talent_programme p on p.id = s.programme_id
                where s.talent_id = ? order by s.year desc, s.id desc""", (rs, i) -> new Selection(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getString(7),
                rs.getDate(8).toLocalDate()), talentId);
    }

    /** One province's count of selections, of one programme or (null) every programme the user sees. */
    public record ProvinceCount(String provinceCode, long count) {
    }

    /**
     * The selections by the province of the talent's region at selection, of a programme (or every one the reader
     * sees) and a year (or all), within the reader's region; provinces without any are left out.
     */
    @Transactional(readOnly = true)
    public List<ProvinceCount> byProvince(Long programmeId, Integer year) {
        CurrentUser user = ProgrammeAccess.administrator();
        if (programmeId != null) {
            access.visible(programmeId);
        }
        RegionScope scope = user.scope();
        Map<String, Long> counted = new LinkedHashMap<>();
        jdbc.query("""
                select left(s.region_code, 2), count(*) from programme_selection s
                where s.region_code like ? and (?::bigint is null or s.programme_id = ?)
                  and (?::int is null or s.year = ?)
                group by 1""", rs -> {
            counted.put(rs.getString(1), rs.getLong(2));
        }, scope.likePattern(), programmeId, programmeId, year, year);
        List<ProvinceCount> rows = new ArrayList<>();
        for (Division province : reference.provinces()) {
            Long count = counted.get(province.code().substring(0, 2));
            if (count != null) {
                rows.add(new ProvinceCount(province.code(), count));
            }
        }
        return rows;
    }
}
