package org.iptalent.planning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The home page's dashboard panel, drawn once per region and language and kept for a short while
 * ({@code iptalent.planning.home-panel.fresh}, 30 seconds): every administrator of a region opens the same panel, its
 * values change every 15 minutes at most, and drawing it (a dozen rows of figures, sparklines and projections) was
 * most of the home page's cost. The panel carries no form and nothing of the user, so one drawing serves everyone of
 * the region; a plan's own page always draws its table live.
 */
@Component
class PanelDrawings {

    private record Key(String region, String language) {
    }

    private record Drawing(String html, Instant drawnAt) {
    }

    private final Map<Key, Drawing> drawings = new ConcurrentHashMap<>();
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final Clock clock;
    private final Duration fresh;

    PanelDrawings(SpringTemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService,
            Clock clock, @Value("${iptalent.planning.home-panel.fresh:PT30S}") Duration fresh) {
        this.templates = templates;
        this.context = context;
        this.conversions = mvcConversionService;
        this.clock = clock;
        this.fresh = fresh;
    }

    /** The panel's HTML for the region in the language, drawn again once it is older than the freshness. */
    String html(String region, Locale locale, Supplier<String> draw) {
        Key key = new Key(region, locale.getLanguage());
        Instant now = clock.instant();
        Drawing drawing = drawings.get(key);
        if (drawing == null || !drawing.drawnAt().plus(fresh).isAfter(now)) {
            drawing = new Drawing(draw.get(), now);
            drawings.put(key, drawing);
        }
        return drawing.html();
    }

    /** The panel drawn for the current request (its links, its language). */
    String draw(PlanDashboards.Dashboard dashboard, Locale locale) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext web = new WebContext(exchange, locale);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        web.setVariable("data", Map.of("dashboard", dashboard));
        return templates.process("planning/dashboard", Set.of("panel"), web);
    }
}
