package org.iptalent.expert.committee.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.iptalent.expert.committee.ConsultationAnswers;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.committee.ConsultationRecords;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationSummary;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.committee.ConsultationViews.OpinionView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Consultations: the administration's steps (documents, open, remind, close, summary, archive) and a member's own
 * opinion, given with the talent's account. Anyone the consultation is not for gets a 404.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations")
class ConsultationApiController {

    private final ConsultationRecords records;
    private final ConsultationAnswers answers;

    ConsultationApiController(ConsultationRecords records, ConsultationAnswers answers) {
        this.records = records;
        this.answers = answers;
    }

    record OpinionRequest(Position position, String text) {
    }

    record SummaryRequest(String summary) {
    }

    record Reminded(int notified) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "A consultation, every opinion and the tally", description = "For the administration that "
            + "keeps the committee.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView get(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return records.get(id);
    }

    /** What the opinions may be sorted by: when they were given or reminded, and the position. */
    static final SortFields OPINION_SORTS = SortFields.of(Sort.by("id"), "answeredAt", "remindedAt", "position");

    @GetMapping("/{id}/opinions")
    @Operation(summary = "A page of a consultation's opinions", description = "Every member it was sent to, "
            + "answered or not, for the administration that keeps the committee.")
    @ApiProblem(status = 400, description = "A page beyond the last row, or an unknown sort field.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    PagedModel<OpinionView> opinions(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @Parameter(description = "Page number from 0 (a negative page is 0).")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Opinions per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are answeredAt, remindedAt, "
                    + "position (by the order the members were asked by default). Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(records.opinions(id, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                OPINION_SORTS, sort)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft", description = "Its title, question and deadline, before it is opened.")
    @ApiProblem(status = 400, description = "A field is missing or too long, or the consultation is no draft.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView revise(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @RequestBody Draft request) {
        return records.revise(id, required(request));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document to a draft", description = "PDF, Word, Excel or an image, at most "
            + "10 MB; at most 10 documents.")
    @ApiProblem(status = 400, description = "No file, too large, not an accepted kind, or no draft.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView attach(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @Parameter(description = "The file.") @RequestPart("file") MultipartFile file) {
        return records.attach(id, file);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a draft", description = "Sends it to every current member, each notified.")
    @ApiProblem(status = 400, description = "No draft, the deadline has passed, or the committee has no members.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView open(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return records.open(id);
    }

    @PostMapping("/{id}/remind")
    @Operation(summary = "Remind who has not answered", description = "A notice to each member without an opinion.")
    @ApiProblem(status = 400, description = "The consultation is not open, or its deadline has passed.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    Reminded remind(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return new Reminded(records.remind(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close it", description = "At or after the deadline.")
    @ApiProblem(status = 400, description = "Not open, or the deadline is still ahead.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView close(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return records.close(id);
    }

    @PutMapping("/{id}/summary")
    @Operation(summary = "Write the summary", description = "Of a closed consultation, before it is archived.")
    @ApiProblem(status = 400, description = "No summary, too long, or the consultation is not closed.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView summarise(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @RequestBody SummaryRequest request) {
        return records.summarise(id, required(request).summary());
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive it", description = "A closed consultation with its summary; read-only then.")
    @ApiProblem(status = 400, description = "Not closed, or no summary.")
    @ApiProblem(status = 404, description = "No such consultation in your region.")
    ConsultationView archive(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return records.archive(id);
    }

    @GetMapping("/mine")
    @Operation(summary = "The consultations sent to me", description = "For an expert signed in with the talent's "
            + "account.")
    List<ConsultationSummary> mine() {
        return answers.mine();
    }

    @GetMapping("/{id}/opinion")
    @Operation(summary = "A consultation as its member sees it", description = "The question, the documents and "
            + "only my own opinion (the summary and tally once archived).")
    @ApiProblem(status = 404, description = "No such consultation sent to me.")
    ConsultationView mineOne(@Parameter(description = "The consultation's id.") @PathVariable long id) {
        return answers.get(id);
    }

    @PutMapping("/{id}/opinion")
    @Operation(summary = "Give or change my opinion", description = "A position (AGREE, AGREE_WITH_CHANGES, "
            + "DISAGREE, ABSTAIN) and a text, until the deadline.")
    @ApiProblem(status = 400, description = "No position, the text too long, or the deadline has passed.")
    @ApiProblem(status = 404, description = "No such consultation sent to me.")
    ConsultationView answer(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @RequestBody OpinionRequest request) {
        OpinionRequest body = required(request);
        return answers.answer(id, body.position(), body.text(), null);
    }

    @GetMapping("/{id}/documents/{fileId}")
    @Operation(summary = "Download a document", description = "For the administration or a member it was sent to.")
    @ApiProblem(status = 404, description = "No such consultation or document for you.")
    ResponseEntity<byte[]> document(@Parameter(description = "The consultation's id.") @PathVariable long id,
            @Parameter(description = "The document's file id.") @PathVariable long fileId) {
        return ConsultationController.download(answers.document(id, fileId));
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Problem(null, "problem.invalid")));
        }
        return request;
    }
}
