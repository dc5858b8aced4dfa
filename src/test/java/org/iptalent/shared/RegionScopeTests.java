package org.iptalent.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RegionScopeTests {

    record Sample(String regionCode) implements RegionScoped {
        @Override
        public String getRegionCode() {
            return regionCode;
        }
    }

    @Test
    void aProvinceIncludesItsCitiesAndNothingElse() {
        RegionScope guangdong = RegionScope.of("440000");
        assertThat(guangdong.includes("440000")).isTrue();
        assertThat(guangdong.includes("440300")).isTrue();
        assertThat(guangdong.includes("450100")).isFalse();
        assertThat(guangdong.includes(null)).isFalse();
        assertThat(guangdong.likePattern()).isEqualTo("44%");
    }

    @Test
    void aCityIncludesOnlyItself() {
        RegionScope shenzhen = RegionScope.of("440300");
        assertThat(shenzhen.includes("440300")).isTrue();
        assertThat(shenzhen.includes("440100")).isFalse();
        assertThat(shenzhen.includes("440000")).isFalse();
        assertThat(RegionScope.of("440000").covers(shenzhen)).isTrue();
        assertThat(shenzhen.covers(RegionScope.of("440000"))).isFalse();
    }

    @Test
    void eachScopeNamesItsLevelAndTheCodeARecordMustMatch() {
        assertThat(RegionScope.national().level()).isEqualTo(RegionScope.Level.NATIONAL);
        assertThat(RegionScope.national().regionCode()).isNull();
        assertThat(RegionScope.of("440000").level()).isEqualTo(RegionScope.Level.PROVINCE);
        assertThat(RegionScope.of("440000").regionCode()).isEqualTo("440000");
        assertThat(RegionScope.of("440100").level()).isEqualTo(RegionScope.Level.CITY);
        assertThat(RegionScope.of("440100").regionCode()).isEqualTo("440100");
        assertThat(RegionScope.nothing().level()).isEqualTo(RegionScope.Level.NOTHING);
        assertThat(RegionScope.nothing().regionCode()).isNull();
    }

    @Test
    void onlyTheEmptyScopeIsNothing() {
        assertThat(RegionScope.nothing().isNothing()).isTrue();
        assertThat(RegionScope.national().isNothing()).isFalse();
        assertThat(RegionScope.of("440000").isNothing()).isFalse();
        assertThat(RegionScope.of("440100").isNothing()).isFalse();
        // nothing includes no record and no region, and only the country covers it
        assertThat(RegionScope.nothing().includes("440100")).isFalse();
        assertThat(RegionScope.nothing().includes(null)).isFalse();
        assertThat(RegionScope.nothing().covers(RegionScope.of("440100"))).isFalse();
        assertThat(RegionScope.of("440000").covers(RegionScope.nothing())).isFalse();
        assertThat(RegionScope.national().covers(RegionScope.nothing())).isTrue();
        assertThat(RegionScope.current().isNothing()).as("nobody signed in").isTrue();
    }

    @Test
    void aScopeCoversAWholeProvinceOnlyFromTheProvinceUp() {
        RegionScope guangdong = RegionScope.of("440000");
        assertThat(RegionScope.national().covers(guangdong)).isTrue();
        assertThat(guangdong.covers(guangdong)).isTrue();
        assertThat(RegionScope.of("440100").covers(guangdong)).isFalse();
        assertThat(RegionScope.of("320000").covers(guangdong)).isFalse();
    }

    @Test
    void checkReportsARecordOutsideTheScopeAsNotFound() {
        RegionScope guangdong = RegionScope.of("440000");
        assertThat(guangdong.check(new Sample("440100"), "Talent", 1)).isNotNull();
        assertThatThrownBy(() -> guangdong.check(new Sample("320100"), "Talent", 2))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(RegionScope.national().check(new Sample(null), "Talent", 3)).isNotNull();
        assertThatThrownBy(() -> RegionScope.nothing().check(new Sample("440100"), "Talent", 4))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void regionCodesMustBeProvincesOrPrefectures() {
        assertThat(RegionCode.isWellFormed("440300")).isTrue();
        assertThat(RegionCode.isWellFormed("440305")).isFalse();
        assertThat(RegionCode.isWellFormed("44030")).isFalse();
        assertThat(RegionCode.isWellFormed("4403a0")).isFalse();
        assertThatThrownBy(() -> RegionScope.of("440305")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userScopeFollowsRoles() {
        assertThat(new CurrentUser(1, "n", "n", Set.of(Role.NATIONAL_ADMIN), null).scope().isNational()).isTrue();
        assertThat(new CurrentUser(1, "s", "s", Set.of(Role.SECURITY_ADMIN), null).scope())
                .isEqualTo(RegionScope.nothing());
        assertThat(new CurrentUser(1, "p", "p", Set.of(Role.PROVINCIAL_ADMIN), "320000").scope().includes("320500"))
                .isTrue();
        assertThat(new CurrentUser(1, "c", "c", Set.of(Role.CITY_ADMIN), "320500").scope().includes("320100"))
                .isFalse();
        // a talent or an auditor sees no business records of a region through the scope
        assertThat(new CurrentUser(1, "t", "t", Set.of(Role.TALENT), "320000").scope()).isEqualTo(RegionScope.nothing());
        assertThat(new CurrentUser(1, "a", "a", Set.of(Role.AUDITOR), null).scope()).isEqualTo(RegionScope.nothing());
        assertThat(new CurrentUser(1, "s", "s", Set.of(Role.SYSTEM_ADMIN), null).scope().isNothing()).isTrue();
        assertThat(new CurrentUser(1, "c", "c", Set.of(Role.CITY_ADMIN), "320500").scope().level())
                .isEqualTo(RegionScope.Level.CITY);
    }

    @Test
    void masksKeepOnlyWhatIdentifiesTheRecordToItsOwner() {
        assertThat(Masks.identityNumber("110105199001011234")).isEqualTo("110105********1234");
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.email("zhang.san@example.cn")).isEqualTo("z***@example.cn");
        assertThat(Masks.phone("123")).isEqualTo("***");
        assertThat(Masks.phone(null)).isNull();
    }
}
