/**
 * Training's measures for the plan's indicators ({@link org.iptalent.planning.IndicatorSource}): national training
 * bases, training satisfaction and publicity staff trained, each at the end of any day from dated records (the
 * bases' status history, the surveys' closing, the classes' completion).
 */
package org.iptalent.training.indicators;
