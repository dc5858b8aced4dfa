package org.iptalent.training.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.iptalent.training.base.BaseMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the classes of a year tell the base assessment: classes held (closed in the year), trainees (who held a
 * place in them) and the completion rate (completed of those, in percent). A class counts in the year it ended.
 */
@Configuration(proxyBeanMethods = false)
class ClassMeasures {

    @Bean
    BaseMeasure classesHeld(JdbcTemplate jdbc) {
        return measure("CLASSES_HELD", "training.measure.CLASSES_HELD", BigDecimal.valueOf(12), jdbc, """
                select c.base_id, count(*) from training_class c
                where c.status = 'CLOSED' and c.base_id = any(?) and c.ends_on between ? and ?
                group by c.base_id
                """);
    }

    @Bean
    BaseMeasure trainees(JdbcTemplate jdbc) {
        return measure("TRAINEES", "training.measure.TRAINEES", BigDecimal.valueOf(600), jdbc, """
                select c.base_id, count(*) from training_class c join enrollment e on e.class_id = c.id
                where c.status = 'CLOSED' and c.base_id = any(?) and c.ends_on between ? and ?
                  and e.status in ('COMPLETED', 'NOT_COMPLETED')
                group by c.base_id
                """);
    }

    @Bean
    BaseMeasure completionRate(JdbcTemplate jdbc) {
        return measure("COMPLETION_RATE", "training.measure.COMPLETION_RATE", BigDecimal.valueOf(95), jdbc, """
                select c.base_id, round(100.0 * count(*) filter (where e.status = 'COMPLETED') / count(*), 1)
                from training_class c join enrollment e on e.class_id = c.id
                where c.status = 'CLOSED' and c.base_id = any(?) and c.ends_on between ? and ?
                  and e.status in ('COMPLETED', 'NOT_COMPLETED')
                group by c.base_id
                """);
    }

    private static BaseMeasure measure(String code, String labelKey, BigDecimal fullMarks, JdbcTemplate jdbc,
            String sql) {
        return new BaseMeasure() {

            @Override
            public String code() {
                return code;
            }

            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public BigDecimal typicalFullMarks() {
                return fullMarks;
            }

            @Override
            public Map<Long, BigDecimal> values(Collection<Long> baseIds, int year) {
                Map<Long, BigDecimal> values = new HashMap<>();
                if (baseIds.isEmpty()) {
                    return values;
                }
                jdbc.query(sql, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", baseIds.toArray()));
                    ps.setObject(2, LocalDate.of(year, 1, 1));
                    ps.setObject(3, LocalDate.of(year, 12, 31));
                }, rs -> {
                    values.put(rs.getLong(1), rs.getBigDecimal(2).setScale(1, RoundingMode.HALF_UP));
                });
                return values;
            }
        };
    }
}
