package org.iptalent.expert.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * What an application must be, with the pool's own rules (categories of the pool's taxonomy, a province's only for
 * its own talents; IPC classes the reference knows; at least one duty): every problem at once. And who may not apply:
 * a talent already in the pool (blacklisted or not), or with an application under way.
 */
@Component
class AdmissionRules {

    static final int OPINION_LENGTH = 1000;
    static final int MAX_IPC = 20;

    private final ExpertCategories categories;
    private final ReferenceData reference;
    private final Experts experts;

    AdmissionRules(ExpertCategories categories, ReferenceData reference, Experts experts) {
        this.categories = categories;
        this.reference = reference;
        this.experts = experts;
    }

    /** The proposal checked for a talent of {@code talentRegion}; {@code problems} gathers from the caller too. */
    void check(AdmissionInput input, String talentRegion, List<Problem> problems) {
        if (input.categories().isEmpty()) {
            problems.add(new Problem("categories", "expert.categoriesRequired"));
        }
        for (String code : input.categories().stream().sorted().toList()) {
            ExpertCategory category = categories.find(code).orElse(null);
            if (category == null) {
                problems.add(new Problem("categories", "expert.categoryUnknown", List.of(clip(code))));
            } else if (talentRegion != null && !category.isNational()
                    && !RegionScope.of(category.ownerRegionCode()).includes(talentRegion)) {
                problems.add(new Problem("categories", "expert.categoryOfAnotherProvince", List.of(code)));
            }
        }
        if (input.ipcClasses().size() > MAX_IPC) {
            problems.add(new Problem("ipcClasses", "expert.admission.tooManyIpc", List.of(String.valueOf(MAX_IPC))));
        } else {
            for (String code : input.ipcClasses().stream().sorted().toList()) {
                String upper = code.toUpperCase(Locale.ROOT);
                if (reference.ipc(upper).filter(c -> !c.isSection()).map(IpcClass::code).isEmpty()) {
                    problems.add(new Problem("ipcClasses", "expert.ipcUnknown", List.of(clip(code))));
                }
            }
        }
        if (input.duties().isEmpty()) {
            problems.add(new Problem("duties", "expert.dutiesRequired"));
        }
        if (input.statement() != null && input.statement().strip().length() > AdmissionApplication.STATEMENT_LENGTH) {
            problems.add(new Problem("statement", "field.tooLong",
                    List.of(String.valueOf(AdmissionApplication.STATEMENT_LENGTH))));
        }
    }

    /** A talent in the pool is not admitted again: a blacklisted one never, any other is renewed instead. */
    void requireNotInPool(long talentId, String talentName) {
        Optional<Expert> expert = experts.findByTalentId(talentId);
        if (expert.isPresent()) {
            if (expert.get().isBlacklisted()) {
                throw new BusinessRuleException("talentId", "expert.admission.blacklisted", talentName);
            }
            throw new ConflictException("expert.admission.alreadyExpert", talentName);
        }
    }

    static String opinion(String opinion) {
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("opinion", "expert.admission.opinionRequired")));
        }
        if (text.length() > OPINION_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("opinion", "field.tooLong",
                    List.of(String.valueOf(OPINION_LENGTH)))));
        }
        return text;
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(problems));
        }
    }

    static String clip(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
