package org.iptalent.planning.plan;

import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * The region a plan's figures are read for: the user's own unless asked for another inside the user's scope (the
 * national office: the country, a province or a city; a province: one of its cities). A region outside the scope is
 * answered as one that does not exist (404), as everywhere on the platform; so is a code no division has.
 */
@Component
public class RegionChoice {

    public static final String ENTITY = "Region";

    private final ReferenceData reference;

    RegionChoice(ReferenceData reference) {
        this.reference = reference;
    }

    public String of(String asked) {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("planning.dashboard.noRegion");
        }
        if (asked == null || asked.isBlank()) {
            return PlanRegions.code(scope);
        }
        String code = asked.strip();
        if (PlanRegions.NATIONAL.equals(code) && scope.isNational()) {
            return code;
        }
        if (code.length() > 6 || reference.division(code).isEmpty() || !scope.includes(code)) {
            throw new RecordNotFoundException(ENTITY, code.length() > 6 ? code.substring(0, 6) : code);
        }
        return code;
    }
}
