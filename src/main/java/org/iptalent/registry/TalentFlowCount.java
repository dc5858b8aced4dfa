package org.iptalent.registry;

/**
 * How many talents joined a city, or moved from one city to another, in a calendar year (China's time): the
 * aggregate that analytics of talent flows read instead of every movement. Codes are of prefecture level (a
 * municipality's is its province's, {@code 110000}); a move within one city is no flow and is not counted.
 *
 * @param fromCityCode null for talents who joined the registry there
 */
public record TalentFlowCount(int year, String fromCityCode, String toCityCode, long talents) {

    public boolean joined() {
        return fromCityCode == null;
    }
}
