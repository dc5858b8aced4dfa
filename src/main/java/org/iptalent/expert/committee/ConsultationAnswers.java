package org.iptalent.expert.committee;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.committee.ConsultationViews.ConsultationSummary;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A member's side of a consultation, signed in with the talent's account: the consultations sent to them, each with
 * their own opinion only (the summary and tally once archived), given or changed until the deadline and refused
 * after. Anyone else, a non-member included, gets a 404. Also the documents' and opinions' files, for whoever may
 * read the consultation.
 */
@Service
public class ConsultationAnswers {

    private final Consultations consultations;
    private final ConsultationOpinions opinions;
    private final ConsultationViews views;
    private final Experts experts;
    private final TalentAccounts accounts;
    private final UploadedFiles files;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationAnswers(Consultations consultations, ConsultationOpinions opinions, ConsultationViews views,
            Experts experts, TalentAccounts accounts, UploadedFiles files, AuditLog audit, Clock clock) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.views = views;
        this.experts = experts;
        this.accounts = accounts;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The consultations sent to the signed-in expert, latest deadline first. */
    @Transactional(readOnly = true)
    public List<ConsultationSummary> mine() {
        Optional<Expert> expert = self();
        if (expert.isEmpty()) {
            return List.of();
        }
        List<ConsultationOpinion> own = opinions.findByExpertId(expert.get().getId());
        return consultations.findByIdInOrderByDeadlineDesc(own.stream().map(ConsultationOpinion::getConsultationId)
                .toList()).stream().map(c -> views.forMember(c, views.summary(c, List.of(own.stream()
                        .filter(o -> o.getConsultationId() == c.getId()).findFirst().orElseThrow())))).toList();
    }

    @Transactional(readOnly = true)
    public ConsultationView get(long id) {
        ConsultationOpinion own = own(id);
        return views.forMember(consultations.findById(id).orElseThrow(), own);
    }

    /** Gives or changes the member's opinion (with a file, replacing any earlier one) until the deadline. */
    @Transactional
    public ConsultationView answer(long id, Position position, String text, MultipartFile file) {
        // the consultation locked before the member's row is read: a double submission waits, then reads the first
        Consultation c = consultations.lock(id)
                .orElseThrow(() -> new RecordNotFoundException(ConsultationRecords.ENTITY, id));
        ConsultationOpinion own = own(id);
        String opinion = text == null || text.isBlank() ? null : text.strip();
        if (position == null) {
            throw new InvalidInputException(List.of(new Problem("position", "field.required")));
        }
        if (opinion != null && opinion.length() > ConsultationOpinion.TEXT_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("text", "field.tooLong",
                    List.of(ConsultationOpinion.TEXT_LENGTH))));
        }
        Instant now = clock.instant();
        own.answer(c, position, opinion, now);
        if (file != null && !file.isEmpty()) {
            UploadedFiles.Checked checked = files.check(file, ConsultationRecords.DOCUMENT_REFUSALS, "opinion");
            Long earlier = own.attach(c, files.store(checked, CurrentUser.require().id(), now), now);
            opinions.flush();
            if (earlier != null) {
                files.delete(earlier);
            }
        }
        opinions.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ConsultationRecords.ENTITY, id).region(c.getRegionCode())
                .message("expert.consultation.audit.answered", String.valueOf(id), String.valueOf(own.getExpertId()),
                        position.name()));
        return views.forMember(c, own);
    }

    /** A document of the consultation, for the administration in scope or a member it was sent to; audited. */
    @Transactional
    public UploadedFiles.StoredFile document(long id, long fileId) {
        Consultation c = readable(id);
        if (!c.getDocumentIds().contains(fileId)) {
            throw new RecordNotFoundException("UploadedFile", fileId);
        }
        UploadedFiles.StoredFile file = files.content(fileId)
                .orElseThrow(() -> new RecordNotFoundException("UploadedFile", fileId));
        downloaded(c, "expert.consultation.audit.documentDownloaded", file);
        return file;
    }

    /** An opinion's file, for the administration in scope or the member who gave it; audited. */
    @Transactional
    public UploadedFiles.StoredFile opinionFile(long id, long opinionId) {
        ConsultationOpinion opinion = opinions.findById(opinionId).filter(o -> o.getConsultationId() == id)
                .orElseThrow(() -> new RecordNotFoundException("ConsultationOpinion", opinionId));
        Consultation c = consultations.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(ConsultationRecords.ENTITY, id));
        boolean own = self().filter(e -> e.getId() == opinion.getExpertId()).isPresent();
        if (!own && !administration(c)) {
            throw new RecordNotFoundException("ConsultationOpinion", opinionId);
        }
        Long fileId = opinion.getFileId();
        UploadedFiles.StoredFile file = Optional.ofNullable(fileId).flatMap(files::content)
                .orElseThrow(() -> new RecordNotFoundException("ConsultationOpinion", opinionId));
        downloaded(c, "expert.consultation.audit.opinionFileDownloaded", file);
        return file;
    }

    private void downloaded(Consultation c, String key, UploadedFiles.StoredFile file) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, ConsultationRecords.ENTITY, c.getId())
                .region(c.getRegionCode()).message(key, String.valueOf(c.getId()), file.name()));
    }

    private Consultation readable(long id) {
        Consultation c = consultations.findById(id).orElseThrow(() -> new RecordNotFoundException(
                ConsultationRecords.ENTITY, id));
        if (administration(c)) {
            return c;
        }
        own(id);
        return c;
    }

    private static boolean administration(Consultation c) {
        CurrentUser user = CurrentUser.require();
        return (user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))
                && RegionScope.current().includes(c.getRegionCode());
    }

    /** The signed-in member's row of the consultation, or a 404: a non-member learns nothing of it. */
    private ConsultationOpinion own(long id) {
        return self().flatMap(e -> opinions.findByConsultationIdAndExpertId(id, e.getId()))
                .orElseThrow(() -> new RecordNotFoundException(ConsultationRecords.ENTITY, id));
    }

    private Optional<Expert> self() {
        return accounts.talentOf(CurrentUser.require().id()).flatMap(experts::findByTalentId);
    }
}
