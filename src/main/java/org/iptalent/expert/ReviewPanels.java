package org.iptalent.expert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Review panels drawn from the expert pool for another module's matter (a talent programme's expert review): the
 * pool's random draw with avoidance, the reviewers it drew, and which signed-in account is which drawn expert.
 * The calling module decides who may see a panel; the draw itself is audited and replayable in the pool.
 */
public interface ReviewPanels {

    /**
     * Draws {@code count} reviewers of a category (and its sub-categories) for a matter, and reserves, avoiding
     * anyone working or having worked for a party organisation (the nominees' employers). The current user must be
     * an administrator of the pool; a pool that cannot meet the count is refused with what it has.
     */
    Panel draw(PanelRequest request);

    /** The reviewers a draw holds now (selected or confirmed, a reserve called in for a decline), without checks. */
    Panel panel(long drawId);

    /** The expert a user account is (through the talent it is linked to), if any. */
    Optional<Long> expertOf(long userId);

    /** The categories a panel may be drawn from, named in the reader's language. */
    List<Category> categories(Locale locale);

    record PanelRequest(String matter, String category, int count, int reserves, List<Long> partyOrganisationIds) {

        public PanelRequest {
            partyOrganisationIds = partyOrganisationIds == null ? List.of() : List.copyOf(partyOrganisationIds);
        }
    }

    record Panel(long drawId, List<Reviewer> reviewers) {

        public Panel {
            reviewers = List.copyOf(reviewers);
        }

        public boolean includes(long expertId) {
            return reviewers.stream().anyMatch(r -> r.expertId() == expertId);
        }
    }

    record Reviewer(long expertId, long talentId, String name, String employerName) {
    }

    record Category(String code, String name) {
    }
}
