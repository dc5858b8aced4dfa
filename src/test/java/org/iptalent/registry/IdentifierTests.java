package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.iptalent.organisation.CreditCode;
import org.junit.jupiter.api.Test;

class IdentifierTests {

    @Test
    void identityNumbersCarryAnIso7064Check() {
        // the worked example of GB 11643-1999
        assertThat(IdentityNumber.problem("11010519491231002X")).isNull();
        assertThat(IdentityNumber.problem("11010519491231002x")).isNull();
        assertThat(IdentityNumber.problem("110105194912310021")).isEqualTo("talent.identity.checksum");
        assertThat(IdentityNumber.problem("1101051949123100")).isEqualTo("talent.identity.format");
        assertThat(IdentityNumber.problem("")).isEqualTo("talent.identity.required");
        String feb30 = "11010519490230002";
        assertThat(IdentityNumber.problem(feb30 + IdentityNumber.checkCharacter(feb30)))
                .isEqualTo("talent.identity.birthDate");
    }

    @Test
    void identityNumbersTellBirthDateAndGender() {
        assertThat(IdentityNumber.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdentityNumber.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
        String male = "44030419900101001";
        assertThat(IdentityNumber.gender(male + IdentityNumber.checkCharacter(male))).isEqualTo(Gender.MALE);
    }

    @Test
    void creditCodesCarryAModulo31Check() {
        // the example printed in GB 32100-2015
        String valid = "91350100M000100Y43";
        assertThat(CreditCode.checkCharacter(valid.substring(0, 17))).isEqualTo(valid.charAt(17));
        assertThat(CreditCode.problem(valid)).isNull();
        assertThat(CreditCode.problem("91350100M000100Y44")).isEqualTo("organisation.creditCode.checksum");
        assertThat(CreditCode.problem("91110000IOZSV00001")).isEqualTo("organisation.creditCode.format");
        assertThat(CreditCode.problem("9111")).isEqualTo("organisation.creditCode.format");
    }
}
