package org.iptalent.planning.target.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.target.RegionalBreakdown;
import org.iptalent.planning.target.TargetAssignments;
import org.iptalent.planning.target.TargetView;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An indicator region by region, and the regions' targets: read within the caller's region, set as its role may. */
@RestController
@RequestMapping("/api/v1/indicators/{code}/regions")
@Tag(name = "Plans and indicators")
class RegionalTargetApiController {

    private final RegionalBreakdown breakdowns;
    private final TargetAssignments assignments;
    private final PlanRecords plans;

    RegionalTargetApiController(RegionalBreakdown breakdowns, TargetAssignments assignments, PlanRecords plans) {
        this.breakdowns = breakdowns;
        this.assignments = assignments;
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "An indicator region by region", description = "Each region's value now (or at the end of "
            + "the plan's period once it is over), its target (refined, else assigned), progress in percent and rank "
            + "by progress, every number in the indicator's unit. The national administrator gets the country and "
            + "the 31 provinces, or one province and its cities with `province`; a provincial administrator its "
            + "province and its cities; a city administrator its city. Read from precomputed values only.")
    @ApiProblem(status = 404, description = "No such plan or indicator, or `province` lies outside your region.")
    RegionsView regions(@Parameter(description = "The indicator's code, e.g. ip-talents.") @PathVariable String code,
            @Parameter(description = "The plan's id; by default the plan in force, else the latest.")
            @RequestParam(required = false) Long plan,
            @Parameter(description = "A province's code (e.g. 440000) to list its cities (national administrator); "
                    + "an unknown code is 400.") @RequestParam(required = false) String province,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are rank (the default), "
                    + "region, value, target, progress. Any other is 400.")
            @RequestParam(required = false) List<String> sort, Locale locale) {
        return RegionsView.of(breakdowns.of(plan, code, province, sort), locale);
    }

    @GetMapping("/{regionCode}/target")
    @Operation(summary = "A region's target for an indicator", description = "What was assigned, what the region "
            + "refined and what counts, with the ETag to send back in If-Match when setting it (\"0\" while the "
            + "region has none).")
    @ApiProblem(status = 404, description = "No such plan or indicator, or the region lies outside yours.")
    ResponseEntity<TargetView> target(@Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The region's GB/T 2260 code, a province or a prefecture-level city.")
            @PathVariable String regionCode,
            @Parameter(description = "The plan's id; by default the plan in force, else the latest.")
            @RequestParam(required = false) Long plan) {
        TargetView target = assignments.get(planId(plan), code, regionCode);
        return ResponseEntity.ok().eTag(EntityTags.of(target.version())).body(target);
    }

    @PutMapping("/{regionCode}/target")
    @Operation(summary = "Set a region's target for an indicator", description = "As your role may: the national "
            + "administrator assigns a province its target, a provincial administrator refines its own province's "
            + "(never below what was assigned for \"at least\") and assigns its cities theirs; a city administrator "
            + "reads only. The plan must not be closed. A new assignment above a province's refinement drops the "
            + "refinement. Send If-Match with the ETag you read (412 when it no longer matches) or the version field "
            + "(409 when it is stale); neither is 428. Every change is in the audit log.")
    @ApiProblem(status = 403, description = "A city administrator, or a region outside your province.")
    @ApiProblem(status = 404, description = "No such plan or indicator.")
    @ApiProblem(status = 409, description = "The version field is stale: someone set the target meanwhile.")
    ResponseEntity<TargetView> setTarget(@Parameter(description = "The indicator's code.") @PathVariable String code,
            @Parameter(description = "The region's GB/T 2260 code: a province (national administrator, or a "
                    + "province's own) or a prefecture-level city of your province.") @PathVariable String regionCode,
            @Parameter(description = "The plan's id; by default the plan in force, else the latest.")
            @RequestParam(required = false) Long plan, @RequestBody TargetRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long planId = planId(plan);
        assignments.checkMayChange(planId, code, regionCode);
        TargetView saved = EntityTags.conditionally(ifMatch, request.version(),
                () -> assignments.get(planId, code, regionCode).version(),
                version -> assignments.set(planId, code, regionCode, request.value(), version));
        return ResponseEntity.ok().eTag(EntityTags.of(saved.version())).body(saved);
    }

    private long planId(Long plan) {
        return plan != null ? plan : plans.current().getId();
    }
}
