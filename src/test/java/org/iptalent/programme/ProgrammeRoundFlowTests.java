package org.iptalent.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.iptalent.expert.ReviewPanels;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.programme.round.ProgrammeCatalogue;
import org.iptalent.programme.round.ProgrammeInput;
import org.iptalent.programme.round.ProgrammeNomination;
import org.iptalent.programme.round.ProgrammeSelections;
import org.iptalent.programme.round.ProgrammeView;
import org.iptalent.programme.round.Ranked;
import org.iptalent.programme.round.RoundBoard;
import org.iptalent.programme.round.RoundBoards;
import org.iptalent.programme.round.RoundInput;
import org.iptalent.programme.round.RoundNominating;
import org.iptalent.programme.round.RoundPlanning;
import org.iptalent.programme.round.RoundReview;
import org.iptalent.programme.round.RoundSelecting;
import org.iptalent.programme.round.Selection;
import org.iptalent.programme.round.SelectionRound;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentProfileSection;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round of a programme of its own from nomination to selection: provinces nominate within quotas and their region,
 * drawn reviewers score (nobody else), the best go into a public notice and, once it has closed, are selected; the
 * selection shows on the talent's profile, counts by province and in the indicator; the quota holds under concurrency.
 */
@PlatformTest
class ProgrammeRoundFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgrammeCatalogue catalogue;
    @Autowired
    RoundPlanning planning;
    @Autowired
    RoundNominating nominating;
    @Autowired
    RoundReview review;
    @Autowired
    RoundSelecting selecting;
    @Autowired
    RoundBoards boards;
    @Autowired
    org.iptalent.programme.round.ReviewSheets sheets;
    @Autowired
    ProgrammeSelections selections;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    List<TalentProfileSection> sections;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.iptalent.registry.internal.TalentMerge merge;

    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    ExpertPool pool;
    ProgrammeView programme;

    @BeforeEach
    void programme() {
        national = accounts.active("programme.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("programme.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("programme.js", Role.PROVINCIAL_ADMIN, "320000");
        pool = new ExpertPool(context, national);
        String code = "TEST_" + System.nanoTime() % 1_000_000_000L;
        programme = as(national, () -> catalogue.create(new ProgrammeInput(code, "测试领军人才" + code,
                null, "测试用的人才计划")));
    }

    @Test
    void aRoundGoesFromNominationToSelectionAndTheSelectionShowsAndCounts() {
        SelectionRound round = open(2026, 2, Map.of("440000", 2, "320000", 1));
        OrganisationView gdOrg = pool.organisation("广东申报单位", "440100");
        OrganisationView jsOrg = pool.organisation("江苏申报单位", "320100");
        TalentView first = pool.talent("粤甲", "440100", gdOrg);
        TalentView second = pool.talent("粤乙", "440300", gdOrg);
        TalentView third = pool.talent("粤丙", "440100", gdOrg);
        TalentView fromJiangsu = pool.talent("苏甲", "320100", jsOrg);

        ProgrammeNomination a = nominate(guangdong, round, first);
        ProgrammeNomination b = nominate(guangdong, round, second);
        // the quota of Guangdong is full; a Jiangsu talent is outside Guangdong; a talent is nominated once
        assertThatThrownBy(() -> nominate(guangdong, round, third)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("programme.nominate.quotaFull");
        assertThatThrownBy(() -> nominate(guangdong, round, fromJiangsu)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("programme.nominate.outsideProvince");
        assertThatThrownBy(() -> nominate(jiangsu, round, first)).isInstanceOf(BusinessRuleException.class);
        ProgrammeNomination c = nominate(jiangsu, round, fromJiangsu);
        // a province sees its own nominations and quota only
        RoundBoard gdBoard = as(guangdong, () -> boards.board(round.getId()));
        assertThat(gdBoard.nominations()).extracting(RoundBoard.NominationRow::name).containsExactly("粤甲", "粤乙");
        assertThat(gdBoard.quotas()).singleElement().satisfies(q -> assertThat(q.room()).isZero());
        // the nominations come a page at a time (a national round may hold thousands)
        RoundBoard firstPage = as(guangdong, () -> boards.board(round.getId(), 0, 1));
        RoundBoard beyond = as(guangdong, () -> boards.board(round.getId(), 99, 1));
        assertThat(firstPage.nominations()).extracting(RoundBoard.NominationRow::name).containsExactly("粤甲");
        assertThat(firstPage.totalPages()).isEqualTo(2);
        assertThat(firstPage.nominationCount()).isEqualTo(2);
        assertThat(beyond.page()).isEqualTo(1);
        assertThat(beyond.nominations()).extracting(RoundBoard.NominationRow::name).containsExactly("粤乙");

        // the review: reviewers drawn avoiding the nominees' employers
        String category = pool.category("人才评审", "Talent review");
        OrganisationView elsewhere = pool.organisation("评审专家单位", "510100");
        List<Long> experts = new ArrayList<>();
        for (String region : List.of("510100", "420100", "610100")) {
            experts.add(pool.expert("评审" + region, region, elsewhere, category));
        }
        pool.expert("申报单位专家", "440100", gdOrg, category);
        as(national, () -> {
            planning.startReview(round.getId());
            return null;
        });
        assertThatThrownBy(() -> nominate(jiangsu, round, pool.talent("苏乙", "320100", jsOrg)))
                .isInstanceOf(BusinessRuleException.class);
        ReviewPanels.Panel panel = as(national, () -> review.drawPanel(round.getId(), category, 3, 0));
        assertThat(panel.reviewers()).extracting(ReviewPanels.Reviewer::expertId)
                .containsExactlyInAnyOrderElementsOf(experts);

        UserSummary notDrawn = accounts.active("programme.nd", Role.TALENT, "440100");
        as(national, () -> {
            talentAccounts.link(first.id(), notDrawn.username());
            return null;
        });
        assertThatThrownBy(() -> as(notDrawn, () -> review.score(a.getId(), 90, null)))
                .isInstanceOf(RecordNotFoundException.class);

        List<UserSummary> reviewers = new ArrayList<>();
        for (ReviewPanels.Reviewer reviewer : panel.reviewers()) {
            UserSummary account = accounts.active("programme.rev", Role.TALENT, "510100");
            as(national, () -> {
                talentAccounts.link(reviewer.talentId(), account.username());
                return null;
            });
            reviewers.add(account);
        }
        int[][] given = {{90, 70, 80}, {85, 75, 95}, {60, 80, 70}};
        for (int r = 0; r < 3; r++) {
            UserSummary reviewer = reviewers.get(r);
            int[] mine = given[r];
            as(reviewer, () -> review.score(a.getId(), 10, "先打一个分"));
            as(reviewer, () -> review.score(a.getId(), mine[0], "业绩突出"));
            as(reviewer, () -> review.score(b.getId(), mine[1], null));
            as(reviewer, () -> review.score(c.getId(), mine[2], null));
        }
        assertThatThrownBy(() -> as(reviewers.get(0), () -> review.score(a.getId(), 101, null)))
                .isInstanceOf(BusinessRuleException.class);
        // the sheet comes a page at a time and counts every nomination the reviewer scored
        org.iptalent.programme.round.ReviewSheet sheet = as(reviewers.get(1), () -> sheets.sheet(round.getId(), 7));
        assertThat(sheet.page()).isZero();
        assertThat(sheet.total()).isEqualTo(3);
        assertThat(sheet.scored()).isEqualTo(3);
        assertThat(sheet.rows()).extracting(org.iptalent.programme.round.ReviewSheet.Row::score)
                .containsExactly(85, 75, 95);
        // a reviewer who works for a nominee's employer the draw could not avoid (past its 50 parties) is recused
        jdbc.update("update programme_nomination set employer_id = ? where id = ?", elsewhere.id(), c.getId());
        assertThatThrownBy(() -> as(reviewers.get(0), () -> review.score(c.getId(), 99, null)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("programme.review.recused");
        jdbc.update("update programme_nomination set employer_id = ? where id = ?", jsOrg.id(), c.getId());
        // 50.5 is refused in words, not cut to 50; nor -1
        assertThatThrownBy(() -> as(reviewers.get(0), () -> review.score(a.getId(), new BigDecimal("50.5"), null)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("programme.review.scoreRange");
        assertThatThrownBy(() -> as(reviewers.get(0), () -> review.score(a.getId(), -1, null)))
                .isInstanceOf(BusinessRuleException.class);
        // a reviewer sees their own scores; a province sees none until the review closes
        assertThat(as(reviewers.get(0), () -> review.myScores(round.getId())))
                .extracting(s -> s.score()).containsExactly(90, 70, 80);
        assertThatThrownBy(() -> as(guangdong, () -> review.ranking(round.getId())))
                .isInstanceOf(AccessDeniedException.class);
        // means: a 78.33, b 75, c 81.67 -> c, a, b
        List<Ranked> ranking = as(national, () -> review.ranking(round.getId()));
        assertThat(ranking).extracting(Ranked::nominationId).containsExactly(c.getId(), a.getId(), b.getId());
        assertThat(ranking.get(0).mean()).isEqualTo(81.67);

        assertThatThrownBy(() -> as(national, () -> selecting.publishNotice(round.getId(), 3, "公示", null,
                LocalDate.now(), LocalDate.now().plusDays(5)))).isInstanceOf(BusinessRuleException.class);
        long noticeId = as(national, () -> selecting.publishNotice(round.getId(), 2, "测试领军人才入选公示", "公示期内可提出异议",
                LocalDate.now(), LocalDate.now().plusDays(5)));
        assertThatThrownBy(() -> as(reviewers.get(0), () -> review.score(a.getId(), 50, null)))
                .isInstanceOf(BusinessRuleException.class);
        // once the review has closed a province reads the scores of its own nominations, not another province's
        assertThat(as(guangdong, () -> review.ranking(round.getId()))).extracting(Ranked::nominationId)
                .containsExactly(a.getId(), b.getId());
        assertThat(as(guangdong, () -> review.allScores(round.getId(), 0, 100))).extracting(s -> s.nominationId())
                .containsOnly(a.getId(), b.getId()).hasSize(6);
        assertThat(as(national, () -> review.allScores(round.getId(), 0, 100))).hasSize(9);
        assertThat(as(national, () -> review.allScores(round.getId(), 1, 5))).hasSize(4);
        // the notice must have closed first
        assertThatThrownBy(() -> as(national, () -> selecting.conclude(round.getId())))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("programme.round.noticeOpen");
        jdbc.update("update public_notice set opens_on = opens_on - 10, closes_on = closes_on - 10 where id = ?",
                noticeId);

        BigDecimal before = indicator().value(RegionScope.of("440000"), LocalDate.now());
        // other tests may have selected a Guangdong talent today already: yesterday is compared with itself
        BigDecimal yesterday = indicator().value(RegionScope.of("440000"), LocalDate.now().minusDays(1));
        List<Long> selected = as(national, () -> selecting.conclude(round.getId()));
        assertThat(selected).containsExactlyInAnyOrder(fromJiangsu.id(), first.id());
        assertThat(indicator().value(RegionScope.of("440000"), LocalDate.now())).isEqualTo(before.add(BigDecimal.ONE));
        assertThat(indicator().values(RegionScope.Level.PROVINCE, LocalDate.now()).get("320000"))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(indicator().value(RegionScope.of("440000"), LocalDate.now().minusDays(1))).isEqualTo(yesterday);

        TalentProfileSection section = sections.stream().filter(s -> s.template().equals("programme/profile-section"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Selection> onProfile = (List<Selection>) section.model(first.id(), Locale.CHINA).get("selections");
        assertThat(onProfile).singleElement().satisfies(s -> {
            assertThat(s.programmeName()).isEqualTo(programme.name());
            assertThat(s.year()).isEqualTo(2026);
            assertThat(s.regionCode()).isEqualTo("440100");
        });
        assertThat(as(national, () -> selections.byProvince(programme.id(), 2026)))
                .extracting(ProgrammeSelections.ProvinceCount::provinceCode, ProgrammeSelections.ProvinceCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("320000", 1L),
                        org.assertj.core.groups.Tuple.tuple("440000", 1L));

        // the next year: a talent selected by the programme already is refused
        SelectionRound next = open(2027, 2, Map.of("440000", 3));
        assertThatThrownBy(() -> nominate(guangdong, next, first)).isInstanceOf(ConflictException.class)
                .extracting("messageKey").isEqualTo("programme.nominate.alreadySelected");
        nominate(guangdong, next, second);
    }

    @Test
    void aProvinceCannotRunANationalProgrammeNorNominateOutsideItsQuotaEvenAtOnce() throws Exception {
        assertThatThrownBy(() -> as(guangdong, () -> planning.open(programme.id(), new RoundInput(2026, 5,
                LocalDate.now().plusDays(3), Map.of("440000", 1))))).isInstanceOf(AccessDeniedException.class);
        SelectionRound round = open(2026, 5, Map.of("440000", 1));
        OrganisationView org = pool.organisation("并发单位", "440100");
        List<TalentView> talents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            talents.add(pool.talent("并发" + i, "440100", org));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (TalentView talent : talents) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    nominate(guangdong, round, talent);
                    return true;
                } catch (BusinessRuleException e) {
                    return false;
                }
            };
            results.add(threads.submit(attempt));
        }
        start.countDown();
        int made = 0;
        for (Future<Boolean> result : results) {
            made += result.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(made).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from programme_nomination where round_id = ?", Integer.class,
                round.getId())).isEqualTo(1);
        // two rounds of one year opened at once: one is opened, the other refused in words (not a 500)
        CountDownLatch both = new CountDownLatch(1);
        ExecutorService openers = Executors.newFixedThreadPool(2);
        List<Future<String>> opened = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            opened.add(openers.submit(() -> {
                both.await();
                try {
                    open(2031, 5, Map.of("440000", 1));
                    return "opened";
                } catch (ConflictException e) {
                    return e.messageKey();
                }
            }));
        }
        both.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : opened) {
            outcomes.add(outcome.get());
        }
        openers.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("opened", "programme.round.yearTaken");
        // two programmes of one code created at once: the second is refused in words
        String code = "SAME_" + System.nanoTime() % 1_000_000_000L;
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService creators = Executors.newFixedThreadPool(2);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            created.add(creators.submit(() -> {
                together.await();
                try {
                    as(national, () -> catalogue.create(new ProgrammeInput(code, "同时创建" + code, null, null)));
                    return "created";
                } catch (ConflictException e) {
                    return e.messageKey();
                }
            }));
        }
        together.countDown();
        List<String> creations = new ArrayList<>();
        for (Future<String> creation : created) {
            creations.add(creation.get());
        }
        creators.shutdown();
        assertThat(creations).containsExactlyInAnyOrder("created", "programme.codeTaken");
        // a city's administrator nominates nothing; a province without a quota has none
        UserSummary city = accounts.active("programme.city", Role.CITY_ADMIN, "440100");
        assertThatThrownBy(() -> nominate(city, round, talents.get(0))).isInstanceOf(AccessDeniedException.class);
        TalentView zhejiang = pool.talent("浙甲", "330100", org);
        UserSummary zj = accounts.active("programme.zj", Role.PROVINCIAL_ADMIN, "330000");
        assertThatThrownBy(() -> nominate(zj, round, zhejiang)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("programme.nominate.quotaFull");
    }

    @Test
    void aProvincesOwnProgrammeIsItsAloneToRunAndOthersDoNotSeeIt() {
        String code = "GD_" + System.nanoTime() % 1_000_000_000L;
        ProgrammeView own = as(guangdong, () -> catalogue.create(new ProgrammeInput(code, "广东知识产权英才" + code,
                null, null)));
        assertThat(own.level()).isEqualTo(org.iptalent.programme.round.TalentProgramme.Level.PROVINCIAL);
        assertThat(own.regionCode()).isEqualTo("440000");
        assertThatThrownBy(() -> as(jiangsu, () -> catalogue.get(own.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(jiangsu, () -> catalogue.list())).extracting(ProgrammeView::id).doesNotContain(own.id());
        assertThat(as(national, () -> catalogue.get(own.id())).administered()).isFalse();
        assertThatThrownBy(() -> as(national, () -> planning.open(own.id(), new RoundInput(2026, 3,
                LocalDate.now().plusDays(3), Map.of("440000", 3))))).isInstanceOf(AccessDeniedException.class);
        // its only quota is its own province's
        assertThatThrownBy(() -> as(guangdong, () -> planning.open(own.id(), new RoundInput(2026, 3,
                LocalDate.now().plusDays(3), Map.of("320000", 3))))).isInstanceOf(BusinessRuleException.class);
        SelectionRound round = as(guangdong, () -> planning.open(own.id(), new RoundInput(2026, 3,
                LocalDate.now().plusDays(3), Map.of("440000", 3))));
        assertThat(round.getState()).isEqualTo(SelectionRound.State.NOMINATING);
        assertThatThrownBy(() -> as(guangdong, () -> catalogue.create(new ProgrammeInput("bad code", "", null,
                null)))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aMergeMovesTheDuplicatesNominationUnlessTheSurvivorHasOneInTheRound() {
        SelectionRound round = open(2026, 5, Map.of("440000", 5));
        SelectionRound other = open(2027, 5, Map.of("440000", 5));
        OrganisationView org = pool.organisation("合并单位", "440100");
        TalentView survivor = pool.talent("合并保留", "440100", org);
        TalentView duplicate = pool.talent("合并重复", "440100", org);
        nominate(guangdong, round, survivor);
        ProgrammeNomination both = nominate(guangdong, round, duplicate);
        ProgrammeNomination moved = nominate(guangdong, other, duplicate);
        as(national, () -> {
            merge.merge(survivor.id(), duplicate.id());
            return null;
        });
        assertThat(jdbc.queryForObject("select talent_id from programme_nomination where id = ?", Long.class,
                moved.getId())).isEqualTo(survivor.id());
        assertThat(jdbc.queryForObject("select talent_id from programme_nomination where id = ?", Long.class,
                both.getId())).isEqualTo(duplicate.id());
    }

    @Test
    void theSearchsBadgeKnowsEveryNominationOfTheRoundNotOnlyThoseOnThePageShown() {
        SelectionRound round = open(2027, 5, Map.of("440000", RoundBoards.PAGE_SIZE + 2));
        OrganisationView org = pool.organisation("徽章单位", "440100");
        for (int i = 0; i < RoundBoards.PAGE_SIZE; i++) {
            nominate(guangdong, round, pool.talent("徽章早" + i, "440100", org));
        }
        String stem = "徽章" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (System.nanoTime() % 10))
                + System.nanoTime() % 1_000_000;
        TalentView late = pool.talent(stem + "晚", "440100", org);
        TalentView fresh = pool.talent(stem + "新", "440100", org);
        nominate(guangdong, round, late);

        Http http = new Http(port);
        http.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        String page = http.get("/programmes/rounds/" + round.getId() + "?q=" + java.net.URLEncoder.encode(stem,
                java.nio.charset.StandardCharsets.UTF_8)).body();
        // the late nomination is on the second page of nominations, not on the one shown
        assertThat(page).doesNotContain("href=\"/talents/" + late.id() + "\"");
        assertThat(candidate(page, late.id())).contains("已推荐").doesNotContain("nominate-form");
        assertThat(candidate(page, fresh.id())).contains("nominate-form").doesNotContain("已推荐");
        assertThat(http.get("/programmes/rounds/" + round.getId() + "?page=1").body())
                .contains("href=\"/talents/" + late.id() + "\"");
    }

    /** The search result of one talent on the round's page: from its block to the next one's. */
    private static String candidate(String page, long talentId) {
        int start = page.indexOf("data-talent=\"" + talentId + "\"");
        assertThat(start).as("talent %d among the candidates", talentId).isPositive();
        int end = page.indexOf("data-talent=\"", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private SelectionRound open(int year, int places, Map<String, Integer> quotas) {
        return as(national, () -> planning.open(programme.id(), new RoundInput(year, places,
                LocalDate.now().plusDays(10), quotas)));
    }

    private ProgrammeNomination nominate(UserSummary user, SelectionRound round, TalentView talent) {
        return as(user, () -> nominating.nominate(round.getId(), talent.id(), "推荐理由：" + talent.name(),
                "主要业绩：" + talent.name()));
    }

    private IndicatorSource indicator() {
        return sources.stream().filter(s -> s.code().equals("programme.selected-leading-talents")).findFirst()
                .orElseThrow();
    }

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }
}
