package org.iptalent.demand.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.iptalent.reference.Division;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.junit.jupiter.api.Test;

/** The pairing, secondment and activity rules, without a database: each refusal names its field and its reason. */
class PairingRulesTests {

    private static final Map<String, Division> DIVISIONS = Map.of(
            "110000", new Division("110000", null, 1, "北京市", "北京", "Beijing", "MUNICIPALITY", "CN-BJ"),
            "650000", new Division("650000", null, 1, "新疆维吾尔自治区", "新疆", "Xinjiang", "AUTONOMOUS_REGION", "CN-XJ"),
            "650100", new Division("650100", "650000", 2, "乌鲁木齐市", "乌鲁木齐", "Urumqi", "CITY", null),
            "440100", new Division("440100", "440000", 2, "广州市", "广州", "Guangzhou", "CITY", null));
    private static final Function<String, Optional<Division>> KNOWN = code -> Optional.ofNullable(DIVISIONS.get(code));
    private static final Function<Long, Optional<String>> ORGANISATIONS = id -> id == 1L ? Optional.of("110105")
            : id == 2L ? Optional.of("650102") : Optional.empty();
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void aProvincePairingPassesForAnAdministrationOfEitherSide() {
        PairingInput input = new PairingInput("province", " 110000 ", "650000", null, null, START, END, " 援疆 ");
        PairingRules.Checked checked = PairingRules.pairing(input, KNOWN, ORGANISATIONS, RegionScope.of("650000"));
        assertThat(checked.level()).isEqualTo(Pairing.Level.PROVINCE);
        assertThat(checked.fromRegion()).isEqualTo("110000");
        assertThat(checked.goals()).isEqualTo("援疆");
        assertThat(PairingRules.pairing(input, KNOWN, ORGANISATIONS, RegionScope.of("110000")).toRegion())
                .isEqualTo("650000");
    }

    @Test
    void aRegionPairedWithItselfOrAnEndBeforeItsStartIsRefused() {
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("PROVINCE", "650000", "650000", null, null,
                END, START, "目标"), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("toRegion", "exchange.pairing.sameSide"),
                        org.assertj.core.groups.Tuple.tuple("endsOn", "exchange.endBeforeStart"));
    }

    @Test
    void unknownCodesMixedLevelsAndUnknownLevelsAreRefused() {
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("PROVINCE", "110000", "650100", null, null,
                START, END, "目标"), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::messageKey, Problem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("exchange.pairing.levelMismatch",
                        List.of("650100")));
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("CITY", "440100", "999900", null, null,
                START, END, "目标"), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("toRegion", "field.unknownCode"));
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("COUNTY", null, null, null, null, null,
                null, ""), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::field).containsExactly("level", "startsOn", "endsOn", "goals");
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("ORGANISATION", null, null, 1L, 9L, START,
                END, "目标"), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("toOrgId", "exchange.organisationUnknown"));
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("ORGANISATION", null, null, 1L, 1L, START,
                END, "目标"), KNOWN, ORGANISATIONS, RegionScope.national())))
                .extracting(Problem::messageKey).containsExactly("exchange.pairing.sameSide");
    }

    @Test
    void anOrganisationPairingTakesTheOrganisationsRegionsAndMustTouchTheScope() {
        PairingRules.Checked checked = PairingRules.pairing(new PairingInput("ORGANISATION", "440100", null, 1L, 2L,
                START, END, "目标"), KNOWN, ORGANISATIONS, RegionScope.of("110000"));
        assertThat(checked.fromRegion()).isEqualTo("110105");
        assertThat(checked.toRegion()).isEqualTo("650102");
        assertThat(problems(() -> PairingRules.pairing(new PairingInput("PROVINCE", "110000", "650000", null, null,
                START, END, "目标"), KNOWN, ORGANISATIONS, RegionScope.of("440000"))))
                .extracting(Problem::messageKey).containsExactly("exchange.pairing.outsideScope");
    }

    @Test
    void aSecondmentGoesBetweenThePairingsSidesWithinItsPeriod() {
        Pairing pairing = pairing();
        SecondmentInput passed = PairingRules.secondment(pairing, new SecondmentInput(7L, null, "650100", null, null,
                START.plusMonths(1), START.plusMonths(7), "挂职"), KNOWN, ORGANISATIONS);
        assertThat(passed.fromRegion()).isEqualTo("110000");
        assertThat(passed.toRegion()).isEqualTo("650100");
        assertThat(problems(() -> PairingRules.secondment(pairing, new SecondmentInput(null, "440100", "650000", 9L,
                null, START.minusDays(1), START.plusDays(5), ""), KNOWN, ORGANISATIONS)))
                .extracting(Problem::field, Problem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("talentId", "field.required"),
                        org.assertj.core.groups.Tuple.tuple("toRegion", "exchange.secondment.notThePairingsSides"),
                        org.assertj.core.groups.Tuple.tuple("fromOrgId", "exchange.organisationUnknown"),
                        org.assertj.core.groups.Tuple.tuple("startsOn", "exchange.outsidePeriod"),
                        org.assertj.core.groups.Tuple.tuple("purpose", "field.required"));
    }

    @Test
    void anActivityHasAKnownKindADayInThePeriodAndFiguresWithinBounds() {
        Pairing pairing = pairing();
        PairingRules.CheckedActivity passed = PairingRules.activity(pairing, new ActivityInput("training",
                START.plusDays(3), 120, null, 16, " 专利审查培训 "));
        assertThat(passed.kind()).isEqualTo(Activity.Kind.TRAINING);
        assertThat(passed.casesAssisted()).isZero();
        assertThat(passed.note()).isEqualTo("专利审查培训");
        assertThat(problems(() -> PairingRules.activity(pairing, new ActivityInput("PARTY", END.plusDays(1), -1,
                100_001, 10_001, null)))).extracting(Problem::field, Problem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kind", "exchange.activity.kindUnknown"),
                        org.assertj.core.groups.Tuple.tuple("heldOn", "exchange.outsidePeriod"),
                        org.assertj.core.groups.Tuple.tuple("peopleTrained", "exchange.activity.figureRange"),
                        org.assertj.core.groups.Tuple.tuple("casesAssisted", "exchange.activity.figureRange"),
                        org.assertj.core.groups.Tuple.tuple("hours", "exchange.activity.figureRange"));
    }

    private static Pairing pairing() {
        return new Pairing(new PairingRules.Checked(Pairing.Level.PROVINCE, "110000", "650000", null, null, START,
                END, "援疆"), null, Instant.now());
    }

    private static List<Problem> problems(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        assertThatThrownBy(call::run).as("refused").isInstanceOf(InvalidInputException.class);
        return List.of();
    }
}
