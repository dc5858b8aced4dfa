package org.iptalent.education;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;

/**
 * Who keeps the programmes and academies: the administrations (national, provincial, city), each in its region. A
 * role without a business region is refused in words rather than shown an empty list.
 */
public final class EducationAccess {

    private EducationAccess() {
    }

    /** The signed-in administrator's region; refused for any other role. */
    public static RegionScope scope() {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("education.administratorsOnly");
        }
        return scope;
    }

    /** Whether the signed-in user (if any) keeps programmes and academies: for the navigation. */
    public static boolean keeps(CurrentUser user) {
        return !user.scope().isNothing();
    }
}
