package org.iptalent.certificate.internal;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next serial number of a type. One statement takes it: {@code insert ... on conflict do update ... returning}
 * locks the type's counter row until the issuing transaction ends, so two issues never get the same number, and a
 * rolled-back issue gives its number back with the rest of its work.
 */
@Component
class SerialNumbers {

    private final JdbcTemplate jdbc;

    SerialNumbers(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(CertificateType type, int year, String regionCode) {
        SerialFormat format = type.format();
        Long sequence = jdbc.queryForObject("""
                insert into certificate_serial_counter (type_id, year, last_value) values (?, ?, 1)
                on conflict (type_id, year) do update set last_value = certificate_serial_counter.last_value + 1
                returning last_value""", Long.class, type.getId(), format.perYear() ? year : 0);
        return format.render(type.getCode(), year, regionCode, sequence);
    }

    /** The first of {@code count} consecutive sequence numbers of a type and year, taken with one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    long reserve(CertificateType type, int year, int count) {
        Long last = jdbc.queryForObject("""
                insert into certificate_serial_counter (type_id, year, last_value) values (?, ?, ?)
                on conflict (type_id, year) do update set last_value = certificate_serial_counter.last_value + ?
                returning last_value""", Long.class, type.getId(), type.format().perYear() ? year : 0, count, count);
        return last - count + 1;
    }

    String render(CertificateType type, int year, String regionCode, long sequence) {
        return type.format().render(type.getCode(), year, regionCode, sequence);
    }
}
