package org.iptalent.training.base;

/**
 * What a base's manager keeps up to date: where it is, whom to call, and what it offers. A blank phone keeps the one
 * on record; {@code clearPhone} removes it.
 */
public record ContactInput(String address, String contactName, String contactPhone, String description,
        boolean clearPhone) {
}
