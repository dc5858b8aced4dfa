package org.iptalent.training.survey.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.platform.ApiProblem;
import org.iptalent.training.survey.Answer;
import org.iptalent.training.survey.ClassSurveyResults;
import org.iptalent.training.survey.ItemKind;
import org.iptalent.training.survey.Satisfaction;
import org.iptalent.training.survey.SatisfactionReport;
import org.iptalent.training.survey.SurveyAnswering;
import org.iptalent.training.survey.SurveyResults;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction surveys over the API: a trainee reads and answers a survey; those who run training read results. */
@RestController
@Tag(name = "Training surveys")
class SurveyApiController {

    private final SurveyAnswering answering;
    private final SurveyResults results;
    private final Satisfaction satisfaction;

    SurveyApiController(SurveyAnswering answering, SurveyResults results, Satisfaction satisfaction) {
        this.answering = answering;
        this.results = results;
        this.satisfaction = satisfaction;
    }

    /** A survey item as a trainee answers it: a scale from lowest to highest, or text. */
    record ItemView(long id, int position, String textZh, String textEn, ItemKind kind, boolean required,
            Integer lowest, Integer highest) {
    }

    record SurveyView(long id, long classId, String classTitle, LocalDate opensOn, LocalDate closesOn, boolean open,
            boolean answered, List<ItemView> items) {
    }

    /** The answers of one response: one per item at most, a value for a scale item, text for a text item. */
    record ResponseRequest(List<Answer> answers) {
    }

    record ResponseCreated(long surveyId, BigDecimal score) {
    }

    @GetMapping("/api/v1/surveys/{id}")
    @Operation(summary = "A satisfaction survey you were invited to", description = "For the trainee signed in: the "
            + "class, the items to answer (with their scales), whether it is open and whether you answered. 404 "
            + "when you were not invited to it.")
    SurveyView survey(@Parameter(description = "The survey's id (from the notice's link /surveys/{id}).")
            @PathVariable long id) {
        SurveyAnswering.SurveyForm form = answering.form(id);
        return new SurveyView(form.survey().getId(), form.survey().getClassId(), form.classTitle(),
                form.survey().getOpensOn(), form.survey().getClosesOn(), form.open(), form.answered(),
                form.survey().getItems().stream().map(i -> new ItemView(i.getId(), i.getPosition(), i.getTextZh(),
                        i.getTextEn(), i.getKind(), i.isRequired(), i.getKind().isScale() ? i.getKind().lowest() : null,
                        i.getKind().isScale() ? i.getKind().highest() : null)).toList());
    }

    @PostMapping("/api/v1/surveys/{id}/responses")
    @Operation(summary = "Answer a satisfaction survey", description = "Once per trainee, while the survey is open. "
            + "The response is stored anonymously: nothing in it names you, and the base reads only totals and, "
            + "once enough trainees answered, the comments. 201 with the response's score on 100 points (1-5 "
            + "scales count (x-1)/4×100, 0-10 scales x×10; the score is their mean). 400 lists every answer "
            + "refused (a required item unanswered, a value off its scale, text over 2,000 characters, an unknown "
            + "item); then nothing is recorded.")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiProblem(status = 409, description = "You answered this survey already, or it is closed (the detail says "
            + "which, with the closing date); nothing was recorded.")
    ResponseEntity<ResponseCreated> answer(@Parameter(description = "The survey's id.") @PathVariable long id,
            @RequestBody ResponseRequest request) {
        SurveyAnswering.Submitted submitted = answering.answer(id, request.answers());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id))
                .body(new ResponseCreated(submitted.surveyId(), submitted.score()));
    }

    @GetMapping("/api/v1/classes/{id}/survey")
    @Operation(summary = "A class's survey results", description = "For whoever runs the class (its base's manager, "
            + "an administrator of its region; 404 for anyone else): invited, responses and the response rate at "
            + "any time; the satisfaction score on 100 points against the target, each item's mean and the comments "
            + "only once the survey has closed with at least minimumResponses responses (resultsShown); until then "
            + "score and gap are null and items is empty, so that no trainee's answers can be read from them. "
            + "surveyId is null before the class is closed.")
    ClassSurveyResults classSurvey(@Parameter(description = "The class's id.") @PathVariable long id) {
        return results.ofClass(id);
    }

    @GetMapping("/api/v1/training/satisfaction")
    @Operation(summary = "Training satisfaction by region, base and year", description = "The score on 100 points "
            + "(the mean over responses) against the plan's target of 90, with the gap, per province and per base "
            + "inside it, in your scope: administrators their region, a base's manager their bases. Only closed "
            + "surveys count, and a survey's responses give a score only when it has at least minimumResponses. "
            + "byYear gives every year's total; years lists the years with closed surveys.")
    SatisfactionReport report(
            @Parameter(description = "The year classes ended in; omitted: every year together.")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "A province or city code (GB/T 2260) inside your scope; omitted: all of it. A "
                    + "malformed code is 400.") @RequestParam(required = false) String region) {
        return satisfaction.report(year, region);
    }
}
