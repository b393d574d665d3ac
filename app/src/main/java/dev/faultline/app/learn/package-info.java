/**
 * What the analysis learns from a corpus rather than from one report, as mergeable learners ({@link
 * dev.faultline.app.learn.CorpusLearner}): page boilerplate ({@link dev.faultline.app.learn.Boilerplate}, whose state
 * a store keeps) and near-duplicate signatures ({@link dev.faultline.app.learn.NearDuplicates}). Learning from one
 * batch, from several merged, or one report at a time against a store gives the same state, so every front runs the
 * same analysis. Where each outlet's reports are set ({@code places.OutletGround}) is no longer learnt: it moved ACLED's
 * location_25km by 0.0025 for a second geocoding pass and answers that depended on what arrived before (EVALUATION.md).
 */
package dev.faultline.app.learn;
