package org.iptalent.platform;

import java.util.List;

/**
 * A card on the home dashboard. Modules contribute cards by declaring a {@link DashboardCards} bean;
 * a card is shown only to users for whom the contributor returns it.
 *
 * @param titleKey message key of the title
 * @param value    the headline figure, already formatted
 * @param noteKey  message key of the line under the figure (may be null)
 * @param link     where the card leads (may be null)
 * @param icon     a Bootstrap Icons name, e.g. {@code people}
 */
public record DashboardCard(int order, String titleKey, String value, String noteKey, List<Object> noteArgs,
        String link, String icon) {
}
