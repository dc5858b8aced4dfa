package org.iptalent.demand.exchange.web;

import java.util.Locale;
import java.util.Map;

import org.iptalent.demand.exchange.ExchangeRecords;
import org.iptalent.registry.TalentProfileSection;
import org.springframework.stereotype.Component;

/** The talent's secondments under exchange pairings, on the registry's profile page: from, to, dates, purpose. */
@Component
class ExchangeProfileSection implements TalentProfileSection {

    private final ExchangeRecords records;

    ExchangeProfileSection(ExchangeRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "demand/exchange/profile-section";
    }

    @Override
    public Map<String, Object> model(long talentId, Locale locale) {
        return Map.of("secondments", records.ofTalent(talentId));
    }
}
