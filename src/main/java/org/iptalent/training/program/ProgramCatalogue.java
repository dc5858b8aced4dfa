package org.iptalent.training.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs every base may offer classes of. The catalogue is open to every signed-in user; the national
 * administrator keeps the national programs, a provincial or city administrator their region's own.
 */
@Service
public class ProgramCatalogue {

    public static final String ENTITY = "TrainingProgram";

    private final TrainingPrograms programs;
    private final ReferenceData reference;
    private final AuditLog audit;

    ProgramCatalogue(TrainingPrograms programs, ReferenceData reference, AuditLog audit) {
        this.programs = programs;
        this.reference = reference;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<TrainingProgram> find(String team, String q, Pageable pageable) {
        CurrentUser.require();
        String pattern = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%";
        Page<TrainingProgram> page = programs.find(team == null || team.isBlank() ? null : team, pattern, pageable);
        // the list shows each program's levels, and pages render after the transaction
        page.getContent().forEach(p -> p.getLevels().forEach(l -> l.getPrerequisite()));
        return page;
    }

    @Transactional(readOnly = true)
    public TrainingProgram get(long id) {
        CurrentUser.require();
        TrainingProgram program = programs.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        program.getLevels().forEach(l -> {
            if (l.getPrerequisite() != null) {
                l.getPrerequisite().getLevel();
            }
        });
        return program;
    }

    @Transactional(readOnly = true)
    public List<TrainingProgram> all() {
        CurrentUser.require();
        List<TrainingProgram> all = programs.findAll(org.springframework.data.domain.Sort.by("title"));
        all.forEach(p -> p.getLevels().size());
        return all;
    }

    /** Whether the current user keeps this program (or, with null, may create programs at all). */
    public boolean keeps(TrainingProgram program) {
        CurrentUser user = CurrentUser.find().orElse(null);
        if (user == null || user.scope().isNothing()
                || !(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))) {
            return false;
        }
        if (program == null) {
            return true;
        }
        return program.isNational() ? user.scope().isNational() : user.scope().includes(program.getOwnerRegion());
    }

    @Transactional
    public TrainingProgram create(String title, String team, String category, String description) {
        if (!keeps(null)) {
            throw new AccessDeniedException("training.program.keepersOnly");
        }
        check(title, team, category);
        CurrentUser user = CurrentUser.require();
        String owner = user.scope().isNational() ? null : user.regionCode();
        TrainingProgram program = programs.save(new TrainingProgram(title, team, category, description, owner));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, program.getId()).region(owner)
                .message("audit.training.programCreated", program.getTitle()));
        return program;
    }

    @Transactional
    public TrainingProgram describe(long id, long expectedVersion, String title, String team, String category,
            String description) {
        TrainingProgram program = keep(id, expectedVersion);
        check(title, team, category);
        program.describe(title, team, category, description);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(program.getOwnerRegion())
                .message("audit.training.programChanged", program.getTitle()));
        return program;
    }

    @Transactional
    public ProgramLevel level(long id, Level level, String outcomes, BigDecimal requiredHours) {
        TrainingProgram program = keep(id, null);
        ProgramLevel changed = program.level(level, outcomes, requiredHours);
        programs.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(program.getOwnerRegion())
                .message("audit.training.levelSet", program.getTitle(), level.name(), requiredHours.toPlainString()));
        return changed;
    }

    private TrainingProgram keep(long id, Long expectedVersion) {
        TrainingProgram program = programs.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (!keeps(program)) {
            throw new AccessDeniedException("training.program.keepersOnly");
        }
        if (expectedVersion != null && program.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(TrainingProgram.class, id);
        }
        return program;
    }

    private void check(String title, String team, String category) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "field.required"));
        } else if (title.trim().length() > 200) {
            problems.add(new Problem("title", "field.tooLong", List.of(200)));
        }
        if (team == null || team.isBlank()) {
            problems.add(new Problem("team", "field.required"));
        }
        reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problems::add);
        reference.checkTerm("category", TaxonomyKind.CATEGORY, category).ifPresent(problems::add);
        if (category != null && !category.isBlank() && team != null) {
            reference.term(TaxonomyKind.CATEGORY, category.trim())
                    .filter(c -> !team.equals(c.parentCode()))
                    .ifPresent(c -> problems.add(new Problem("category", "training.program.categoryOfOtherTeam")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
