/**
 * The hand-written LSTM volatility forecaster on ojAlgo. Empty until the LSTM issue lands; the module is
 * part of the build so that the dependency ladder is in place.
 */
package org.lstmrisk.lstm;
