package org.iptalent.expert.committee.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.iptalent.expert.committee.ConsultationAnswers;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.committee.ConsultationRecords;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.shared.PageRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A consultation's pages: the administration's (question, documents, who answered and who not, the tally, closing,
 * the summary and the archive) and the member's own (the question and their opinion, changeable until the deadline),
 * with the files' downloads. The services decide who sees what.
 */
@Controller
class ConsultationController {

    private static final String PAGE = "redirect:/experts/committees/consultations/";

    private final ConsultationRecords records;
    private final ConsultationAnswers answers;

    ConsultationController(ConsultationRecords records, ConsultationAnswers answers) {
        this.records = records;
        this.answers = answers;
    }

    /** A deadline typed in a form, in the platform's zone (the one its pages show times in). */
    static Instant instant(LocalDateTime deadline) {
        return deadline == null ? null : deadline.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** The administration's page of a consultation: the tally over every opinion, the opinions a page at a time. */
    @GetMapping("/experts/committees/consultations/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        ConsultationView view = records.head(id);
        model.addAttribute("c", view);
        model.addAttribute("opinions", PageRequests.withinResults(PageRequests.clamped(page,
                ConsultationRecords.OPINIONS_PAGE, PageRequests.DATABASE_WINDOW, ConsultationRecords.ASKED_ORDER),
                r -> records.opinions(id, r)));
        model.addAttribute("positions", Position.values());
        model.addAttribute("deadlineInput", LocalDateTime.ofInstant(view.deadline(), ZoneId.systemDefault())
                .withSecond(0).withNano(0));
        return "expert/consultation";
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/revise")
    String revise(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
            RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "draftRefusals", "expert.consultation.page.revised",
                () -> records.revise(id, new Draft(title, question, instant(deadline))));
        return PAGE + id;
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/documents")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "documentRefusals", "expert.consultation.page.attached",
                () -> records.attach(id, file));
        return PAGE + id + "#documents";
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/documents/{fileId:\\d+}/delete")
    String detach(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "documentRefusals", "expert.consultation.page.detached",
                () -> records.detach(id, fileId));
        return PAGE + id + "#documents";
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/{step:open|close|archive}")
    String step(@PathVariable long id, @PathVariable String step, RedirectAttributes redirect) {
        CommitteeOutcomes.flash(redirect, "stateRefusals", "expert.consultation.page." + switch (step) {
            case "open" -> "opened";
            case "close" -> "closed";
            default -> "archived";
        }, () -> {
            switch (step) {
                case "open" -> records.open(id);
                case "close" -> records.close(id);
                default -> records.archive(id);
            }
        });
        return PAGE + id;
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        int[] sent = new int[1];
        if (CommitteeOutcomes.flash(redirect, "stateRefusals", "expert.consultation.page.reminded",
                () -> sent[0] = records.remind(id))) {
            redirect.addFlashAttribute("reminded", sent[0]);
        }
        return PAGE + id + "#opinions";
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/summary")
    String summarise(@PathVariable long id, @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        if (!CommitteeOutcomes.flash(redirect, "summaryRefusals", "expert.consultation.page.summarised",
                () -> records.summarise(id, summary))) {
            redirect.addFlashAttribute("draftSummary", summary);
        }
        return PAGE + id + "#summary";
    }

    @GetMapping("/experts/committees/consultations/mine")
    String mine(Model model) {
        model.addAttribute("consultations", answers.mine());
        return "expert/consultations-mine";
    }

    @GetMapping("/experts/committees/consultations/{id:\\d+}/answer")
    String answerPage(@PathVariable long id, Model model) {
        model.addAttribute("c", answers.get(id));
        model.addAttribute("positions", Position.values());
        return "expert/consultation-answer";
    }

    @PostMapping("/experts/committees/consultations/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) Position position,
            @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        if (!CommitteeOutcomes.flash(redirect, "answerRefusals", "expert.consultation.page.answerSaved",
                () -> answers.answer(id, position, text, file))) {
            redirect.addFlashAttribute("draftText", text);
        }
        return PAGE + id + "/answer";
    }

    @GetMapping("/experts/committees/consultations/{id:\\d+}/documents/{fileId:\\d+}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
        return download(answers.document(id, fileId));
    }

    @GetMapping("/experts/committees/consultations/{id:\\d+}/opinions/{opinionId:\\d+}/file")
    ResponseEntity<byte[]> opinionFile(@PathVariable long id, @PathVariable long opinionId) {
        return download(answers.opinionFile(id, opinionId));
    }

    static ResponseEntity<byte[]> download(UploadedFiles.StoredFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
