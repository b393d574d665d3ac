/**
 * The re3d suite (UK DSTL's defence-domain entities and relations): reads the gold folders in their
 * mongoexport JSON Lines form and scores produced entity mentions by overlap, per type and micro.
 */
package dev.faultline.eval.re3d;
