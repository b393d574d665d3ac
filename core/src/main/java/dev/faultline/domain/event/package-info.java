/**
 * Events: who did what to whom, when, where, with what forces, coded in PLOVER (type, mode, context)
 * and CAMEO (code, quad class, Goldstein score), with the modality the report gives them and the
 * stretch of text they come from. Values are immutable and validated at construction; a missing
 * value is absent, never invented.
 */
package dev.faultline.domain.event;
