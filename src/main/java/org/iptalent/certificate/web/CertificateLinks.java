package org.iptalent.certificate.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.certificate.internal.ExternalCertificates;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Certificates in the navigation: the administrators' list for users whose scope covers a region, a talent's own
 * certificates for talents; on the dashboard, the uploads awaiting an administrator's review.
 */
@Component
class CertificateLinks implements NavigationLinks, DashboardCards {

    private final ExternalCertificates uploads;

    CertificateLinks(ExternalCertificates uploads) {
        this.uploads = uploads;
    }

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        if (!user.scope().isNothing()) {
            links.add(new Navigation(45, "nav.certificates", "/certificates", "award"));
        }
        if (user.has(Role.TALENT)) {
            links.add(new Navigation(46, "nav.myCertificates", "/my/certificates", "award"));
        }
        return links;
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        if (user.scope().isNothing()) {
            return List.of();
        }
        return List.of(new DashboardCard(45, "card.certificateUploads", String.format("%,d", uploads.pending()),
                "card.certificateUploads.note", List.of(), "/certificates/uploads", "patch-question"));
    }
}
