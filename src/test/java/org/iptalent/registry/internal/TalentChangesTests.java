package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.iptalent.audit.FieldChange;
import org.iptalent.organisation.Organisation;
import org.iptalent.platform.FieldCipher;
import org.iptalent.registry.Gender;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a talent reports as changed, which is what the audit log and the profile's history show: only the fields
 * that changed, personal data masked, without Spring or a database.
 */
class TalentChangesTests {

    private static final String IDENTITY = identity("11010519900101123");
    private static final Set<TalentCategory> AGENT = Set.of(new TalentCategory("APP", "APP_PATENT_AGENT"));

    private final FieldCipher cipher = new FieldCipher(key());
    private final Organisation firm = organisation(1L, "北京知识产权代理有限公司");
    private Talent talent;

    @BeforeEach
    void registered() {
        talent = new Talent(Talent.Source.MANUAL);
        change(talent, input("王建国", "13812345678", "wang@example.cn", "知识产权法"), firm);
    }

    @Test
    void aNewTalentChangesFromNothingWithItsIdentityNumberMasked() {
        Talent created = new Talent(Talent.Source.API);
        List<FieldChange> changes = change(created, input("李娜", "13812345678", null, null), firm);
        assertThat(changes).extracting(FieldChange::field).containsExactly("name", "gender", "birthDate",
                "identityNumber", "mobile", "education", "discipline", "employer", "regionCode", "industryCode",
                "position", "categories", "status");
        assertThat(changes).filteredOn(c -> !c.field().equals("categories"))
                .allSatisfy(c -> assertThat(c.oldValue()).isNull());
        assertThat(changes).contains(new FieldChange("identityNumber", null, "110105********1232"),
                new FieldChange("gender", null, "MALE"), new FieldChange("birthDate", null, "1990-01-01"),
                new FieldChange("categories", "", "APP_PATENT_AGENT"), new FieldChange("status", null, "ACTIVE"));
        assertThat(changes).extracting(FieldChange::newValue).doesNotContain(IDENTITY, "13812345678");
        assertThat(created.getGender()).isEqualTo(Gender.MALE);
    }

    @Test
    void theSameInputAgainChangesNothing() {
        assertThat(change(talent, input("王建国", "13812345678", "wang@example.cn", "知识产权法"), firm)).isEmpty();
    }

    @Test
    void aNameChangeIsTheOnlyChange() {
        List<FieldChange> changes = change(talent, input("王建华", "13812345678", "wang@example.cn", "知识产权法"), firm);
        assertThat(changes).containsExactly(new FieldChange("name", "王建国", "王建华"));
        assertThat(talent.getName()).isEqualTo("王建华");
    }

    @Test
    void aBlankOptionalFieldClearsItsValueButABlankStatusKeepsTheCurrentOne() {
        List<FieldChange> changes = change(talent, input("王建国", "13812345678", "  ", ""), firm);
        assertThat(changes).containsExactly(new FieldChange("email", "w***@example.cn", null),
                new FieldChange("major", "知识产权法", null));
        assertThat(talent.getMajor()).isNull();
        assertThat(talent.getEmailMasked()).isNull();
        assertThat(talent.getEmailCipher()).isNull();
        assertThat(talent.getStatus()).isEqualTo(Talent.Status.ACTIVE);
    }

    @Test
    void anEmployerChangeNamesBothEmployers() {
        Organisation other = organisation(2L, "北京专利运营中心");
        List<FieldChange> changes = change(talent, input("王建国", "13812345678", "wang@example.cn", "知识产权法"), other);
        assertThat(changes).containsExactly(new FieldChange("employer", "北京知识产权代理有限公司", "北京专利运营中心"));
        assertThat(talent.getEmployer()).isSameAs(other);

        assertThat(change(talent, input("王建国", "13812345678", "wang@example.cn", "知识产权法"), null))
                .as("no employer any more").containsExactly(new FieldChange("employer", "北京专利运营中心", null));
    }

    @Test
    void aPhoneChangeIsLoggedMaskedAndStoredEncrypted() {
        List<FieldChange> changes = change(talent, input("王建国", "13987654321", "wang@example.cn", "知识产权法"), firm);
        assertThat(changes).containsExactly(new FieldChange("mobile", "138****5678", "139****4321"));
        assertThat(talent.getMobileMasked()).isEqualTo("139****4321");
        assertThat(talent.getMobileCipher()).startsWith("v1:").doesNotContain("13987654321");
        assertThat(cipher.decrypt(talent.getMobileCipher())).isEqualTo("13987654321");
    }

    @Test
    void leavingIsDatedOnceAndComingBackClearsIt() {
        assertThat(talent.getLeftAt()).isNull();
        Instant before = Instant.now();
        change(talent, withStatus("LEFT"), firm);
        Instant left = talent.getLeftAt();
        assertThat(left).isBetween(before, Instant.now());
        change(talent, withStatus("RETIRED"), firm);
        assertThat(talent.getLeftAt()).as("retiring after leaving keeps the day it left").isEqualTo(left);
        change(talent, withStatus("ACTIVE"), firm);
        assertThat(talent.getLeftAt()).isNull();

        Talent duplicate = new Talent(Talent.Source.IMPORT);
        change(duplicate, input("王建国", "13812345678", null, null), firm);
        duplicate.mergeInto(talent);
        assertThat(duplicate.getStatus()).isEqualTo(Talent.Status.LEFT);
        assertThat(duplicate.getLeftAt()).as("a merged duplicate left when it was merged").isNotNull();
        Talent created = new Talent(Talent.Source.API);
        change(created, withStatus("RETIRED"), firm);
        assertThat(created.getLeftAt()).as("registered as retired").isNotNull();
    }

    private static TalentInput withStatus(String status) {
        return new TalentInput("王建国", null, null, IDENTITY, "13812345678", "wang@example.cn", "MASTER", "LAW",
                "知识产权法", null, null, "110000", "72", List.of("APP_PATENT_AGENT"), "主任", null, null, status);
    }

    /** Applies {@code input} with {@code employer} as what it names, and returns what the talent says changed. */
    private List<FieldChange> change(Talent target, TalentInput input, Organisation employer) {
        return target.update(input, resolved(employer), cipher).list();
    }

    private static TalentInput input(String name, String mobile, String email, String major) {
        return new TalentInput(name, null, null, IDENTITY, mobile, email, "MASTER", "LAW", major, null, null, "110000",
                "72", List.of("APP_PATENT_AGENT"), "主任", null, null, null);
    }

    private Talent.Resolved resolved(Organisation employer) {
        return new Talent.Resolved(IDENTITY, cipher.lookupHash(IDENTITY), employer, AGENT);
    }

    private static Organisation organisation(long id, String name) {
        Organisation organisation = mock(Organisation.class);
        when(organisation.getId()).thenReturn(id);
        when(organisation.getName()).thenReturn(name);
        return organisation;
    }

    private static String identity(String first17) {
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        return key;
    }
}
