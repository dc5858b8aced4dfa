package org.iptalent.registry;

/**
 * A talent as another module's list shows a person it has its own reason to show (a trainee on a class's roster):
 * name, region and employer, the mobile number masked.
 */
public record TalentCard(long id, String name, String regionCode, String employerName, String mobileMasked,
        String status) {
}
