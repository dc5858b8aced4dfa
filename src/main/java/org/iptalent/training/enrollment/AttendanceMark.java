package org.iptalent.training.enrollment;

import java.math.BigDecimal;

/** One trainee at one session: present or not, and the hours attended (null: the whole session when present). */
public record AttendanceMark(long talentId, boolean present, BigDecimal hours) {
}
