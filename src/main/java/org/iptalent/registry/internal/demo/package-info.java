/**
 * The registry's part of the demo data: organisations and talents in every mainland province, in the real
 * country's proportions, sized by {@code iptalent.registry.demo.talents}.
 */
package org.iptalent.registry.internal.demo;
