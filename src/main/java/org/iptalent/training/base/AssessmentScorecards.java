package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national administrator's scorecards, one a year: configured (or copied from the year before) until the year's
 * assessment runs, then fixed. Audited.
 */
@Service
public class AssessmentScorecards {

    static final String ENTITY = "TrainingBaseScorecard";

    private final Scorecards scorecards;
    private final Assessments assessments;
    private final Measures measures;
    private final UserManagement users;
    private final AuditLog audit;

    AssessmentScorecards(Scorecards scorecards, Assessments assessments, Measures measures, UserManagement users,
            AuditLog audit) {
        this.scorecards = scorecards;
        this.assessments = assessments;
        this.measures = measures;
        this.users = users;
        this.audit = audit;
    }

    /** The years that have a scorecard, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        requireNational();
        return scorecards.findAllByOrderByYearDesc().stream().map(Scorecard::getYear).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ScorecardView> find(int year) {
        requireNational();
        return scorecards.findByYear(year).map(this::view);
    }

    /**
     * Creates the year's scorecard ({@code expectedVersion} null) or changes it (the version read); refused once the
     * year's assessment has run.
     */
    @Transactional
    public ScorecardView save(int year, Long expectedVersion, ScorecardInput input) {
        requireNational();
        checkYear(year);
        Scorecard card = scorecards.findByYear(year).orElse(null);
        if (card == null && expectedVersion != null || card != null && (expectedVersion == null
                || card.getVersion() != expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(Scorecard.class, year);
        }
        if (card != null) {
            requireUnlocked(card);
        }
        List<ItemSpec> items = ScorecardRules.check(input, code -> measures.find(code).isPresent(), this::reviewer);
        boolean created = card == null;
        if (created) {
            card = new Scorecard(year);
        }
        card.configure(input.keepFrom(), input.probationFrom(), items);
        if (created) {
            scorecards.saveAndFlush(card);
        } else {
            scorecards.flush();
        }
        audit.record(AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, card.getId())
                .message("audit.detail.scorecardSaved", String.valueOf(year), items.size(),
                        input.keepFrom().toPlainString(), input.probationFrom().toPlainString()));
        return view(card);
    }

    /** Creates the year's scorecard as a copy of the latest one before it. */
    @Transactional
    public ScorecardView copyFromPrevious(int year) {
        requireNational();
        checkYear(year);
        if (scorecards.findByYear(year).isPresent()) {
            throw new BusinessRuleException("year", "trainingBase.scorecard.exists", String.valueOf(year));
        }
        Scorecard previous = scorecards.findFirstByYearLessThanOrderByYearDesc(year).orElseThrow(
                () -> new BusinessRuleException("year", "trainingBase.scorecard.nothingToCopy", String.valueOf(year)));
        Scorecard card = new Scorecard(year);
        card.configure(previous.getKeepFrom(), previous.getProbationFrom(),
                previous.getItems().stream().map(ScorecardItem::spec).toList());
        scorecards.saveAndFlush(card);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, card.getId()).message("audit.detail.scorecardCopied",
                String.valueOf(year), String.valueOf(previous.getYear())));
        return view(card);
    }

    /** The account of a reviewer's user name: any enabled account but the system roles'. */
    private Long reviewer(String username) {
        return users.findByUsername(username).filter(UserSummary::enabled)
                .filter(u -> u.roles().stream().noneMatch(Role::isSystemRole)).map(UserSummary::id).orElse(null);
    }

    boolean locked(Scorecard card) {
        return assessments.countByScorecard(card.getId()) > 0;
    }

    private void requireUnlocked(Scorecard card) {
        if (locked(card)) {
            throw new BusinessRuleException(null, "trainingBase.scorecard.locked", String.valueOf(card.getYear()));
        }
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new RecordNotFoundException(ENTITY, year);
        }
    }

    static CurrentUser requireNational() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("trainingBase.assessment.nationalOnly");
        }
        return user;
    }

    ScorecardView view(Scorecard card) {
        List<ScorecardView.Item> items = new ArrayList<>();
        for (ScorecardItem item : card.getItems()) {
            List<String> reviewers = item.getReviewerIds().stream().sorted().map(this::username).toList();
            items.add(new ScorecardView.Item(item.getId(), item.getName(), item.getKind(), item.getWeight(),
                    item.getMeasureCode(), measures.find(item.getMeasureCode()).map(BaseMeasure::labelKey)
                            .orElse(null), item.getFullMarks(), reviewers));
        }
        return new ScorecardView(card.getId(), card.getVersion(), card.getYear(), card.getKeepFrom(),
                card.getProbationFrom(), items, locked(card));
    }

    private String username(long userId) {
        try {
            return users.get(userId).username();
        } catch (RecordNotFoundException e) {
            return "#" + userId;
        }
    }

    /** The default thresholds of a new scorecard. */
    static final BigDecimal KEEP_FROM = BigDecimal.valueOf(80);
    static final BigDecimal PROBATION_FROM = BigDecimal.valueOf(60);
}
