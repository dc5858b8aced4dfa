package org.iptalent.certificate.internal;

import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate types, which the national administrator keeps: their names, validity, renewal reminder and serial
 * format (checked on save). A type's code is fixed once created, since serial numbers and other modules name it.
 */
@Service
public class CertificateTypeAdministration {

    static final String ENTITY = "CertificateType";

    private final CertificateTypes types;
    private final AuditLog audit;

    CertificateTypeAdministration(CertificateTypes types, AuditLog audit) {
        this.types = types;
        this.audit = audit;
    }

    /** Every type, by code: issuing and the lists' filters need them, so anyone signed in may read them. */
    @Transactional(readOnly = true)
    public List<CertificateType> all() {
        return types.findAllByOrderByCodeAsc();
    }

    @Transactional(readOnly = true)
    public CertificateType get(long id) {
        return types.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    @Transactional
    public CertificateType create(CertificateTypeInput input) {
        requireNationalAdministrator();
        List<Problem> problems = new java.util.ArrayList<>(input.problems(true));
        if (problems.stream().noneMatch(p -> p.field().equals("code"))
                && types.findByCode(input.code().strip()).isPresent()) {
            problems.add(new Problem("code", "certificate.type.code.taken", List.of(input.code().strip())));
        }
        if (problems.isEmpty()) {
            sameNumbers(null, input.code().strip(), input.serialFormat().strip()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CertificateType type = types.saveAndFlush(new CertificateType(input.code().strip(), input));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, type.getId()).changes(changes(null, type)));
        return type;
    }

    @Transactional
    public CertificateType update(long id, long expectedVersion, CertificateTypeInput input) {
        requireNationalAdministrator();
        CertificateType type = get(id);
        if (type.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CertificateType.class, id);
        }
        List<Problem> problems = new java.util.ArrayList<>(input.problems(false));
        if (problems.isEmpty()) {
            sameNumbers(id, type.getCode(), input.serialFormat().strip()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Snapshot before = Snapshot.of(type);
        type.update(input);
        types.saveAndFlush(type);
        Changes changes = changes(before, type);
        if (!changes.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).changes(changes));
        }
        return type;
    }

    /** Another type whose numbers a type with this format and code would repeat. */
    private java.util.Optional<Problem> sameNumbers(Long id, String code, String format) {
        String signature = new SerialFormat(format).signature(code);
        return types.findAll().stream().filter(other -> !other.getId().equals(id))
                .filter(other -> other.format().signature(other.getCode()).equals(signature)).findFirst()
                .map(other -> new Problem("serialFormat", "certificate.type.format.taken", List.of(other.getCode())));
    }

    private record Snapshot(String nameZh, String nameEn, Integer validityYears, Integer reminderDays,
            String serialFormat) {
        static Snapshot of(CertificateType t) {
            return new Snapshot(t.getNameZh(), t.getNameEn(), t.getValidityYears(), t.getReminderDays(),
                    t.getSerialFormat());
        }
    }

    private static Changes changes(Snapshot before, CertificateType after) {
        Snapshot old = before == null ? new Snapshot(null, null, null, null, null) : before;
        Changes changes = Changes.of();
        if (before == null) {
            changes.field("code", null, after.getCode());
        }
        return changes.field("nameZh", old.nameZh(), after.getNameZh())
                .field("nameEn", old.nameEn(), after.getNameEn())
                .field("validityYears", old.validityYears(), after.getValidityYears())
                .field("reminderDays", old.reminderDays(), after.getReminderDays())
                .field("serialFormat", old.serialFormat(), after.getSerialFormat());
    }

    private static void requireNationalAdministrator() {
        if (!CurrentUser.require().has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("certificate.type.nationalOnly");
        }
    }
}
