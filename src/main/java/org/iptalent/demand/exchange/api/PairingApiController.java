package org.iptalent.demand.exchange.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.demand.ExchangeLine;
import org.iptalent.demand.exchange.ActivityInput;
import org.iptalent.demand.exchange.ActivityView;
import org.iptalent.demand.exchange.ExchangePairings;
import org.iptalent.demand.exchange.ExchangeRecords;
import org.iptalent.demand.exchange.Pairing;
import org.iptalent.demand.exchange.PairingInput;
import org.iptalent.demand.exchange.PairingView;
import org.iptalent.demand.exchange.SecondmentInput;
import org.iptalent.demand.exchange.SecondmentView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange pairings over the API, for the administrations: those with either side in your region, one with its
 * secondments and totals, a new pairing, its activities and secondments, and the lines between provinces for a map.
 * The services check the region and audit every change.
 */
@RestController
@RequestMapping("/api/v1/pairings")
@Tag(name = "Exchange pairings")
class PairingApiController {

    private static final SortFields ACTIVITY_SORT = SortFields.of(ExchangeRecords.ACTIVITY_ORDER, "heldOn", "id");

    private final ExchangePairings pairings;
    private final ExchangeRecords records;

    PairingApiController(ExchangePairings pairings, ExchangeRecords records) {
        this.pairings = pairings;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "The pairings either side of which lies in your region", description = "Newest first "
            + "unless sorted; each with the totals done under it. from is the assisting side, to the assisted one.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    PagedModel<PairingView> list(
            @Parameter(description = "PROVINCE, CITY or ORGANISATION; another value is 400.")
            @RequestParam(required = false) Pairing.Level level,
            @Parameter(description = "A GB/T 2260 province or city code either side lies in; unknown is 400.")
            @RequestParam(required = false) String region,
            @Parameter(description = "A year the pairing's period touches, 1990 to 2100.")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Pairings per page, 1 to " + PageRequests.MAX_SIZE)
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are startsOn (the default, "
                    + "newest first), endsOn, id. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(pairings.list(new ExchangePairings.Filter(level, region, year),
                PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, ExchangePairings.SORT, sort)));
    }

    @GetMapping("/lines")
    @Operation(summary = "The pairings as lines between provinces", description = "For a map: each assisting "
            + "province and assisted province with the number of pairings (of any level) joining them, the people "
            + "seconded and the people trained; only pairings you see, active in the year if one is given.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    List<ExchangeLine> lines(@Parameter(description = "A year the pairings' periods touch, 1990 to 2100.")
            @RequestParam(required = false) Integer year) {
        return pairings.lines(ExchangePairings.checkedYear(year));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pairing with its secondments", description = "With the totals of its activities; "
            + "the activities themselves are paged under /activities.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    @ApiProblem(status = 404, description = "No pairing with a side in your region has this id.")
    PairingDetail get(@Parameter(description = "The pairing's id") @PathVariable long id) {
        return new PairingDetail(pairings.get(id), records.secondments(id));
    }

    @PostMapping
    @Operation(summary = "Pair two provinces, cities or organisations", description = "At least one side must lie "
            + "in your region; a region paired with itself, sides of another level than the pairing's, unknown codes "
            + "or organisations, or an end before the start are refused with every problem at once. 201 with it.")
    @ApiResponse(responseCode = "201", description = "Paired", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "The pairing breaks a rule; nothing was recorded.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    ResponseEntity<PairingView> create(@RequestBody PairingRequest request) {
        PairingView created = pairings.create(new PairingInput(request.level(), request.fromRegion(),
                request.toRegion(), request.fromOrgId(), request.toOrgId(), request.startsOn(), request.endsOn(),
                request.goals()));
        return ResponseEntity.created(URI.create("/api/v1/pairings/" + created.id())).body(created);
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "A page of a pairing's activities", description = "Newest first unless sorted.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    @ApiProblem(status = 404, description = "No pairing with a side in your region has this id.")
    PagedModel<ActivityView> activities(@Parameter(description = "The pairing's id") @PathVariable long id,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Activities per page, 1 to " + PageRequests.MAX_SIZE)
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "heldOn (the default, newest first) or id, optionally with ,asc or ,desc.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(records.activities(id, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW,
                ACTIVITY_SORT, sort)));
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Record an activity under a pairing", description = "Its kind (TRAINING, CASE_ASSISTANCE, "
            + "LECTURE, CONSULTATION, VISIT), a day within the pairing's period and its figures (0 when left out). "
            + "201 with it.")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "The activity breaks a rule; nothing was recorded.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    @ApiProblem(status = 404, description = "No pairing with a side in your region has this id.")
    ResponseEntity<ActivityView> activity(@Parameter(description = "The pairing's id") @PathVariable long id,
            @RequestBody ActivityRequest request) {
        ActivityView created = records.record(id, new ActivityInput(request.kind(), request.heldOn(),
                request.peopleTrained(), request.casesAssisted(), request.hours(), request.note()));
        return ResponseEntity.created(URI.create("/api/v1/pairings/" + id + "/activities")).body(created);
    }

    @PostMapping("/{id}/secondments")
    @Operation(summary = "Second a talent under a pairing", description = "A talent of the registry in your region; "
            + "the regions default to the pairing's assisting and assisted sides and must lie on opposite sides; the "
            + "dates within the pairing's period. It shows on the talent's profile. 201 with it.")
    @ApiResponse(responseCode = "201", description = "Seconded", useReturnTypeSchema = true)
    @ApiProblem(status = 400, description = "The secondment breaks a rule, or the talent is not one of your region; "
            + "nothing was recorded.")
    @ApiProblem(status = 403, description = "You are not an administration (national, provincial or city).")
    @ApiProblem(status = 404, description = "No pairing with a side in your region has this id.")
    ResponseEntity<SecondmentView> second(@Parameter(description = "The pairing's id") @PathVariable long id,
            @RequestBody SecondmentRequest request) {
        SecondmentView created = records.second(id, new SecondmentInput(request.talentId(), request.fromRegion(),
                request.toRegion(), request.fromOrgId(), request.toOrgId(), request.startsOn(), request.endsOn(),
                request.purpose()));
        return ResponseEntity.created(URI.create("/api/v1/pairings/" + id)).body(created);
    }

    /** A pairing with its secondments. */
    record PairingDetail(PairingView pairing, List<SecondmentView> secondments) {
    }

    record PairingRequest(@Schema(description = "PROVINCE, CITY or ORGANISATION") String level,
            @Schema(description = "The assisting province or city (GB/T 2260); not for organisations") String fromRegion,
            @Schema(description = "The assisted province or city (GB/T 2260); not for organisations") String toRegion,
            @Schema(description = "The assisting organisation's id, for ORGANISATION") Long fromOrgId,
            @Schema(description = "The assisted organisation's id, for ORGANISATION") Long toOrgId,
            @Schema(description = "The first day of the period") LocalDate startsOn,
            @Schema(description = "The last day of the period, not before the first") LocalDate endsOn,
            @Schema(description = "The goals, at most 2,000 characters") String goals) {
    }

    record ActivityRequest(@Schema(description = "TRAINING, CASE_ASSISTANCE, LECTURE, CONSULTATION or VISIT")
            String kind, @Schema(description = "The day, within the pairing's period") LocalDate heldOn,
            @Schema(description = "People trained, 0 to 100,000") Integer peopleTrained,
            @Schema(description = "Cases assisted, 0 to 100,000") Integer casesAssisted,
            @Schema(description = "Hours, 0 to 10,000") Integer hours,
            @Schema(description = "A note, at most 1,000 characters") String note) {
    }

    record SecondmentRequest(@Schema(description = "The talent's registry id, a talent of your region") Long talentId,
            @Schema(description = "Where they come from (default: the assisting side)") String fromRegion,
            @Schema(description = "Where they go (default: the assisted side)") String toRegion,
            @Schema(description = "The sending organisation's id, optional") Long fromOrgId,
            @Schema(description = "The receiving organisation's id, optional") Long toOrgId,
            @Schema(description = "The first day") LocalDate startsOn,
            @Schema(description = "The last day, not before the first") LocalDate endsOn,
            @Schema(description = "The purpose, at most 500 characters") String purpose) {
    }
}
