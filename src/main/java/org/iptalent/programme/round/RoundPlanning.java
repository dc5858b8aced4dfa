package org.iptalent.programme.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's rounds: its administrator opens one a year with places, a deadline and quotas per province (a
 * provincial programme's only quota is its own province's), changes quotas while nominations are taken (never below
 * the nominations a province has made), and starts the review.
 */
@Service
public class RoundPlanning {

    public static final String ENTITY = "ProgrammeRound";
    static final int MAX_QUOTA = 10_000;

    private final Rounds rounds;
    private final Programmes programmes;
    private final RoundQuotas quotas;
    private final ProgrammeNominations nominations;
    private final ProgrammeAccess access;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    RoundPlanning(Rounds rounds, Programmes programmes, RoundQuotas quotas, ProgrammeNominations nominations, ProgrammeAccess access,
            ReferenceData reference, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.quotas = quotas;
        this.nominations = nominations;
        this.access = access;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SelectionRound> rounds(long programmeId) {
        access.visible(programmeId);
        return rounds.findByProgrammeIdOrderByYearDesc(programmeId);
    }

    @Transactional
    public SelectionRound open(long programmeId, RoundInput input) {
        CurrentUser user = CurrentUser.require();
        TalentProgramme programme = access.administered(programmeId);
        List<Problem> problems = new ArrayList<>();
        if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
            problems.add(new Problem("year", "programme.round.yearRange"));
        }
        if (input.places() == null || input.places() < 1 || input.places() > MAX_QUOTA) {
            problems.add(new Problem("places", "programme.round.placesRange", List.of(String.valueOf(MAX_QUOTA))));
        }
        if (input.nominationDeadline() == null) {
            problems.add(new Problem("nominationDeadline", "field.required"));
        } else if (input.nominationDeadline().isBefore(LocalDate.now(clock))) {
            problems.add(new Problem("nominationDeadline", "programme.round.deadlinePast"));
        }
        checkQuotas(programme, input.quotas(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        programmes.lock(programmeId);
        if (rounds.existsByProgrammeIdAndYear(programmeId, input.year())) {
            throw new ConflictException("programme.round.yearTaken", String.valueOf(input.year()));
        }
        SelectionRound round = rounds.saveAndFlush(new SelectionRound(programmeId, input.year(), input.places(),
                input.nominationDeadline(), user.id(), clock.instant()));
        input.quotas().forEach((province, quota) -> quotas.set(round.getId(), province, quota == null ? 0 : quota));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, round.getId()).region(programme.getRegionCode())
                .message("programme.audit.roundOpened", programme.getName(), String.valueOf(round.getYear()),
                        String.valueOf(round.getPlaces())));
        return round;
    }

    /** Changes the quotas given (the others stay) while the round takes nominations. */
    @Transactional
    public void setQuotas(long roundId, Map<String, Integer> requested) {
        SelectionRound round = lock(roundId);
        TalentProgramme programme = access.administered(round.getProgrammeId());
        round.require(SelectionRound.State.NOMINATING);
        List<Problem> problems = new ArrayList<>();
        checkQuotas(programme, requested, problems);
        requested.forEach((province, quota) -> {
            long made = nominations.countByRoundIdAndProvinceCode(roundId, province);
            if (quota != null && quota < made) {
                problems.add(new Problem("quotas", "programme.quota.belowNominated",
                        List.of(reference.regionName(province, org.springframework.context.i18n.LocaleContextHolder
                                .getLocale()), String.valueOf(made))));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requested.forEach((province, quota) -> {
            quotas.set(roundId, province, quota == null ? 0 : quota);
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, roundId).region(programme.getRegionCode())
                    .message("programme.audit.quotaSet", programme.getName(), String.valueOf(round.getYear()),
                            AuditText.region(province), String.valueOf(quota == null ? 0 : quota)));
        });
    }

    /** The nominations close and the review starts (reviewers are drawn next). */
    @Transactional
    public void startReview(long roundId) {
        SelectionRound round = lock(roundId);
        TalentProgramme programme = access.administered(round.getProgrammeId());
        round.startReview(nominations.countByRoundId(roundId), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, roundId).region(programme.getRegionCode())
                .message("programme.audit.reviewStarted", programme.getName(), String.valueOf(round.getYear())));
    }

    private void checkQuotas(TalentProgramme programme, Map<String, Integer> requested, List<Problem> problems) {
        for (Map.Entry<String, Integer> entry : requested.entrySet()) {
            String province = entry.getKey();
            if (reference.division(province).filter(Division::isProvince).isEmpty()
                    || !(programme.isNational() || programme.getRegionCode().equals(province))) {
                problems.add(new Problem("quotas", ReferenceData.UNKNOWN_CODE, List.of(String.valueOf(province))));
            } else if (entry.getValue() != null && (entry.getValue() < 0 || entry.getValue() > MAX_QUOTA)) {
                problems.add(new Problem("quotas", "programme.quota.range", List.of(String.valueOf(MAX_QUOTA))));
            }
        }
    }

    SelectionRound lock(long roundId) {
        SelectionRound round = rounds.lock(roundId).orElseThrow(() -> new RecordNotFoundException(ENTITY, roundId));
        access.visible(round.getProgrammeId());
        return round;
    }

    /** A round the administrator sees (through its programme). */
    public SelectionRound visible(long roundId) {
        SelectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, roundId));
        try {
            access.visible(round.getProgrammeId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(ENTITY, roundId);
        }
        return round;
    }
}
