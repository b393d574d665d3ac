/**
 * The corpus model: the stored corpus assessed (credibility, contradictions, stories) with its alliance model, built
 * once per state of the store and read by every view and front.
 */
package dev.faultline.app.model;
