package org.iptalent.analytics.forecast.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.analytics.forecast.ForecastView;
import org.iptalent.analytics.forecast.Forecasts;
import org.iptalent.analytics.forecast.GapView;
import org.iptalent.analytics.forecast.Measure;
import org.iptalent.analytics.forecast.TooLittleHistoryException;
import org.iptalent.platform.ApiProblem;
import org.iptalent.platform.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forecasts of the supply of talents and the demand for staff by region and team, and the projected gap, over the API,
 * for the administrations whose region it is.
 */
@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts")
class ForecastApiController {

    private final Forecasts forecasts;
    private final ProblemResponses problems;

    ForecastApiController(Forecasts forecasts, ProblemResponses problems) {
        this.forecasts = forecasts;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "A region's talents (or demand for staff) of a team, forecast 1 to 5 years ahead",
            description = "Damped-trend "
            + "exponential smoothing, ETS(A,Ad,N), fitted by least squares to the monthly history (alpha and beta in "
            + "[0.0001, 0.9999], phi in [0.8, 0.98]); each month ahead with its 80 % and 95 % prediction intervals "
            + "(the model's analytic variance); the backtest's MASE over a rolling origin (the last 12 months, each "
            + "refitted and forecast up to 12 months ahead, scaled by the in-sample one-step naive error); the "
            + "months of history used. Counts are never below zero. Fewer than 24 months of history: 422.")
    @ApiProblem(status = 400, description = "A horizon past 1 to 5 years, an unknown team or measure.")
    @ApiProblem(status = 404, description = "The region is unknown or outside your region.")
    @ApiProblem(status = 422, description = "Too little history: fewer than 24 months, so no forecast is made.")
    ForecastView forecast(
            @Parameter(description = "A region's code: 000000 for the country (national office), a province or a "
                    + "prefecture-level city; default: your own region") @RequestParam(required = false) String region,
            @Parameter(description = "A team's code (PROTECTION, APPLICATION, PUBLIC_SERVICE, INTERNATIONAL, BASIC); "
                    + "default: every team") @RequestParam(required = false) String team,
            @Parameter(description = "Years ahead, 1 to 5") @RequestParam(defaultValue = "3") int horizon,
            @Parameter(description = "SUPPLY: the registry's talents (registry.team.<TEAM>); DEMAND: the staff "
                    + "employers reported they need now, as the latest closed survey round gave it "
                    + "(demand.team.<TEAM>); another value: 400 naming the two", schema = @Schema(type = "string",
                    allowableValues = {"SUPPLY", "DEMAND"})) @RequestParam(defaultValue = "SUPPLY") String measure) {
        return forecasts.forecast(region, team, horizon, Measure.of("measure", measure));
    }

    @GetMapping("/gap")
    @Operation(summary = "A region's projected gap of a team: demand less supply, 1 to 5 years ahead", description =
            "Both the supply and the demand forecast from their own monthly history (as GET /api/v1/forecasts); "
            + "each month ahead the demand's forecast less the supply's (positive: a shortage) with 80 % and 95 % "
            + "intervals that take the two forecasts' errors as independent (their variances add). Either history "
            + "shorter than 24 months: 422.")
    @ApiProblem(status = 404, description = "The region is unknown or outside your region.")
    @ApiProblem(status = 422, description = "Too little history of the supply or the demand.")
    GapView gap(
            @Parameter(description = "A region's code: 000000 for the country (national office), a province or a "
                    + "prefecture-level city; default: your own region") @RequestParam(required = false) String region,
            @Parameter(description = "A team's code; default: every team") @RequestParam(required = false) String team,
            @Parameter(description = "Years ahead, 1 to 5") @RequestParam(defaultValue = "3") int horizon) {
        return forecasts.gap(region, team, horizon);
    }

    @GetMapping("/all")
    @Operation(summary = "Every province's talents of every team, forecast at the horizon", description = "For the "
            + "provinces in your region, each team: the months of history, the last month's value, the forecast at "
            + "the horizon's last month with its intervals and the backtest's MASE; atHorizon is null where the "
            + "history is shorter than 24 months.")
    @ApiProblem(status = 400, description = "A horizon past 1 to 5 years or an unknown measure.")
    List<Forecasts.Summary> all(@Parameter(description = "Years ahead, 1 to 5") @RequestParam(defaultValue = "3")
            int horizon, @Parameter(description = "SUPPLY or DEMAND; another value: 400 naming the two",
            schema = @Schema(type = "string", allowableValues = {"SUPPLY", "DEMAND"}))
            @RequestParam(defaultValue = "SUPPLY") String measure) {
        return forecasts.all(horizon, Measure.of("measure", measure));
    }

    @ExceptionHandler(TooLittleHistoryException.class)
    ProblemDetail tooLittleHistory(TooLittleHistoryException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(), e.arguments());
    }
}
