/**
 * Forecasting a monthly series, one method for every module: damped-trend exponential smoothing (ETS(A,Ad,N), Holt
 * and Gardner) fitted by least squares, its prediction intervals and a rolling-origin backtest
 * ({@link org.iptalent.platform.forecast.DampedTrend}, {@link org.iptalent.platform.forecast.Backtest}).
 */
@org.springframework.modulith.NamedInterface("forecast")
package org.iptalent.platform.forecast;
