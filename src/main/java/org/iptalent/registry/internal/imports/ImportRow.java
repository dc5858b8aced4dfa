package org.iptalent.registry.internal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;

import org.iptalent.organisation.CreditCode;
import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentCategory;
import org.iptalent.shared.Masks;
import org.iptalent.spreadsheet.SheetRow;

/** A talent's row of an import on its way: parsed and checked in parallel, then staged or refused in file order. */
final class ImportRow {
    final SheetRow sheet;
    TalentInput input;
    Set<TalentCategory> categories;
    String qualificationType;
    String qualificationNumber;
    String hash;
    String identityCipher;
    String mobileCipher;
    String emailCipher;

    ImportRow(SheetRow sheet) {
        this.sheet = sheet;
    }

    void encrypt(FieldCipher cipher) {
        hash = cipher.lookupHash(input.identityNumber());
        identityCipher = cipher.encrypt(input.identityNumber());
        mobileCipher = input.mobile() == null ? null : cipher.encrypt(input.mobile().trim());
        emailCipher = input.email() == null ? null : cipher.encrypt(input.email().trim());
    }

    void stage(long importId, boolean registered, CopyRows rows) {
        TalentInput in = input;
        String identity = in.identityNumber();
        String gender = in.gender() != null ? in.gender() : IdentityNumber.gender(identity).name();
        String mobile = in.mobile() == null ? null : in.mobile().trim();
        String email = in.email() == null ? null : in.email().trim();
        String employerCode = CreditCode.normalise(in.employerCreditCode());
        String employerName = employerCode == null ? Talent.trimToNull(in.employerName()) : in.employerName();
        StringBuilder cats = new StringBuilder();
        categories.stream().sorted(Comparator.comparing(TalentCategory::getCategory)).forEach(c -> {
            if (!cats.isEmpty()) {
                cats.append(',');
            }
            cats.append(c.getTeam()).append(':').append(c.getCategory());
        });
        String fingerprint = fingerprint(in.name(), gender, identity, mobile, email, in.education(),
                in.discipline(), in.major(), employerCode != null ? employerCode : employerName, in.regionCode(), in.industryCode(),
                in.position(), cats.toString(), qualificationType, qualificationNumber);
        rows.row(importId, sheet.line(), in.name().trim(), gender, IdentityNumber.birthDate(identity), identityCipher,
                hash, Masks.identityNumber(identity), mobileCipher, Masks.phone(mobile), emailCipher,
                Masks.email(email), in.education(), in.discipline(), Talent.trimToNull(in.major()),
                employerName == null ? null : employerName.trim(), employerCode,
                in.regionCode(), in.regionCode().substring(0, 2) + "0000", in.industryCode(),
                Talent.trimToNull(in.position()), cats.toString(), qualificationType, qualificationNumber,
                fingerprint, registered);
    }

    /** What the file said about a talent, hashed: the same data imported again changes nothing. */
    static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
