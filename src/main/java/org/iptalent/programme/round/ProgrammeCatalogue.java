package org.iptalent.programme.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes: the national administrator keeps the national ones, a provincial administrator their province's.
 */
@Service
public class ProgrammeCatalogue {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int NAME_LENGTH = 100;
    static final int DESCRIPTION_LENGTH = 2000;

    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeCatalogue(Programmes programmes, ProgrammeAccess access, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programmes the administrator sees: the national ones, then their province's (every one for the nation). */
    @Transactional(readOnly = true)
    public List<ProgrammeView> list() {
        CurrentUser user = ProgrammeAccess.administrator();
        return programmes.findAllByOrderByLevelAscIdAsc().stream().filter(p -> ProgrammeAccess.sees(user, p))
                .map(p -> ProgrammeView.of(p, ProgrammeAccess.administers(user, p))).toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(long id) {
        TalentProgramme programme = access.visible(id);
        return ProgrammeView.of(programme, ProgrammeAccess.administers(CurrentUser.require(), programme));
    }

    @Transactional
    public ProgrammeView create(ProgrammeInput input) {
        CurrentUser user = ProgrammeAccess.administrator();
        TalentProgramme.Level level = user.has(Role.NATIONAL_ADMIN) ? TalentProgramme.Level.NATIONAL
                : TalentProgramme.Level.PROVINCIAL;
        if (input.level() != null && input.level() != level) {
            throw new AccessDeniedException("programme.levelNotYours");
        }
        String code = input.code() == null ? "" : input.code().strip();
        List<Problem> problems = check(input);
        if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "programme.codeFormat"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (programmes.findByCode(code).isPresent()) {
            throw new ConflictException("programme.codeTaken", code);
        }
        String region = level == TalentProgramme.Level.NATIONAL ? TalentProgramme.NATIONAL_REGION
                : ProgrammeAccess.nominatingProvince(user);
        TalentProgramme programme;
        try {
            programme = programmes.saveAndFlush(new TalentProgramme(code, input.name().strip(), level, region,
                    blankToNull(input.description()), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // the same code created at the same moment by another administrator (the code is unique)
            throw new ConflictException("programme.codeTaken", code);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ProgrammeAccess.ENTITY, programme.getId()).region(region)
                .message("programme.audit.created", programme.getName(), code));
        return ProgrammeView.of(programme, true);
    }

    @Transactional
    public ProgrammeView describe(long id, long expectedVersion, ProgrammeInput input) {
        TalentProgramme programme = access.administered(id);
        if (programme.getVersion() != expectedVersion) {
            throw new ConflictException("programme.changedMeanwhile");
        }
        List<Problem> problems = check(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        programme.describe(input.name().strip(), blankToNull(input.description()), clock.instant());
        programmes.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ProgrammeAccess.ENTITY, id).region(programme.getRegionCode())
                .message("programme.audit.described", programme.getName()));
        return ProgrammeView.of(programme, true);
    }

    private static List<Problem> check(ProgrammeInput input) {
        List<Problem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("name", "field.required"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(new Problem("name", "field.tooLong", List.of(NAME_LENGTH)));
        }
        if (input.description() != null && input.description().strip().length() > DESCRIPTION_LENGTH) {
            problems.add(new Problem("description", "field.tooLong", List.of(DESCRIPTION_LENGTH)));
        }
        return problems;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
