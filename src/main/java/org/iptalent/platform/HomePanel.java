package org.iptalent.platform;

import java.util.Map;

/**
 * A wide panel at the top of the home page, above the cards: a module's own fragment with its data, such as the
 * plan's indicators an administrator opens every morning. Contributed by a {@link HomePanels} bean.
 *
 * @param template a Thymeleaf template with a fragment {@code panel(data)}, such as {@code planning/dashboard}
 */
public record HomePanel(int order, String template, Map<String, Object> data) {
}
